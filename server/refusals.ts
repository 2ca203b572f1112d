// The answers for requests the server has nothing for, each with the status that says why: the feed
// client and scripts read JSON under /api, anything else is a person or a plain HTTP client.
import type { ServerResponse } from 'node:http'

function send(res: ServerResponse, status: number, api: boolean, message: string) {
  const body = api ? JSON.stringify({ error: message }) : `${message[0]?.toUpperCase()}${message.slice(1)}\n`
  res.writeHead(status, {
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  res.end(res.req.method === 'HEAD' ? undefined : body)
}

/** Every address only reads: a form post or a PUT reached the wrong server, and must not look like it worked. */
export function methodNotAllowed(res: ServerResponse, api: boolean) {
  res.setHeader('Allow', 'GET, HEAD')
  send(res, 405, api, 'method not allowed')
}

/** An /api address other than the waits feed: JSON, so a client expecting data does not parse the app's HTML. */
export function apiNotFound(res: ServerResponse) {
  send(res, 404, true, 'not found')
}
