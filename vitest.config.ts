import { defineConfig, mergeConfig } from 'vitest/config'

import viteConfig from './vite.config'

// A test passes or fails on what it checks, not on how fast a shared, busy machine runs it (speed is `npm run
// bench`'s business): ordinary tests get three times Vitest's 5 s, hooks that start a server or read the whole
// catalog a minute, and the few heavy tests (fuzzing, child processes, full index builds) their own 60 s in the `it`.
const budgets = { testTimeout: 15_000, hookTimeout: 60_000 }

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      projects: [
        {
          // The domain's tests share one module graph per worker: each file re-reading the catalog and the
          // rules cost more than the tests themselves. A file that mocks a module or stubs a global is
          // named *.isolated.test.ts (lint enforces it) and gets a graph of its own.
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.ts'],
            exclude: ['tests/unit/**/*.isolated.test.ts'],
            isolate: false,
            environment: 'node',
            ...budgets,
          },
        },
        {
          extends: true,
          test: {
            name: 'unit-isolated',
            include: ['tests/unit/**/*.isolated.test.ts'],
            environment: 'node',
            ...budgets,
          },
        },
        {
          extends: true,
          test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom', ...budgets },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.e2e.ts'],
            environment: 'node',
            globalSetup: ['tests/e2e/setup/global.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // Two files at a time: each has its own browser and pages, the server only serves files, and a
            // single file at a time left one of CI's two cores idle (docs/decisions/0018-two-e2e-files-at-a-time.md).
            maxWorkers: 2,
            // A busy CI machine can take a few seconds to draw a screen; polls wait for it instead of failing.
            expect: { poll: { timeout: 10_000, interval: 100 } },
          },
        },
      ],
    },
  }),
)
