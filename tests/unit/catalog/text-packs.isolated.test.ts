// A module with state of its own (the parts and packs taken in): a graph of its own per file.
import { describe, expect, it } from 'vitest'

import { addPack, packText, registerPart } from '../../../src/catalog/text-packs'

describe('a language pack finds its texts by their place in the part', () => {
  it('a part is walked only once a pack for it arrives: read in Japanese, its texts are never visited', () => {
    let visits = 0
    const title = { ja: '転入届' }
    const note = { ja: '14日以内' }
    const part = {
      get procedures() {
        visits += 1
        return [{ id: 'tennyu', title, note }]
      },
    }
    registerPart('watched', part)
    expect(visits).toBe(0)
    expect(packText(title, 'en')).toBeUndefined()

    addPack('en', 'watched', ['Moving-in notification', 'Within 14 days'])
    expect(visits).toBe(1)
    expect(packText(title, 'en')).toBe('Moving-in notification')
    expect(packText(note, 'en')).toBe('Within 14 days')
    // Another language's pack reuses the numbering.
    addPack('ko', 'watched', ['전입신고', null])
    expect(visits).toBe(1)
    expect(packText(title, 'ko')).toBe('전입신고')
  })

  it('a part arriving after its pack is numbered at once', () => {
    const text = { ja: '出生届' }
    addPack('en', 'later', ['Birth registration'])
    registerPart('later', { procedures: [{ id: 'shussei', title: text }] })
    expect(packText(text, 'en')).toBe('Birth registration')
  })
})
