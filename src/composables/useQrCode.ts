import { type Ref, ref, watch, type WatchSource } from 'vue'

/**
 * A QR code image of a link, as an SVG data URL: drawing vectors is a fraction of the work of encoding
 * a PNG on a slow phone. The QR library loads only when a code is drawn.
 */
export function useQrCode(url: WatchSource<string>, enabled: Ref<boolean>) {
  const image = ref('')
  watch(
    [url, enabled],
    async ([link, on]) => {
      if (!on) {
        image.value = ''
        return
      }
      const { toString } = await import('qrcode')
      const svg = await toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 240 })
      image.value = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
    },
    { immediate: true },
  )
  return image
}
