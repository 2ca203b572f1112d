// The page's side of the QR drawer: one worker for every code, each answer matched to its ask by number.
import { drawQr } from './draw'
import type { QrAnswer, QrAsk } from './qr.worker'

let worker: Worker | undefined
/** Set once a worker could not start: every code after it is drawn on the page, without trying again. */
let noWorker = false
let asked = 0
const waiting = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>()

function qrWorker(): Worker | undefined {
  if (typeof Worker !== 'function' || noWorker) return undefined
  if (!worker) {
    worker = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<QrAnswer>) => {
      const pending = waiting.get(event.data.id)
      waiting.delete(event.data.id)
      if (!pending) return
      if ('svg' in event.data) pending.resolve(event.data.svg)
      else pending.reject(new Error(event.data.error))
    })
    // A worker that cannot start (its file not cached offline, a blocked worker) leaves the drawing to the page.
    worker.addEventListener('error', () => {
      worker = undefined
      noWorker = true
      const stranded = [...waiting.values()]
      waiting.clear()
      for (const pending of stranded) pending.reject(new Error('QR worker failed'))
    })
  }
  return worker
}

/** The SVG of a QR code of this link, drawn in a worker where the browser has one. */
export function qrSvg(link: string): Promise<string> {
  const drawer = qrWorker()
  if (!drawer) return drawQr(link)
  const id = ++asked
  return new Promise<string>((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    drawer.postMessage({ id, link } satisfies QrAsk)
  }).catch(() => drawQr(link))
}
