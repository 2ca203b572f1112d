// The libraries under the app (Vue, its router, store and i18n), imported on their own by src/main.ts beside
// the app's code: fetched with it, but on a slow phone usually run in a task of their own before it.
export { createPinia } from 'pinia'
export { createSSRApp } from 'vue'
export { createI18n } from 'vue-i18n'
export { createRouter } from 'vue-router'
