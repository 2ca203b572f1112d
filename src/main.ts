import { createApp } from 'vue'
import App from './App.vue'
import './styles/main.css'

const app = createApp(App)
for (const module of Object.values(import.meta.glob<{ install: (a: typeof app) => void }>('./modules/*.ts', { eager: true }))) {
  module.install(app)
}
app.mount('#app')
