// Draws QR codes off the page's thread: a link in, its SVG (or the error's message) out, under the asker's number.
import { drawQr } from './draw'

export interface QrAsk {
  id: number
  link: string
}
export type QrAnswer = { id: number; svg: string } | { id: number; error: string }

addEventListener('message', (event: MessageEvent<QrAsk>) => {
  const { id, link } = event.data
  drawQr(link).then(
    (svg) => postMessage({ id, svg } satisfies QrAnswer),
    (error: unknown) => postMessage({ id, error: String(error) } satisfies QrAnswer),
  )
})
