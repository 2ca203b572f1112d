// A QR code of a link as SVG text. Drawing one is about 150 ms of work on a slow phone, so the browser draws it in
// a worker of its own (./qr.worker.ts) and the page never waits on it; where there is no worker (tests, very old
// browsers), it is drawn here.
const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 240 } as const

export async function drawQr(link: string): Promise<string> {
  const { toString } = await import('qrcode')
  return toString(link, QR_OPTIONS)
}
