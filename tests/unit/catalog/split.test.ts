import { describe, expect, it } from 'vitest'

import type { Catalog, Procedure } from '../../../src/catalog/schema'
import { SHARED_PART, splitCatalog } from '../../../src/catalog/split'
import { catalogTexts, textHash, textsOf } from '../../../src/catalog/text-keys'
import { createNavigator } from '../../../src/navigator/navigate'
import { realCatalog } from '../../helpers/catalog'
import { family } from '../../helpers/family'

describe('the catalog in parts', () => {
  const catalog = realCatalog()
  const split = splitCatalog(catalog, ['ja-easy', 'en'], {})

  it('ships Japanese only in the parts, and each language as packs that put it back exactly', () => {
    for (const [name, data] of Object.entries(split.parts)) {
      const nodes = textsOf(data)
      expect(
        nodes.every((t) => Object.keys(t).join() === 'ja'),
        name,
      ).toBe(true)
      for (const lang of ['ja-easy', 'en']) {
        const pack = split.packs[lang]?.[name]
        if (pack) expect(pack, `${lang}/${name}`).toHaveLength(nodes.length)
      }
    }
    // The procedures' English, put back by place, is the catalog's English.
    const procedures = Object.entries(split.parts)
      .filter(([n]) => n.startsWith('procedures/'))
      .flatMap(([n, data]) => {
        const back = structuredClone(data) as Procedure[]
        textsOf(back).forEach((node, i) => {
          const en = split.packs.en?.[n]?.[i]
          if (en) node.en = en
        })
        return back
      })
    const byId = new Map(catalog.procedures.map((p) => [p.id, p]))
    for (const p of procedures)
      expect(
        textsOf(p).map((t) => t.en),
        p.id,
      ).toEqual(textsOf(byId.get(p.id)).map((t) => t.en))
  })

  it('holds every procedure once, and an event finds all of its procedures in its parts', () => {
    const parts = Object.entries(split.parts).filter(([n]) => n.startsWith('procedures/'))
    const ids = parts.flatMap(([, data]) => (data as Procedure[]).map((p) => p.id))
    expect(ids.sort()).toEqual(catalog.procedures.map((p) => p.id).sort())
    for (const event of catalog.events.map((e) => e.id)) {
      const here = new Set(
        (split.eventParts[event] ?? []).flatMap((n) => (split.parts[n] as Procedure[]).map((p) => p.id)),
      )
      for (const p of catalog.procedures.filter((x) => x.triggers.some((t) => t.event === event)))
        expect(here.has(p.id), `${event} → ${p.id}`).toBe(true)
    }
    expect(split.procedurePart.tennyu).toBe('procedures/move-in')
    expect(split.procedurePart['kokuho-join']).toBe(SHARED_PART)
  })

  it('gives the same result from an event’s parts as from the whole catalog', () => {
    const whole = createNavigator(catalog)
    const answers = family()
    const procedures = (split.eventParts['move-in'] ?? []).flatMap((n) => split.parts[n] as Procedure[])
    const order = new Map(catalog.procedures.map((p, i) => [p.id, i]))
    procedures.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    const part: Catalog = { ...catalog, procedures }
    expect(createNavigator(part)(answers)).toEqual(whole(answers))
  })

  it('ships a translation only while its Japanese is unchanged, and counts how far each language goes', () => {
    const key = catalogTexts(catalog).find((t) => t.key === 'procedures.tennyu.title')
    const other = catalogTexts(catalog).find((t) => t.key === 'procedures.tenkyo.title')
    const vi = {
      'procedures.tennyu.title': {
        text: 'Thông báo chuyển đến',
        hash: textHash(key?.node.ja ?? ''),
        status: 'reviewed' as const,
      },
      'procedures.tenkyo.title': { text: 'cũ', hash: textHash('別の原文'), status: 'translated' as const },
    }
    const s = splitCatalog(catalog, ['en'], { vi })
    const part = s.procedurePart.tennyu as string
    const pack = s.packs.vi?.[part] ?? []
    const nodes = textsOf(s.parts[part])
    const otherPack = s.packs.vi?.[s.procedurePart.tenkyo as string] ?? []
    const otherNodes = textsOf(s.parts[s.procedurePart.tenkyo as string])
    expect(pack[nodes.findIndex((n) => n.ja === key?.node.ja)]).toBe('Thông báo chuyển đến')
    expect(otherPack[otherNodes.findIndex((n) => n.ja === other?.node.ja)] ?? null).toBeNull()
    expect(s.status.vi?.catalog).toBeCloseTo(1 / catalogTexts(catalog).length)
    expect(s.status.vi?.reviewed).toBeCloseTo(1 / catalogTexts(catalog).length)
  })
})
