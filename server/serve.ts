// npm start: serves the built app at http://localhost:4173 (PORT overrides).
import { createAppServer } from './app'
import { stopServer } from './stop'

const port = Number(process.env.PORT ?? 4173)
const server = createAppServer({ feedOrigin: process.env.FEED_ORIGIN })
server.listen(port, () => {
  console.log(`北区 手続きナビ: http://localhost:${port}`)
})
// Answers under way get two seconds to finish; a browser's open connections do not hold Ctrl-C up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stopServer(server, 2_000).then(() => process.exit(0)))
}
