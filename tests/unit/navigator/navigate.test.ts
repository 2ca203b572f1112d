import { describe, expect, it } from 'vitest'

import { holidayList } from '../../../scripts/lib/catalog-files'
import type { Catalog } from '../../../src/catalog/schema'
import { validateCatalog } from '../../../src/catalog/validate'
import { nextQuestion, relevantQuestions } from '../../../src/navigator/flow'
import { navigate } from '../../../src/navigator/navigate'
import { minimalFiles } from '../catalog/minimal'

const l = (ja: string) => ({ ja })
const source = { url: 'https://www.city.kita.lg.jp/a.html', verified: '2026-08-07', basis: 'kita-secondary' }

/** The minimal catalog plus a child allowance brought by two events, at a second office. */
function catalog(): Catalog {
  const files = minimalFiles()
  const offices = files.find((f) => f.kind === 'offices')!.data as Record<string, unknown>[]
  offices.unshift({
    id: 'honcho',
    name: l('本庁舎'),
    kind: 'ward',
    address: '北区王子本町1-15-22',
    hours: [{ days: ['mon'], open: '08:30', close: '17:00' }],
    closedOn: l('土日祝'),
    counters: [
      { id: 'honcho-kosodate', name: l('子育て給付係') },
      { id: 'honcho-kokuho', name: l('国保資格係') },
    ],
    sources: [source],
  })
  files.find((f) => f.kind === 'documents')!.data = [
    { id: 'honnin-kakunin', title: l('本人確認書類') },
    { id: 'passport', title: l('パスポート') },
  ]
  const kokuho = files.find((f) => f.file.endsWith('kokuho-join.yaml'))!.data as Record<string, unknown>
  kokuho.offices = [
    { office: 'honcho', counter: 'honcho-kokuho' },
    { office: 'oji', counter: 'oji-registration' },
  ]
  const tennyu = files.find((f) => f.file.endsWith('tennyu.yaml'))!.data as Record<string, unknown>
  tennyu.documents = [
    { id: 'honnin-kakunin', use: 'show', always: true, when: l('届け出る人の分') },
    { id: 'passport', use: 'show', if: { is: { insurance: ['employee'] } }, when: l('会社の保険の人') },
  ]
  const questions = files.find((f) => f.kind === 'questions')!.data as Record<string, unknown>[]
  Object.assign(
    questions.find((q) => q.id === 'date')!,
    { perEvent: true },
  )
  files.push({
    file: 'catalog/procedures/jido-teate.yaml',
    kind: 'procedure',
    data: {
      id: 'jido-teate',
      title: l('児童手当'),
      summary: l('手当'),
      owner: l('子育て給付係'),
      scope: 'ward',
      obligation: 'benefit',
      triggers: [
        {
          event: 'move-in',
          when: { age: { max: 18 } },
          due: { kind: 'days', days: 15, countFirstDay: false, text: l('15日') },
        },
        { event: 'birth', due: { kind: 'days', days: 15, countFirstDay: false, text: l('15日') } },
      ],
      offices: [{ office: 'honcho', counter: 'honcho-kosodate' }],
      documents: [{ id: 'honnin-kakunin', use: 'submit' }],
      online: null,
      after: ['tennyu'],
      sources: [source],
    },
  })
  const result = validateCatalog(files, holidayList())
  if (!result.catalog) throw new Error(JSON.stringify(result.errors))
  return result.catalog
}

const run = (answers: Record<string, string[]>) => navigate(catalog(), answers)
const ids = (r: ReturnType<typeof run>) => r.procedures.map((p) => `${p.id}:${p.applies}`)

describe('the navigator', () => {
  it('lists each procedure once when several events bring it (move-in + birth → 児童手当 once)', () => {
    const r = run({ events: ['move-in', 'birth'], date: ['2026-12-01'], insurance: ['employee'], ages: ['34', '0'] })
    expect(r.procedures.filter((p) => p.id === 'jido-teate')).toHaveLength(1)
    expect(ids(r)).toEqual(['tennyu:yes', 'jido-teate:yes'])
  })

  it('puts yes before maybe, and a maybe says what would settle it', () => {
    const r = run({ events: ['move-in'], date: ['2026-12-01'] })
    expect(ids(r)).toEqual(['tennyu:yes', 'kokuho-join:maybe', 'jido-teate:maybe'])
    expect(r.procedures[1]?.ask).toEqual(['insurance'])
    expect(r.procedures[2]?.ask).toEqual(['ages'])
    expect(r.questions).toEqual(['insurance', 'ages'])
  })

  it('a known "no" hides the procedure', () => {
    const r = run({ events: ['move-in'], date: ['2026-12-01'], insurance: ['employee'], ages: ['40'] })
    expect(ids(r)).toEqual(['tennyu:yes'])
  })

  it('takes the trigger that applies for sure, and its deadline', () => {
    const r = run({ events: ['move-in', 'birth'], date: ['2026-12-01'] })
    const jido = r.procedures.find((p) => p.id === 'jido-teate')
    expect(jido).toMatchObject({
      applies: 'yes',
      because: 'birth',
      due: { date: '2026-12-16', movedForClosedDays: false },
    })
  })

  it('asks for the date when deadlines need it', () => {
    const r = run({ events: ['birth'] })
    expect(r.procedures[0]?.due.date).toBeNull()
    expect(r.questions).toEqual(['date'])
  })

  it('merges documents, telling handed-in from shown, and keeps conditional ones personal', () => {
    const r = run({ events: ['move-in', 'birth'], date: ['2026-12-01'], insurance: ['kokuho'], ages: ['0'] })
    const id = r.documents.find((d) => d.id === 'honnin-kakunin')
    expect(id).toMatchObject({ for: ['tennyu', 'jido-teate'], show: ['tennyu'], submit: ['jido-teate'], needed: 'yes' })
    expect(r.documents.some((d) => d.id === 'passport')).toBe(false)
    const unknown = run({ events: ['move-in'], date: ['2026-12-01'] })
    expect(unknown.documents.find((d) => d.id === 'passport')?.needed).toBe('maybe')
  })

  it('groups trips by office with few offices, and a follow-up at the same desk as its prerequisite', () => {
    const r = run({ events: ['move-in'], date: ['2026-12-01'], insurance: ['kokuho'], ages: ['34', '5'] })
    // 国保 can be done at 本庁舎 or 王子; it follows 転入 to 王子, and 王子 comes first.
    expect(r.trips).toEqual([
      { office: 'oji', procedures: ['tennyu', 'kokuho-join'] },
      { office: 'honcho', procedures: ['jido-teate'] },
    ])
  })

  it('links the plan services of the procedures, and gives the canonical answers', () => {
    const r = run({ insurance: ['kokuho'], events: ['move-in'] })
    expect(r.services).toEqual(['①2-(1) コンビニ交付'])
    expect(r.answers).toBe('events=move-in&insurance=kokuho')
  })

  it("counts each event's deadlines from its own date when several events have dates", () => {
    const r = run({
      events: ['move-in', 'birth'],
      'date.move-in': ['2027-03-01'],
      'date.birth': ['2027-03-10'],
      insurance: ['kokuho'],
      ages: ['0'],
    })
    expect(r.procedures.find((p) => p.id === 'tennyu')?.due.date).toBe('2027-03-15')
    // 児童手当 comes from both, each counted from its own day; the earlier of the two is shown, so no one is late.
    expect(r.procedures.find((p) => p.id === 'jido-teate')).toMatchObject({
      because: 'move-in',
      due: { date: '2027-03-16' },
    })
    const birthOnly = run({ events: ['birth'], 'date.birth': ['2027-03-10'] })
    expect(birthOnly.procedures.find((p) => p.id === 'jido-teate')?.due.date).toBe('2027-03-25')
    expect(r.questions).toEqual([])
  })

  it('a shared date (answers v1) still dates every event, and the per-event dates are the open questions', () => {
    const r = run({ events: ['move-in', 'birth'], date: ['2027-03-01'] })
    expect(r.procedures.find((p) => p.id === 'tennyu')?.due.date).toBe('2027-03-15')
    expect(r.questions).not.toContain('date')
    const none = run({ events: ['move-in', 'birth'] })
    expect(none.questions).toEqual(expect.arrayContaining(['date.move-in', 'date.birth']))
  })

  it('says how binding each procedure is, and when it can first be done', () => {
    const r = run({ events: ['birth'], date: ['2026-12-01'] })
    expect(r.procedures[0]).toMatchObject({ id: 'jido-teate', obligation: 'benefit', due: { from: '2026-12-01' } })
  })

  it('gives each document its condition in words, and what would settle a maybe', () => {
    const r = run({ events: ['move-in'], date: ['2026-12-01'] })
    expect(r.documents.find((d) => d.id === 'passport')).toMatchObject({
      needed: 'maybe',
      conditions: ['会社の保険の人'],
      ask: ['insurance'],
    })
    expect(r.documents.find((d) => d.id === 'honnin-kakunin')).toMatchObject({
      needed: 'yes',
      conditions: ['届け出る人の分'],
      ask: [],
    })
    expect(r.questions).toContain('insurance')
  })

  it('returns nothing for no events, without failing', () => {
    expect(run({}).procedures).toEqual([])
  })
})

describe('the question flow', () => {
  const { questions } = catalog()
  it('asks events first, then only the questions of the chosen events, and ends', () => {
    expect(nextQuestion(questions, {})?.id).toBe('events')
    expect(nextQuestion(questions, { events: ['birth'] })?.id).toBe('date')
    expect(nextQuestion(questions, { events: ['birth'], date: ['unknown'] })).toBeNull()
    expect(relevantQuestions(questions, { events: ['move-in'] }).map((q) => q.id)).toEqual([
      'events',
      'date',
      'insurance',
      'ages',
    ])
  })

  it('asks one date per event when several dated events are chosen, in the order chosen', () => {
    const asked = relevantQuestions(questions, { events: ['birth', 'move-in'] })
    expect(asked.map((q) => q.key)).toEqual(['events', 'date.birth', 'date.move-in', 'insurance', 'ages'])
    expect(nextQuestion(questions, { events: ['birth', 'move-in'], 'date.birth': ['2027-03-10'] })?.key).toBe(
      'date.move-in',
    )
  })

  it('does not ask again what earlier answers settle, nor a question kept for the result page', () => {
    const withLater = [...questions, { ...questions[2]!, id: 'proxy', later: true, askedFor: undefined }]
    expect(relevantQuestions(withLater, { events: ['move-in'] }).map((q) => q.id)).not.toContain('proxy')
    const settled = questions.map((q) =>
      q.id === 'insurance'
        ? {
            ...q,
            options: q.options!.map((o) => (o.value === 'employee' ? { ...o, requires: { age: { min: 200 } } } : o)),
          }
        : q,
    )
    // Only 国保 is left once "employee" is ruled out, so the insurance page is skipped.
    const order = [...settled.filter((q) => q.id !== 'insurance'), settled.find((q) => q.id === 'insurance')!]
    expect(relevantQuestions(order, { events: ['move-in'], ages: ['30'] }).map((q) => q.id)).not.toContain('insurance')
  })
})
