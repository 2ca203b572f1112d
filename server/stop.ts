// Stopping the server without waiting on the browser: Node 20's close() leaves open a connection that has not
// sent a request yet, and Chromium keeps such spare connections for minutes (nodejs/node#63452), so close()
// alone can hang a Ctrl-C or a test's teardown.
import type { Server } from 'node:http'

/**
 * Stops taking connections, lets answers under way finish for up to `graceMs`, then cuts every connection
 * still open. Resolves once the server is closed.
 */
export function stopServer(server: Server, graceMs = 0): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  if (graceMs > 0) setTimeout(() => server.closeAllConnections(), graceMs).unref()
  else server.closeAllConnections()
  return closed
}
