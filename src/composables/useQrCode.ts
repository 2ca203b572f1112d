import { ref, watch, type Ref, type WatchSource } from 'vue'

/** A QR code image (data URL) of a link; the QR library loads only when a code is drawn. */
export function useQrCode(url: WatchSource<string>, enabled: Ref<boolean>) {
  const image = ref('')
  watch([url, enabled], async ([link, on]) => {
    if (!on) { image.value = ''; return }
    const { toDataURL } = await import('qrcode')
    image.value = await toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 240 })
  }, { immediate: true })
  return image
}
