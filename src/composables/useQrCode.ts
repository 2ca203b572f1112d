import { type Ref, ref, watch, type WatchSource } from 'vue'

import { qrSvg } from '../qr/qr'

/**
 * A QR code image of a link, as an SVG data URL: drawing vectors is a fraction of the work of encoding
 * a PNG on a slow phone. The QR library loads only when a code is drawn, in a worker where the browser has one
 * (src/qr/qr.ts). A link changed while its code was being drawn shows the new link's code, never the old one's.
 */
export function useQrCode(url: WatchSource<string>, enabled: Ref<boolean>) {
  const image = ref('')
  watch(
    [url, enabled],
    async ([link, on], _old, onCleanup) => {
      if (!on) {
        image.value = ''
        return
      }
      let stale = false
      onCleanup(() => {
        stale = true
      })
      const svg = await qrSvg(link)
      if (!stale) image.value = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
    },
    { immediate: true },
  )
  return image
}
