import { defineConfig, mergeConfig } from 'vitest/config'

import viteConfig from './vite.config'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
        {
          extends: true,
          test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom' },
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
