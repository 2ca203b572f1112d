import { describe, expect, it } from 'vitest'

import { procedureScript, spokenText } from '../../../src/speech/script'

const ja = (text: string) => ({ text, lang: 'ja' })
const en = (text: string) => ({ text, lang: 'en' })
const jaLabels = { lang: 'ja', due: '期限', where: '窓口' }

describe('spokenText', () => {
  it.each([
    ['{区民事務所|くみんじむしょ}で{出|だ}します', 'くみんじむしょでだします'],
    ['｜転入届《てんにゅうとどけ》を出す', 'てんにゅうとどけを出す'],
    ['  two\n lines ', 'two lines'],
    ['', ''],
  ])('%s is said as %s', (source, said) => {
    expect(spokenText(source)).toBe(said)
  })
})

describe('procedureScript', () => {
  it('says the title, what it is, by when and where, in the page’s order, each heading with its text', () => {
    const script = procedureScript(
      {
        title: ja('転入届'),
        summary: ja('北区に住み始めたら出す届'),
        due: [ja('1月4日(月)まで')],
        where: [ja('王子区民事務所 住民記録係'), ja('赤羽区民事務所 住民記録係')],
      },
      jaLabels,
    )
    expect(script).toEqual([
      ja('転入届'),
      ja('北区に住み始めたら出す届'),
      ja('期限：1月4日(月)まで'),
      ja('窓口：王子区民事務所 住民記録係、赤羽区民事務所 住民記録係'),
    ])
  })

  it('joins with the reading language’s punctuation', () => {
    const script = procedureScript(
      {
        title: en('Moving-in notice'),
        summary: en('File it'),
        due: [en('by Mon, January 4')],
        where: [en('Oji'), en('Akabane')],
      },
      { lang: 'en', due: 'Deadline', where: 'Where to go' },
    )
    expect(script.map((s) => s.text)).toEqual([
      'Moving-in notice',
      'File it',
      'Deadline: by Mon, January 4',
      'Where to go: Oji, Akabane',
    ])
  })

  it('says a text not yet translated in its own language, after the heading in the screen’s', () => {
    const script = procedureScript(
      { title: en('Dog registration'), summary: ja('犬を飼い始めたら登録する'), due: [ja('30日以内')], where: [] },
      { lang: 'en', due: 'Deadline', where: 'Where to go' },
    )
    expect(script).toEqual([en('Dog registration'), ja('犬を飼い始めたら登録する'), en('Deadline'), ja('30日以内')])
  })

  it('says readings from furigana and leaves out what is empty', () => {
    const script = procedureScript(
      { title: ja('{転入届|てんにゅうとどけ}'), summary: ja(''), due: [], where: [ja('{窓口|まどぐち}')] },
      jaLabels,
    )
    expect(script).toEqual([ja('てんにゅうとどけ'), ja('窓口：まどぐち')])
  })
})
