// QR codes are drawn in a worker where the browser has one, and on the page where it has none or the worker fails.
import { afterEach, describe, expect, it, vi } from 'vitest'

import { drawQr } from '../../src/qr/draw'
import type { QrAnswer, QrAsk } from '../../src/qr/qr.worker'

const LINK = 'https://example.test/result?events=move-in&date=2026-12-21'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

/** A stand-in for the browser's Worker: answers with `answer`, or fails as a worker that cannot start. */
function fakeWorker(answer: (ask: QrAsk) => Promise<QrAnswer> | 'fail') {
  const made: string[] = []
  class FakeWorker extends EventTarget {
    constructor(url: URL) {
      super()
      made.push(String(url))
    }
    postMessage(ask: QrAsk) {
      const reply = answer(ask)
      if (reply === 'fail') setTimeout(() => this.dispatchEvent(new Event('error')))
      else void reply.then((data) => this.dispatchEvent(new MessageEvent('message', { data })))
    }
  }
  vi.stubGlobal('Worker', FakeWorker)
  return made
}

describe('qrSvg', () => {
  it('asks the worker, one worker for every code, and gives each asker its own answer', async () => {
    const asked: string[] = []
    const made = fakeWorker(({ id, link }) => {
      asked.push(link)
      return Promise.resolve({ id, svg: `<svg>${link}</svg>` })
    })
    const { qrSvg } = await import('../../src/qr/qr')
    const [a, b] = await Promise.all([qrSvg('https://a.test/'), qrSvg('https://b.test/')])
    expect(a).toBe('<svg>https://a.test/</svg>')
    expect(b).toBe('<svg>https://b.test/</svg>')
    expect(asked).toEqual(['https://a.test/', 'https://b.test/'])
    expect(made).toHaveLength(1)
    expect(made[0]).toMatch(/qr\.worker/)
  })

  it('draws on the page when the worker cannot start, and does not try one again', async () => {
    const made = fakeWorker(() => 'fail')
    const { qrSvg } = await import('../../src/qr/qr')
    expect(await qrSvg(LINK)).toBe(await drawQr(LINK))
    expect(await qrSvg('https://b.test/')).toBe(await drawQr('https://b.test/'))
    expect(made).toHaveLength(1)
  })

  it('draws on the page when the worker answers with an error', async () => {
    fakeWorker(({ id }) => Promise.resolve({ id, error: 'out of memory' }))
    const { qrSvg } = await import('../../src/qr/qr')
    expect(await qrSvg(LINK)).toBe(await drawQr(LINK))
  })

  it('draws on the page where there is no worker', async () => {
    vi.stubGlobal('Worker', undefined)
    const { qrSvg } = await import('../../src/qr/qr')
    expect(await qrSvg(LINK)).toMatch(/^<svg/)
  })
})

describe('useQrCode', () => {
  it('shows the code of the link as it is now, when a code asked for before arrives after', async () => {
    const pending = new Map<string, (svg: string) => void>()
    vi.doMock('../../src/qr/qr', () => ({
      qrSvg: (link: string) => new Promise<string>((resolve) => pending.set(link, resolve)),
    }))
    const { effectScope, nextTick, ref } = await import('vue')
    const { useQrCode } = await import('../../src/composables/useQrCode')
    const link = ref('https://old.test/')
    const scope = effectScope()
    const image = scope.run(() => useQrCode(link, ref(true)))!
    link.value = 'https://new.test/'
    await nextTick()
    pending.get('https://new.test/')?.('<svg>new</svg>')
    await vi.waitFor(() => expect(image.value).toContain(encodeURIComponent('<svg>new</svg>')))
    pending.get('https://old.test/')?.('<svg>old</svg>')
    await new Promise((resolve) => setTimeout(resolve))
    expect(image.value).toContain(encodeURIComponent('<svg>new</svg>'))
    scope.stop()
    vi.doUnmock('../../src/qr/qr')
  })
})
