import { describe, expect, it } from 'vitest'

import type { Procedure } from '../../../src/catalog/schema'
import {
  documentChecklist,
  documentConditions,
  documentProcedures,
  documentsUsed,
  type ProcedureOf,
  replacementAt,
} from '../../../src/result/documents'
import { documentResult, use } from '../../helpers/results'

const rule = { answer: 'spouse', in: ['yes'] } as never
const procedures: Record<string, Pick<Procedure, 'obligation' | 'documents'>> = {
  tennyu: {
    obligation: 'required',
    documents: [
      { id: 'tenshutsu-shoumei', use: 'submit' },
      { id: 'mynumber-card', use: 'show', when: { ja: '持っている人' }, if: rule },
    ],
  },
  kokuho: {
    obligation: 'required',
    documents: [
      { id: 'mynumber-card', use: 'show', when: { ja: '持っている人' }, if: rule },
      { id: 'inkan', use: 'show', when: { ja: '世帯主' }, always: true },
    ],
  },
  churin: { obligation: 'optional', documents: [{ id: 'inkan', use: 'show' }] },
}
const procedureOf: ProcedureOf = (id) => procedures[id]

describe('the checklist of documents', () => {
  it('puts what is needed first and what may be needed apart, leaving out what only a free choice uses', () => {
    const card = documentResult('mynumber-card', { uses: [use('tennyu'), use('churin')] })
    const maybe = documentResult('tenshutsu-shoumei', { needed: 'maybe', uses: [use('tennyu', 'maybe')] })
    const onlyChoice = documentResult('inkan', { uses: [use('churin')] })
    expect(documentChecklist([onlyChoice, maybe, card], procedureOf)).toEqual({ needed: [card], maybe: [maybe] })
  })

  it('names each procedure once; for a needed document only those that surely need it', () => {
    const doc = documentResult('mynumber-card', {
      uses: [use('tennyu'), use('kokuho', 'maybe'), use('tennyu'), use('churin')],
    })
    expect(documentProcedures(doc, procedureOf)).toEqual(['tennyu'])
    expect(documentProcedures({ ...doc, needed: 'maybe' }, procedureOf)).toEqual(['tennyu', 'kokuho'])
  })

  it('says each condition with a rule once, and not the notes that only say whose', () => {
    const card = documentResult('mynumber-card', { uses: [use('tennyu'), use('kokuho')] })
    expect(documentConditions(card, procedureOf)).toEqual([{ ja: '持っている人' }])
    const seal = documentResult('inkan', { uses: [use('kokuho')] })
    expect(documentConditions(seal, procedureOf)).toEqual([])
  })

  it('offers the replacement only from the number of copies it is for', () => {
    const replacedBy = { document: 'juminhyo-kisai', atCopies: 3, note: { ja: '3通以上なら記載事項証明書' } }
    expect(replacementAt({ replacedBy }, 2)).toBeNull()
    expect(replacementAt({ replacedBy }, 3)).toBe(replacedBy)
    expect(replacementAt({}, 5)).toBeNull()
    expect(replacementAt(undefined, 5)).toBeNull()
  })

  it('lists a procedure’s documents this result asks for, in the procedure’s order', () => {
    expect(documentsUsed(procedures.kokuho!, ['inkan', 'mynumber-card']).map((d) => d.id)).toEqual([
      'mynumber-card',
      'inkan',
    ])
    expect(documentsUsed(procedures.kokuho!, [])).toEqual([])
  })
})
