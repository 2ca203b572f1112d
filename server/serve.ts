// npm start: serves the built app at http://localhost:4173 (PORT overrides).
import { createAppServer } from './app'

const port = Number(process.env.PORT ?? 4173)
const server = createAppServer({ feedOrigin: process.env.FEED_ORIGIN })
server.listen(port, () => {
  console.log(`北区 手続きナビ: http://localhost:${port}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
