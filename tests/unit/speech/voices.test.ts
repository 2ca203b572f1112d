import { describe, expect, it } from 'vitest'

import { pickVoice, type VoiceLike } from '../../../src/speech/voices'

const voice = (lang: string, localService = true, isDefault = false): VoiceLike & { name: string } => ({
  lang,
  localService,
  default: isDefault,
  name: lang,
})
const phone = [
  voice('en-US', true, true),
  voice('ja-JP'),
  voice('zh-TW'),
  voice('zh-HK'),
  voice('zh_CN'),
  voice('fil-PH'),
  voice('ko-KR', false),
  voice('ko-KR'),
]

describe('pickVoice', () => {
  it.each([
    ['ja', 'ja-JP'],
    ['en', 'en-US'],
    ['zh-Hans', 'zh_CN'],
    ['zh-Hant', 'zh-TW'],
    ['tl', 'fil-PH'],
  ])('reads %s with %s', (tag, lang) => {
    expect(pickVoice(phone, tag)?.lang).toBe(lang)
  })

  it('prefers a voice on the device (it works offline) to a network one', () => {
    expect(pickVoice(phone, 'ko')).toBe(phone[7])
  })

  it('finds none where the device has no voice for the language: the button is then not offered', () => {
    expect(pickVoice(phone, 'ne')).toBeUndefined()
    expect(pickVoice(phone, 'my')).toBeUndefined()
    expect(pickVoice([], 'ja')).toBeUndefined()
  })

  it('does not read simplified Chinese with a Cantonese voice', () => {
    expect(pickVoice([voice('zh-HK')], 'zh-Hans')).toBeUndefined()
    expect(pickVoice([voice('zh-HK')], 'zh-Hant')?.lang).toBe('zh-HK')
  })
})
