import { describe, expect, it } from 'vitest'

import { helpAndOthers, officeUncertain, optionFor, possibleOptions, triggerFor } from '../../../src/catalog/lookups'
import { dateMeanings, pageQuestion, questionById } from '../../../src/catalog/questions'
import { realCatalog } from '../../helpers/catalog'

const catalog = realCatalog()
const procedure = (id: string) => {
  const p = catalog.procedures.find((x) => x.id === id)
  if (!p) throw new Error(`no procedure ${id} in the catalog`)
  return p
}

describe('the trigger of a procedure for the event that brought it', () => {
  it('is the one for that event, with its own deadline, when a procedure has several', () => {
    const shared = catalog.procedures.find((p) => new Set(p.triggers.map((t) => t.event)).size > 1)
    if (!shared) throw new Error('the catalog has no procedure triggered by two events')
    for (const t of shared.triggers) expect(triggerFor(shared, t.event)).toBe(t)
  })

  it('is none for an event that does not bring the procedure, or no procedure', () => {
    const tennyu = procedure('tennyu')
    expect(triggerFor(tennyu, 'death')).toBeUndefined()
    expect(triggerFor(undefined, 'move-in')).toBeUndefined()
    expect(triggerFor(tennyu, 'move-in')?.due.kind).toBe('days')
  })
})

describe('the choice an answer names', () => {
  const pension = catalog.questions.find((q) => q.id === 'pension')!

  it('is the option with that value, with its words on a conflict', () => {
    expect(optionFor(pension, '3')?.value).toBe('3')
    expect(optionFor(pension, '3')?.conflict?.ja).toBeTruthy()
  })

  it('is none for a value the question does not offer, a missing value, or a question without choices', () => {
    expect(optionFor(pension, '9')).toBeUndefined()
    expect(optionFor(pension, undefined)).toBeUndefined()
    expect(optionFor({ options: undefined }, '3')).toBeUndefined()
  })
})

describe('the question a page asks', () => {
  it('is the question of that id, words included', () => {
    expect(pageQuestion('insurance')?.id).toBe('insurance')
    expect(pageQuestion('insurance')).toBe(questionById('insurance'))
    expect(pageQuestion('insurance')?.label.ja).toBeTruthy()
  })

  it('is the date question for one event’s own date', () => {
    expect(pageQuestion('date.birth')?.id).toBe('date')
    expect(pageQuestion('date')?.id).toBe('date')
  })

  it('is none for the life events (chosen on the first screen) and for an unknown key', () => {
    expect(questionById('events')?.kind).toBe('events')
    expect(pageQuestion('events')).toBeUndefined()
    expect(pageQuestion('no-such-question')).toBeUndefined()
    expect(pageQuestion('date.')).toBeUndefined()
  })
})

describe('the choices still possible', () => {
  const pension = catalog.questions.find((q) => q.id === 'pension')!
  const values = (possible: readonly string[] | null | undefined) =>
    possibleOptions(pension, possible).map((o) => o.value)

  it('are every option when nothing rules any out, else those allowed, in the question’s order', () => {
    const all = pension.options!.map((o) => o.value)
    expect(values(null)).toEqual(all)
    expect(values(undefined)).toEqual(all)
    expect(values([...all].reverse().slice(0, 2))).toEqual(all.slice(-2))
    expect(values([])).toEqual([])
    expect(possibleOptions({ options: undefined }, null)).toEqual([])
  })
})

describe('what is not confirmed about an office', () => {
  it('is the office’s own notes, then its counters’', () => {
    const office = {
      uncertain: [{ ja: '土曜の窓口' }],
      counters: [{ uncertain: [{ ja: '証明書の発行時間' }] }, {}, { uncertain: [{ ja: '予約' }] }],
    } as never
    expect(officeUncertain(office).map((u) => u.ja)).toEqual(['土曜の窓口', '証明書の発行時間', '予約'])
    expect(officeUncertain(undefined)).toEqual([])
  })
})

describe('the services of a result', () => {
  it('puts those where a person helps apart, each in the order given', () => {
    const services: Record<string, { help?: boolean }> = { class: { help: true }, desk: { help: true }, bike: {} }
    expect(helpAndOthers(['bike', 'desk', 'gone', 'class'], (id) => services[id])).toEqual({
      help: ['desk', 'class'],
      others: ['bike', 'gone'],
    })
  })
})

describe('what "the date" means', () => {
  it('is said for each chosen event that has a date, in the order chosen', () => {
    const labelled = catalog.events.filter((e) => e.dateLabel)
    const [a, b] = labelled
    const unlabelled = catalog.events.find((e) => !e.dateLabel)
    const events = [b!.id, ...(unlabelled ? [unlabelled.id] : []), a!.id]
    // The part carries the Japanese; the other languages travel as packs.
    expect(dateMeanings(events).map((l) => l.ja)).toEqual([b!.dateLabel!.ja, a!.dateLabel!.ja])
    expect(dateMeanings([])).toEqual([])
  })
})
