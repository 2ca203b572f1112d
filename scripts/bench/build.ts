// The two builds the size numbers compare: the app, with its own vite.config.ts, and a bare
// vue + vue-router + pinia + vue-i18n "hello" app built with the same settings, as the floor any
// app on this stack starts from.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { ROOT } from '../lib/catalog-files'

/** `vite build --configLoader runner --outDir <outDir>`, its output on stderr so stdout stays JSON. */
export function buildApp(outDir: string): Promise<void> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const args = [vite, 'build', '--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    child.stdout.pipe(process.stderr)
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))))
  })
}

const BASELINE: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>hello</title></head>
  <body><div id="app"></div><script type="module" src="/main.ts"></script></body>
</html>
`,
  'main.ts': `import { createApp } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import { createPinia } from 'pinia'
import { createI18n } from 'vue-i18n'
import ja from './locales/ja.json'
import App from './App.vue'
import HomePage from './HomePage.vue'

const router = createRouter({ history: createWebHistory(), routes: [{ path: '/', component: HomePage }] })
const i18n = createI18n({ legacy: false, locale: 'ja', messages: { ja } })
createApp(App).use(router).use(createPinia()).use(i18n).mount('#app')
`,
  'App.vue': `<template><RouterView /></template>
`,
  'HomePage.vue': `<script setup lang="ts">
import { useI18n } from 'vue-i18n'
const { t } = useI18n()
</script>

<template><h1>{{ t('hello') }}</h1></template>
`,
  'locales/ja.json': `{ "hello": "こんにちは" }
`,
}

/** Writes the hello app into `dir` (inside the project, so its node_modules resolve) and builds it. */
export async function buildBaseline(dir: string): Promise<string> {
  for (const [file, text] of Object.entries(BASELINE)) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  const [{ build }, { default: vue }, { default: VueI18nPlugin }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-vue'),
    import('@intlify/unplugin-vue-i18n/vite'),
  ])
  const outDir = join(dir, 'dist')
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    plugins: [
      vue(),
      // As in vite.config.ts: messages precompiled, the runtime-only vue-i18n build.
      VueI18nPlugin({
        include: [join(dir, 'locales', '*.json')],
        runtimeOnly: true,
        compositionOnly: true,
        fullInstall: false,
        strictMessage: false,
      }),
    ],
    build: { target: 'es2022', cssCodeSplit: true, outDir, emptyOutDir: true },
  })
  return outDir
}
