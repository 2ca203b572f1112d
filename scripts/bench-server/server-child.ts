// The app's production server for the load bench, in a process of its own: in the bench's process it
// would share one event loop with the load generator. The waits simulator's clock starts at --clock
// and then runs, so a new snapshot is built every 30 s as in real use.
import type { AddressInfo } from 'node:net'

import { createAppServer } from '../../server/app'
import { stopServer } from '../../server/stop'

const start = Date.parse(process.argv[process.argv.indexOf('--clock') + 1] ?? '')
if (Number.isNaN(start)) throw new Error('server-child: --clock <RFC 3339 instant> is required')
const started = Date.now()
const server = createAppServer({ clock: () => new Date(start + Date.now() - started) })
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }))
process.on('disconnect', () => void stopServer(server).then(() => process.exit(0)))
