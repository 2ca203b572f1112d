import { describe, expect, it } from 'vitest'
import { navigate } from '../../../src/navigator/navigate'
import { validateCatalog } from '../../../src/catalog/validate'
import { nextQuestion, relevantQuestions } from '../../../src/navigator/flow'
import type { Catalog } from '../../../src/catalog/schema'
import { minimalFiles } from '../catalog/minimal'
import { holidayList } from '../../../scripts/lib/catalog-files'

const l = (ja: string) => ({ ja })
const source = { url: 'https://www.city.kita.lg.jp/a.html', verified: '2026-08-07', basis: 'kita-secondary' }

/** The minimal catalog plus a child allowance brought by two events, at a second office. */
function catalog(): Catalog {
  const files = minimalFiles()
  const offices = files.find((f) => f.kind === 'offices')!.data as Record<string, unknown>[]
  offices.unshift({
    id: 'honcho', name: l('本庁舎'), kind: 'ward', address: '北区王子本町1-15-22',
    hours: [{ days: ['mon'], open: '08:30', close: '17:00' }], closedOn: l('土日祝'),
    counters: [{ id: 'honcho-kosodate', name: l('子育て給付係') }, { id: 'honcho-kokuho', name: l('国保資格係') }], sources: [source],
  })
  files.find((f) => f.kind === 'documents')!.data = [
    { id: 'honnin-kakunin', title: l('本人確認書類') },
    { id: 'passport', title: l('パスポート') },
  ]
  const kokuho = files.find((f) => f.file.endsWith('kokuho-join.yaml'))!.data as Record<string, unknown>
  kokuho.offices = [{ office: 'honcho', counter: 'honcho-kokuho' }, { office: 'oji', counter: 'oji-registration' }]
  const tennyu = files.find((f) => f.file.endsWith('tennyu.yaml'))!.data as Record<string, unknown>
  tennyu.documents = [{ id: 'honnin-kakunin', use: 'show' }, { id: 'passport', use: 'show', if: { is: { insurance: ['employee'] } } }]
  files.push({
    file: 'catalog/procedures/jido-teate.yaml', kind: 'procedure', data: {
      id: 'jido-teate', title: l('児童手当'), summary: l('手当'), owner: l('子育て給付係'), scope: 'ward', obligation: 'benefit',
      triggers: [
        { event: 'move-in', when: { age: { max: 18 } }, due: { kind: 'days', days: 15, countFirstDay: false, text: l('15日') } },
        { event: 'birth', due: { kind: 'days', days: 15, countFirstDay: false, text: l('15日') } },
      ],
      offices: [{ office: 'honcho', counter: 'honcho-kosodate' }],
      documents: [{ id: 'honnin-kakunin', use: 'submit' }], online: null, after: ['tennyu'], sources: [source],
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
    expect(jido).toMatchObject({ applies: 'yes', because: 'birth', due: { date: '2026-12-16', movedForClosedDays: false } })
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
    expect(relevantQuestions(questions, { events: ['move-in'] }).map((q) => q.id)).toEqual(['events', 'date', 'insurance', 'ages'])
  })
})
