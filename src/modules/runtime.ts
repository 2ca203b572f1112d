// The libraries under the app (Vue, its router, store and i18n), imported on their own by src/main.ts beside
// Vue and the app's code: fetched with them, but on a slow phone usually run in a task of their own, after
// Vue's and before the app's (scripts/lib/vite/chunks.ts puts Vue in a file of its own).
export { createPinia } from 'pinia'
export { createSSRApp } from 'vue'
export { createI18n } from 'vue-i18n'
export { createRouter } from 'vue-router'
