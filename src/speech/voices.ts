// Which of the device's voices reads a language: plain data in, one voice out (no speech engine here).

/** The part of SpeechSynthesisVoice that the choice needs. */
export interface VoiceLike {
  lang: string
  localService: boolean
  default: boolean
}

// Voices name languages by region (zh-CN, fil-PH): the app's tags, and the voice tags that read them,
// best first. Cantonese (zh-HK, yue) reads traditional characters only.
const READERS: Record<string, readonly string[]> = {
  'zh-hans': ['zh-cn', 'zh-sg', 'zh-hans', 'cmn-hans', 'zh-tw', 'cmn-hant'],
  'zh-hant': ['zh-tw', 'zh-hant', 'cmn-hant', 'zh-hk', 'yue', 'zh-cn'],
  tl: ['fil', 'tl'],
  ja: ['ja'],
}

const norm = (tag: string) => tag.toLowerCase().replace(/_/g, '-')

/** How well a voice reads `tag`: the index of its match in the wanted list, or -1. */
function rank(voice: VoiceLike, wanted: readonly string[]): number {
  const v = norm(voice.lang)
  return wanted.findIndex((w) => v === w || v.startsWith(`${w}-`))
}

/**
 * The voice for a BCP 47 tag, or undefined when the device has none (the button is then not shown):
 * the closest language first, then a voice on the device (works offline) before a network one.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], tag: string): V | undefined {
  const t = norm(tag)
  const wanted = READERS[t] ?? [t.split('-')[0] as string]
  let best: V | undefined
  let bestScore = Infinity
  for (const v of voices) {
    const r = rank(v, wanted)
    if (r < 0) continue
    const score = r * 4 + (v.localService ? 0 : 2) + (v.default ? 0 : 1)
    if (score < bestScore) {
      best = v
      bestScore = score
    }
  }
  return best
}
