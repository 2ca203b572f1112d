import { once } from 'node:events'
import { createServer, request } from 'node:http'
import { type AddressInfo, connect } from 'node:net'

import { describe, expect, it } from 'vitest'

import { stopServer } from '../../../server/stop'

async function listening(handler: Parameters<typeof createServer>[1]) {
  const server = createServer(handler)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, port: (server.address() as AddressInfo).port }
}

/** A connection opened and left without a request, as Chromium keeps spare ones. */
async function spareConnection(port: number) {
  const socket = connect(port, '127.0.0.1')
  socket.on('error', () => {})
  await once(socket, 'connect')
  return socket
}

describe('stopServer', () => {
  it('stops although the browser holds a connection it never sent a request on', async () => {
    const { server, port } = await listening((_, res) => res.end('ok'))
    const spare = await spareConnection(port)
    await stopServer(server)
    expect(server.listening).toBe(false)
    await once(spare, 'close')
  })

  it('lets an answer under way finish within the grace period', async () => {
    let answer: (() => void) | undefined
    const asked = new Promise<void>((resolve) => {
      answer = resolve
    })
    const { server, port } = await listening((_, res) => {
      answer?.()
      setImmediate(() => res.end('whole answer'))
    })
    await spareConnection(port)
    const body = new Promise<string>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/' }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve(text))
      })
        .on('error', reject)
        .end()
    })
    await asked
    // The spare connection is cut when the grace period ends, not waited on.
    const stopped = stopServer(server, 1_000)
    expect(await body).toBe('whole answer')
    await stopped
  })
})
