// A request too long for the server (a share link that grew past its limit, or one a chat app broke)
// gets a page a resident can act on, instead of Node's empty 431 or a dropped connection, which the
// browser shows as its own error page. Written straight to the socket: no request object exists yet.
import type { Socket } from 'node:net'

/** Far above the longest answers link the app makes (a few KB), well below memory trouble. */
export const MAX_HEADER_BYTES = 32 * 1024

const PAGE = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>リンクを開けませんでした | 北区 手続きナビ</title>
</head>
<body>
<main>
<h1>リンクを開けませんでした</h1>
<p>このリンクは長すぎるか、送られる途中でこわれています。北区 手続きナビのはじめのページを開いて、もう一度お進みください。</p>
<p><a href="/">はじめのページを開く</a></p>
<div lang="en">
<h2>This link could not be opened</h2>
<p>The link is too long, or it was damaged on the way. Please open the start page of the Kita City Procedure Navigator and go on from there.</p>
<p><a href="/">Open the start page</a></p>
</div>
</main>
</body>
</html>
`

/** A slow client still sending its request gets this long to finish before the connection is cut. */
const DRAIN_MS = 5_000

function response(status: string, headers: Record<string, string>, type: string, body: string): string {
  const lines = Object.entries({
    ...headers,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  }).map(([name, value]) => `${name}: ${value}`)
  return `HTTP/1.1 ${status}\r\n${lines.join('\r\n')}\r\n\r\n${body}`
}

const REQUEST_LINE = /^[A-Z]+ [^\r\n]* HTTP\/\d\.\d\r\n/

/**
 * 431 when the packet that overflowed starts with a complete, short request line: then the headers
 * overflowed. Any other packet comes from the middle of the request, and there the address is by far
 * the likelier cause (the app sets no cookies), so 414; the page says the same either way.
 */
function tooLongStatus(packet: Buffer | undefined): string {
  const line = packet && REQUEST_LINE.exec(packet.subarray(0, MAX_HEADER_BYTES).toString('latin1'))
  return line && line[0].length < MAX_HEADER_BYTES ? '431 Request Header Fields Too Large' : '414 URI Too Long'
}

function answerFor(error: Error & { code?: string; rawPacket?: Buffer }, headers: Record<string, string>): string {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return response(tooLongStatus(error.rawPacket), headers, 'text/html; charset=utf-8', PAGE)
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request'
  return response(status, headers, 'text/plain; charset=utf-8', `${status.slice(4)}\n`)
}

/** The server's `clientError` listener, sending `headers` (the security headers) with every answer. */
export function answerClientError(headers: Record<string, string>) {
  const answered = new WeakSet<Socket>()
  return (error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket) => {
    // The parser reports the same error again for every chunk that still arrives on this socket.
    if (answered.has(socket)) return
    answered.add(socket)
    // An answer already under way on this connection (keep-alive) must not get ours spliced into it;
    // Node's own default handler makes the same check on the same field.
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight) return void socket.destroy()
    socket.end(answerFor(error, headers))
    // Closing with the rest of the request unread would reset the connection and lose this answer,
    // so the rest is read and dropped until the client is done or the time is up.
    socket.resume()
    setTimeout(() => socket.destroy(), DRAIN_MS).unref()
  }
}
