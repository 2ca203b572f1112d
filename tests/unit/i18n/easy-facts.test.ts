import { describe, expect, it } from 'vitest'

import { describeFacts, droppedFacts, factsOf, kanjiWithoutReading, numberValue } from '../../../src/i18n/easy-facts'

const dropped = (ja: string, easy: string) => droppedFacts(ja, easy).map((f) => `${f.kind}:${f.text}`)

describe('numbers with their unit', () => {
  it('reads a number however it is written', () => {
    expect(numberValue('50,000')).toBe(50000)
    expect(numberValue('5万')).toBe(50000)
    expect(numberValue('1万5千')).toBe(15000)
    expect(numberValue('1万5000')).toBe(15000)
    expect(numberValue('3,000万')).toBe(30000000)
    expect(numberValue('1.5')).toBe(1.5)
  })

  it('reads 48万8千円 in an easy text as 488,000 yen, not as a kanji numeral 千 after 8', () => {
    expect(dropped('48万8千円', '48{万|まん}8{千円|せんえん}')).toEqual([])
    expect(dropped('48万8千円', '48{万|まん}8{千|せん}{円|えん}')).toEqual([])
    expect(dropped('48万8千円', '48{万円|まんえん}')).toEqual(['number:48万8千円'])
  })

  it('finds the ¥50,000 fine missing from an easy text that only says there is a fine', () => {
    expect(
      dropped(
        '5万円以下の過料の対象になります',
        '{過料|かりょう}（お{金|かね}を{払|はら}う{罰|ばつ}）になることがあります。',
      ),
    ).toEqual(['number:5万円'])
  })

  it('accepts the amount in any form: 5万 / 50,000 / 50000 / full-width digits / ¥', () => {
    const ja = '5万円以下の過料'
    for (const easy of [
      '5{万円|まんえん}までの{過料|かりょう}',
      '50,000{円|えん}までの{過料|かりょう}',
      '50000{円|えん}の{過料|かりょう}',
      '５万{円|えん}の{過料|かりょう}',
      '¥50,000の{過料|かりょう}',
    ]) {
      expect(dropped(ja, easy), easy).toEqual([])
    }
    expect(dropped('¥50,000 以下の罰金', '5{万円|まんえん}までの{罰金|ばっきん}')).toEqual([])
  })

  it('keeps each unit apart: 3か月 is not 3月, 2階 is not 2番', () => {
    expect(dropped('3か月以内', '3{月|がつ}まで')).toEqual(['number:3か月'])
    expect(dropped('第一庁舎2階', '{第一庁舎|だいいちちょうしゃ}2{番|ばん}')).toEqual(['number:2階'])
    expect(dropped('3ヶ月以内', '3か{月|げつ}の{間|あいだ}')).toEqual([])
  })

  it('reads 14日, 2階, 26番, 15歳, 4けた, 1〜2週間 and 3・5番 through furigana', () => {
    const ja = '14日以内に第一庁舎2階26番へ。15歳以上。4けたの暗証番号。1〜2週間。3・5番出口'
    expect(
      factsOf(ja)
        .filter((f) => f.kind === 'number')
        .map((f) => f.text),
    ).toEqual(['14日', '2階', '26番', '15歳', '4けた', '1週間', '2週間', '3番', '5番'])
    const easy =
      '14{日|にち}の{間|あいだ}に{第一庁舎|だいいちちょうしゃ}2{階|かい}26{番|ばん}へ。15{歳|さい}から。4けたの{番号|ばんごう}。1〜2{週間|しゅうかん}。3{番|ばん}・5{番|ばん}{出口|でぐち}'
    expect(dropped(ja, easy)).toEqual([])
    expect(dropped(ja, '{第一庁舎|だいいちちょうしゃ}へ。')).toEqual([
      'number:14日',
      'number:2階',
      'number:26番',
      'number:15歳',
      'number:4けた',
      'number:1週間',
      'number:2週間',
      'number:3番',
      'number:5番',
    ])
  })

  it('accepts kanji numerals and kana readings of numbers where they are the usual way to say them', () => {
    expect(dropped('1人1個まで', '{一人|ひとり}{一|ひと}つまで')).toEqual([])
    expect(dropped('1人で行けます', 'ひとりで{行|い}けます')).toEqual([])
    expect(dropped('4月1日から', '4{月|がつ}{1日|ついたち}から')).toEqual([])
    expect(dropped('20歳になったら', 'はたちになったら')).toEqual([])
    expect(dropped('2人以上', 'ふたり{以上|いじょう}')).toEqual([])
  })

  it('takes 59歳 for 60歳未満 (the last age below the bound), but not another age or unit', () => {
    expect(dropped('20歳以上60歳未満の配偶者', '20{歳|さい}から59{歳|さい}の{人|ひと}')).toEqual([])
    expect(
      dropped('65歳以上75歳未満で障害がある人', '65{歳|さい}から74{歳|さい}で{障害|しょうがい}がある{人|ひと}'),
    ).toEqual([])
    expect(dropped('15歳未満の人', '15{歳|さい}より{下|した}の{人|ひと}')).toEqual([])
    expect(dropped('20歳以上60歳未満', '20{歳|さい}から58{歳|さい}')).toEqual(['number:60歳'])
    expect(dropped('60歳以上の人', '59{歳|さい}より{上|うえ}の{人|ひと}')).toEqual(['number:60歳'])
  })

  it('reads 1000分の4 and 4分の3 as fractions, not as minutes', () => {
    expect(factsOf('固定資産評価額の1000分の4').map((f) => f.text)).toEqual(['1000分の4'])
    expect(dropped('額は老齢基礎年金の4分の3です', '{額|がく}は{年金|ねんきん}の4{分|ぶん}の3です')).toEqual([])
    expect(dropped('額は老齢基礎年金の4分の3です', '{年金|ねんきん}の{一部|いちぶ}です')).toEqual(['number:4分の3'])
    expect(dropped('額は4分の3です', '{額|がく}は4{分|ふん}です')).toEqual(['number:4分の3'])
    expect(dropped('駅から徒歩5分', '{駅|えき}から{歩|ある}いて5{分|ふん}')).toEqual([])
  })

  it('does not count law articles, addresses or ward counts as facts an easy text must repeat', () => {
    expect(factsOf('住民基本台帳法 第22条第2項（北区上十条1-1-10）、23区')).toEqual([])
  })
})

describe('times, phones and postal codes', () => {
  it('accepts a time as 8:30, ８：３０, 8時30分 or 8時半', () => {
    for (const easy of [
      '8:30から17:00まで',
      '８：３０から１７：００まで',
      '8{時|じ}30{分|ふん}から17{時|じ}まで',
      '8{時|じ}{半|はん}から17{時|じ}まで',
    ]) {
      expect(dropped('8:30〜17:00', easy), easy).toEqual([])
    }
    expect(dropped('8:30〜17:15', '8:30から17{時|じ}まで')).toEqual(['time:17:15'])
    expect(dropped('24時間いつでも', '24{時間|じかん}いつでも')).toEqual([])
  })

  it('finds a dropped phone number, whatever the hyphens', () => {
    const ja = '入園相談係（第一庁舎2階1番、03-3908-9129）に申し込みます'
    expect(dropped(ja, '{保育園|ほいくえん}の{窓口|まどぐち}に{申|もう}し{込|こ}みます')).toEqual([
      'phone:03-3908-9129',
      'number:2階',
      'number:1番',
      'office:第一庁舎',
    ])
    expect(
      dropped(
        ja,
        '{保育園|ほいくえん}の{窓口|まどぐち}（{第一庁舎|だいいちちょうしゃ}2{階|かい}1{番|ばん}、電話０３－３９０８－９１２９）',
      ),
    ).toEqual([])
    expect(dropped('0570-034259（案内）', '0570-034259')).toEqual([])
    expect(dropped('〒114-8508', '{郵便番号|ゆうびんばんごう} 114-8508')).toEqual([])
    expect(dropped('〒114-8508', '{北区役所|きたくやくしょ}')).toEqual(['phone:〒114-8508'])
  })
})

describe('fines, counters, floors and offices', () => {
  it('a fine must still say that money is to be paid', () => {
    expect(dropped('届け出ないと過料の対象になります', '{届|とど}けないと、{困|こま}ります')).toEqual(['fine:過料'])
    expect(
      dropped('届け出ないと過料の対象になります', '{届|とど}けないと、お{金|かね}を{払|はら}うことがあります'),
    ).toEqual([])
    expect(dropped('20万円以下の罰金', '20{万円|まんえん}までの{罰金|ばっきん}')).toEqual([])
    expect(dropped('遅れても罰則はありません', '{遅|おく}れても{大丈夫|だいじょうぶ}です')).toEqual([])
  })

  it('keeps a counter letter and a basement floor', () => {
    expect(dropped('在留カード・届出の受付（Dカウンター）', '{在留|ざいりゅう}カードの{窓口|まどぐち}')).toEqual([
      'counter:Dカウンター',
    ])
    expect(
      dropped('在留カード・届出の受付（Dカウンター）', '{在留|ざいりゅう}カードの{窓口|まどぐち}（Ｄカウンター）'),
    ).toEqual([])
    expect(dropped('第一庁舎地下1階の巡視室', '{第一庁舎|だいいちちょうしゃ}1{階|かい}の{巡視室|じゅんしつ}')).toEqual([
      'floor:地下1階',
    ])
    expect(
      dropped('第一庁舎地下1階の巡視室', '{第一庁舎|だいいちちょうしゃ}{地下|ちか}1{階|かい}の{巡視室|じゅんしつ}'),
    ).toEqual([])
  })

  it('names the offices the Japanese names, in kanji or kana or by their usual easy name', () => {
    const ja = '王子・赤羽・滝野川のいずれかの区民事務所で届け出ます'
    expect(dropped(ja, '{区民事務所|くみんじむしょ}に{行|い}きます')).toEqual([
      'office:王子',
      'office:赤羽',
      'office:滝野川',
    ])
    expect(
      dropped(ja, '{王子|おうじ}・{赤羽|あかばね}・{滝野川|たきのがわ}の{区民事務所|くみんじむしょ}に{行|い}きます'),
    ).toEqual([])
    expect(dropped(ja, 'おうじ・あかばね・たきのがわの くみんじむしょに いきます')).toEqual([])
    expect(dropped('本庁舎の戸籍係', '{北区役所|きたくやくしょ}の{戸籍|こせき}の{窓口|まどぐち}')).toEqual([])
    expect(dropped('東京出入国在留管理局で', '{入管|にゅうかん}で')).toEqual([])
    expect(dropped('年金事務所で相談します', '{年金|ねんきん}の{相談|そうだん}をします')).toEqual(['office:年金事務所'])
  })
})

describe('what is not confirmed stays unconfirmed', () => {
  it('an easy text must still say that a 要確認 fact is not confirmed', () => {
    expect(dropped('第一庁舎（階は要確認）', '{第一庁舎|だいいちちょうしゃ}')).toEqual(['uncertain:要確認'])
    expect(
      dropped('第一庁舎（階は要確認）', '{第一庁舎|だいいちちょうしゃ}（{何階|なんがい}かは{確|たし}かめていません）'),
    ).toEqual([])
    expect(
      dropped('手数料は、北区のページで確かめられていません。', '{手数料|てすうりょう}は、まだ わかりません。'),
    ).toEqual([])
  })
})

describe('readings', () => {
  it('lists kanji shown without a reading, and readings written in kanji', () => {
    expect(kanjiWithoutReading('{転入届|てんにゅうとどけ}を出します')).toEqual(['出'])
    expect(kanjiWithoutReading('{転入届|てんにゅうとどけ}を{出|だ}します')).toEqual([])
    expect(kanjiWithoutReading('{転入届|転入とどけ}')).toEqual(['{転入届|転入とどけ}'])
    expect(kanjiWithoutReading('14日々')).toEqual(['日々'])
  })

  it('reads the readings of the screens ｜漢字《かんじ》 too, and leaves {placeholders} alone', () => {
    expect(kanjiWithoutReading('｜転入届《てんにゅうとどけ》を{days}｜日《にち》までに｜出《だ》します')).toEqual([])
    expect(kanjiWithoutReading('｜転入届《てんにゅうとどけ》を出します')).toEqual(['出'])
    expect(kanjiWithoutReading('｜転入届《転入とどけ》')).toEqual(['｜転入届《転入とどけ》'])
  })

  it('names dropped facts for a message', () => {
    expect(describeFacts(droppedFacts('5万円以下の過料', 'お{金|かね}を{払|はら}います'))).toBe('5万円 (number)')
  })
})
