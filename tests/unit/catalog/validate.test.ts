import { describe, expect, it } from 'vitest'

import { type CatalogFile, formatError, validateCatalog } from '../../../src/catalog/validate'
import { fileData, minimalFiles } from './minimal'

const proc = (files: CatalogFile[], id = 'tennyu') => fileData(files, 'procedure', `procedures/${id}.yaml`)
const offices = (files: CatalogFile[]) => fileData(files, 'offices')
const office = (files: CatalogFile[]) => offices(files)[0]!
const events = (files: CatalogFile[]) => fileData(files, 'events')
const questions = (files: CatalogFile[]) => fileData(files, 'questions')
const question = (files: CatalogFile[], id: string) => questions(files).find((q) => q.id === id)!
const documents = (files: CatalogFile[]) => fileData(files, 'documents')
const services = (files: CatalogFile[]) => fileData(files, 'services')
const trigger = (files: CatalogFile[], id = 'tennyu') => proc(files, id).triggers[0]!
const source = (files: CatalogFile[]) => proc(files).sources[0]!

interface Fixture {
  name: string
  breakIt: (files: CatalogFile[]) => void
  file: string
  path: string
  message: RegExp
}

const fixtures: Fixture[] = [
  {
    name: 'duplicate procedure id',
    breakIt: (f) => {
      proc(f, 'kokuho-join').id = 'tennyu'
    },
    file: 'kokuho-join.yaml',
    path: 'id',
    message: /duplicate procedure id "tennyu"|does not match its file name/,
  },
  {
    name: 'duplicate office id',
    breakIt: (f) => {
      offices(f).push({ ...office(f), counters: [{ id: 'x-1', name: { ja: 'x' } }] })
    },
    file: 'offices.yaml',
    path: '[1].id',
    message: /duplicate office id "oji"/,
  },
  {
    name: 'duplicate counter id',
    breakIt: (f) => {
      office(f).counters.push({ id: 'oji-registration', name: { ja: '重複' } })
    },
    file: 'offices.yaml',
    path: '[0].counters[1].id',
    message: /duplicate counter id "oji-registration"/,
  },
  {
    name: 'duplicate life event',
    breakIt: (f) => {
      events(f).push({ id: 'birth', title: { ja: 'x' }, summary: { ja: 'x' } })
    },
    file: 'events.yaml',
    path: '[2].id',
    message: /duplicate life event id "birth"/,
  },
  {
    name: 'duplicate question',
    breakIt: (f) => {
      questions(f).push({ ...question(f, 'ages') })
    },
    file: 'questions.yaml',
    path: '[4].id',
    message: /duplicate question id "ages"/,
  },
  {
    name: 'duplicate document',
    breakIt: (f) => {
      documents(f).push({ id: 'honnin-kakunin', title: { ja: 'x' } })
    },
    file: 'documents.yaml',
    path: '[1].id',
    message: /duplicate document id "honnin-kakunin"/,
  },
  {
    name: 'duplicate service',
    breakIt: (f) => {
      services(f).push({ ...services(f)[0]! })
    },
    file: 'services.yaml',
    path: '[1].id',
    message: /duplicate service id "konbini-kofu"/,
  },
  {
    name: 'file name and id disagree',
    breakIt: (f) => {
      proc(f).id = 'tenkyo'
    },
    file: 'tennyu.yaml',
    path: 'id',
    message: /does not match its file name "tennyu"/,
  },
  {
    name: 'unknown life event in a trigger',
    breakIt: (f) => {
      proc(f).triggers[0] = { ...trigger(f), event: 'moving' }
    },
    file: 'tennyu.yaml',
    path: 'triggers[0].event',
    message: /unknown life event "moving"/,
  },
  {
    name: 'unknown office',
    breakIt: (f) => {
      proc(f).offices[0] = { office: 'bunshitsu', counter: 'oji-registration' }
    },
    file: 'tennyu.yaml',
    path: 'offices[0].office',
    message: /unknown office "bunshitsu"/,
  },
  {
    name: 'unknown counter',
    breakIt: (f) => {
      proc(f).offices[0] = { office: 'oji', counter: 'oji-koseki' }
    },
    file: 'tennyu.yaml',
    path: 'offices[0].counter',
    message: /office "oji" has no counter "oji-koseki"/,
  },
  {
    name: 'unknown document',
    breakIt: (f) => {
      proc(f).documents[0] = { id: 'juminhyo', use: 'show' }
    },
    file: 'tennyu.yaml',
    path: 'documents[0].id',
    message: /unknown document "juminhyo"/,
  },
  {
    name: 'unknown plan service',
    breakIt: (f) => {
      proc(f).services![0] = 'kiosk'
    },
    file: 'tennyu.yaml',
    path: 'services[0]',
    message: /unknown plan service "kiosk"/,
  },
  {
    name: 'unknown procedure in after',
    breakIt: (f) => {
      proc(f, 'kokuho-join').after![0] = 'tenkyo'
    },
    file: 'kokuho-join.yaml',
    path: 'after[0]',
    message: /unknown procedure "tenkyo"/,
  },
  {
    name: 'procedure after itself',
    breakIt: (f) => {
      proc(f, 'kokuho-join').after![0] = 'kokuho-join'
    },
    file: 'kokuho-join.yaml',
    path: 'after[0]',
    message: /cannot come after itself/,
  },
  {
    name: 'procedures waiting for each other',
    breakIt: (f) => {
      proc(f).after = ['kokuho-join']
    },
    file: 'tennyu.yaml',
    path: 'after',
    message: /in a circle/,
  },
  {
    name: 'rule on an unknown answer key',
    breakIt: (f) => {
      trigger(f, 'kokuho-join').when = { is: { hoken: ['kokuho'] } }
    },
    file: 'kokuho-join.yaml',
    path: 'triggers[0].when.is.hoken',
    message: /unknown answer key "hoken"/,
  },
  {
    name: 'rule on a value no question offers',
    breakIt: (f) => {
      trigger(f, 'kokuho-join').when = { is: { insurance: ['kokuho', 'shaho'] } }
    },
    file: 'kokuho-join.yaml',
    path: 'triggers[0].when.is.insurance[1]',
    message: /"shaho" is not a choice of question "insurance"/,
  },
  {
    name: 'unreachable procedure (contradiction)',
    breakIt: (f) => {
      trigger(f, 'kokuho-join').when = {
        all: [{ is: { insurance: ['kokuho'] } }, { not: { is: { insurance: ['kokuho'] } } }],
      }
    },
    file: 'kokuho-join.yaml',
    path: 'triggers',
    message: /unreachable: no answers make any trigger apply/,
  },
  {
    name: 'empty age range',
    breakIt: (f) => {
      trigger(f, 'kokuho-join').when = { age: { min: 20, max: 10 } }
    },
    file: 'kokuho-join.yaml',
    path: 'triggers[0].when.age',
    message: /age range 20–10 is empty/,
  },
  {
    name: 'answer never asked for the event',
    breakIt: (f) => {
      proc(f, 'kokuho-join').triggers[0] = {
        event: 'birth',
        when: { is: { insurance: ['kokuho'] } },
        due: { kind: 'none', text: { ja: 'なし' } },
      }
    },
    file: 'kokuho-join.yaml',
    path: 'triggers[0].when',
    message: /"insurance" is never asked for life event "birth"/,
  },
  {
    name: 'deadline from a date never asked',
    breakIt: (f) => {
      questions(f)[1] = { ...question(f, 'date'), askedFor: ['birth'] }
    },
    file: 'tennyu.yaml',
    path: 'triggers[0].due',
    message: /no date is asked for life event "move-in"/,
  },
  {
    name: 'question path that never ends',
    breakIt: (f) => {
      Object.assign(question(f, 'insurance'), { when: { age: { min: 18 } } })
    },
    file: 'questions.yaml',
    path: '[2].when',
    message: /question path never ends: "insurance" waits for "ages"/,
  },
  {
    name: 'question waiting for itself',
    breakIt: (f) => {
      Object.assign(question(f, 'insurance'), { when: { is: { insurance: ['kokuho'] } } })
    },
    file: 'questions.yaml',
    path: '[2].when',
    message: /asked by itself/,
  },
  {
    name: 'choice question with one choice',
    breakIt: (f) => {
      Object.assign(question(f, 'insurance'), { options: [{ value: 'kokuho', label: { ja: '国保' } }] })
    },
    file: 'questions.yaml',
    path: '[2].options',
    message: /fewer than two choices/,
  },
  {
    name: 'question for an unknown event',
    breakIt: (f) => {
      Object.assign(question(f, 'ages'), { askedFor: ['move-in', 'retire'] })
    },
    file: 'questions.yaml',
    path: '[3].askedFor[1]',
    message: /unknown life event "retire"/,
  },
  {
    name: 'non-https source',
    breakIt: (f) => {
      source(f).url = 'http://www.city.kita.lg.jp/a.html'
    },
    file: 'tennyu.yaml',
    path: 'sources[0].url',
    message: /must start with https:\/\//,
  },
  {
    name: 'link host not allowed',
    breakIt: (f) => {
      source(f).url = 'https://example.com/kita'
    },
    file: 'tennyu.yaml',
    path: 'sources[0].url',
    message: /host "example.com" is not on the allow-list/,
  },
  {
    name: 'online address not allowed',
    breakIt: (f) => {
      proc(f).online = { url: 'https://evil.example/form', channel: 'web' }
    },
    file: 'tennyu.yaml',
    path: 'online.url',
    message: /host "evil.example" is not on the allow-list/,
  },
  {
    name: 'missing verified date',
    breakIt: (f) => {
      delete (source(f) as { verified?: string }).verified
    },
    file: 'tennyu.yaml',
    path: 'sources[0].verified',
    message: /Expected "verified"/,
  },
  {
    name: 'badly written verified date',
    breakIt: (f) => {
      source(f).verified = '2026/08/07'
    },
    file: 'tennyu.yaml',
    path: 'sources[0].verified',
    message: /YYYY-MM-DD/,
  },
  {
    name: 'no source at all',
    breakIt: (f) => {
      proc(f).sources = []
    },
    file: 'tennyu.yaml',
    path: 'sources',
    message: /needs at least one source/,
  },
  {
    name: 'missing title',
    breakIt: (f) => {
      delete (proc(f) as Record<string, unknown>).title
    },
    file: 'tennyu.yaml',
    path: 'title',
    message: /Expected "title"/,
  },
  {
    name: 'empty Japanese text',
    breakIt: (f) => {
      proc(f).summary = { ja: '  ' }
    },
    file: 'tennyu.yaml',
    path: 'summary.ja',
    message: /must not be empty/,
  },
  {
    name: 'bad id',
    breakIt: (f) => {
      documents(f)[0] = { id: 'Honnin_Kakunin', title: { ja: 'x' } }
    },
    file: 'documents.yaml',
    path: '[0].id',
    message: /lower-case id/,
  },
  {
    name: 'bad opening time',
    breakIt: (f) => {
      office(f).hours[0]!.open = '8:30'
    },
    file: 'offices.yaml',
    path: '[0].hours[0].open',
    message: /HH:MM/,
  },
  {
    name: 'office closing before it opens',
    breakIt: (f) => {
      office(f).hours[0]!.close = '08:00'
    },
    file: 'offices.yaml',
    path: '[0].hours[0]',
    message: /opens at 08:30 but closes at 08:00/,
  },
  {
    name: 'office without counters',
    breakIt: (f) => {
      office(f).counters = []
    },
    file: 'offices.yaml',
    path: '[0].counters',
    message: /at least one counter/,
  },
  {
    name: 'procedure nobody could do',
    breakIt: (f) => {
      proc(f).offices = []
    },
    file: 'tennyu.yaml',
    path: 'offices',
    message: /names no office and no online address/,
  },
  {
    name: 'outside procedure without a handler',
    breakIt: (f) => {
      proc(f).scope = 'outside'
    },
    file: 'tennyu.yaml',
    path: 'handledBy',
    message: /does not say who handles it/,
  },
  {
    name: 'unknown rule shape',
    breakIt: (f) => {
      ;(proc(f, 'kokuho-join').triggers[0] as Record<string, unknown>).when = { maybe: true }
    },
    file: 'kokuho-join.yaml',
    path: 'triggers[0].when',
    message: /must be one of \{is\}/,
  },
  {
    name: 'unknown due kind',
    breakIt: (f) => {
      ;(proc(f).triggers[0] as Record<string, unknown>).due = { kind: 'weeks', text: { ja: 'x' } }
    },
    file: 'tennyu.yaml',
    path: 'triggers[0].due.kind',
    message: /received "weeks"/,
  },
  {
    name: 'no events question',
    breakIt: (f) => {
      questions(f).shift()
    },
    file: 'questions.yaml',
    path: '',
    message: /no question of kind "events"/,
  },
  {
    name: 'document condition in words without a rule',
    breakIt: (f) => {
      proc(f).documents[0] = { id: 'honnin-kakunin', use: 'show', when: { ja: '代理人が届け出るとき' } }
    },
    file: 'tennyu.yaml',
    path: 'documents[0]',
    message: /says when it is needed \("代理人が届け出るとき"\) but has no rule/,
  },
  {
    name: 'document both always and conditional',
    breakIt: (f) => {
      proc(f).documents[0] = { id: 'honnin-kakunin', use: 'show', always: true, if: { is: { insurance: ['kokuho'] } } }
    },
    file: 'tennyu.yaml',
    path: 'documents[0].always',
    message: /cannot be both always needed and needed only "if"/,
  },
  {
    name: 'source on the old domain',
    breakIt: (f) => {
      source(f).url = 'https://www.city.kita.tokyo.jp/koseki/a.html'
    },
    file: 'tennyu.yaml',
    path: 'sources[0].url',
    message: /old domain "www.city.kita.tokyo.jp"/,
  },
  {
    name: 'source that is a front page',
    breakIt: (f) => {
      source(f).url = 'https://www.city.kita.lg.jp/'
    },
    file: 'tennyu.yaml',
    path: 'sources[0].url',
    message: /cites the front page of www.city.kita.lg.jp/,
  },
  {
    name: 'a note for editors',
    breakIt: (f) => {
      proc(f).uncertain = ['参考ファクトに記載が無い']
    },
    file: 'tennyu.yaml',
    path: '',
    message: /shows residents a note meant for editors/,
  },
  {
    name: 'a free choice called a duty',
    breakIt: (f) => {
      proc(f).summary = { ja: '入るかは自由です' }
    },
    file: 'tennyu.yaml',
    path: 'obligation',
    message: /is "required" but its own text says it is a free choice/,
  },
  {
    name: 'a ruled-out choice without a reason',
    breakIt: (f) => {
      Object.assign(question(f, 'insurance').options![1]!, { requires: { age: { min: 65 } } })
    },
    file: 'questions.yaml',
    path: '[2].options[1].conflict',
    message: /can be ruled out but has no "conflict" text/,
  },
  {
    name: 'a choice that waits for a later question',
    breakIt: (f) => {
      Object.assign(question(f, 'insurance').options![1]!, { requires: { age: { min: 65 } }, conflict: { ja: 'x' } })
    },
    file: 'questions.yaml',
    path: '[2].options[1].requires',
    message: /"insurance" waits for "ages", which is asked after it/,
  },
  {
    name: 'an age rule on a choice question',
    breakIt: (f) => {
      trigger(f, 'kokuho-join').when = { age: { min: 20, of: 'insurance' } }
    },
    file: 'kokuho-join.yaml',
    path: 'triggers[0].when.age.of',
    message: /"insurance" is a single question; an age rule needs an "ages" or "age" question/,
  },
  {
    name: 'a document tied to an event that never brings it',
    breakIt: (f) => {
      proc(f).documents[0] = { id: 'honnin-kakunin', use: 'show', events: ['birth'] }
    },
    file: 'tennyu.yaml',
    path: 'documents[0].events[0]',
    message: /"tennyu" is never brought by life event "birth"/,
  },
  {
    name: 'a produced document that does not exist',
    breakIt: (f) => {
      proc(f).produces = ['tenshutsu-shomeisho']
    },
    file: 'tennyu.yaml',
    path: 'produces[0]',
    message: /unknown document "tenshutsu-shomeisho"/,
  },
  {
    name: 'procedures producing for each other in a circle',
    breakIt: (f) => {
      documents(f).push({ id: 'a-paper', title: { ja: 'A' } }, { id: 'b-paper', title: { ja: 'B' } })
      Object.assign(proc(f), { produces: ['a-paper'], documents: [{ id: 'b-paper', use: 'submit' }] })
      Object.assign(proc(f, 'kokuho-join'), { produces: ['b-paper'], documents: [{ id: 'a-paper', use: 'submit' }] })
    },
    file: 'tennyu.yaml',
    path: 'produces',
    message: /need each other's documents in a circle/,
  },
  {
    name: 'a document that takes longer than every deadline it serves',
    breakIt: (f) => {
      Object.assign(documents(f)[0]!, { leadTimeDays: 30 })
    },
    file: 'documents.yaml',
    path: '[0].leadTimeDays',
    message: /takes 30 days to get, longer than every deadline it serves \(at most 14 days\)/,
  },
]

describe('the validator accepts the minimal catalog', () => {
  it('has no errors', () => {
    const { catalog, errors } = validateCatalog(minimalFiles(), [])
    expect(errors.map(formatError)).toEqual([])
    expect(catalog?.procedures.map((p) => p.id)).toEqual(['tennyu', 'kokuho-join'])
  })
})

describe('broken catalogs are rejected, naming the file and the path', () => {
  it('has at least 30 fixtures with distinct messages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30)
    expect(new Set(fixtures.map((f) => f.message.source)).size).toBe(fixtures.length)
  })

  it.each(fixtures)('$name', ({ breakIt, file: name, path, message }) => {
    const files = minimalFiles()
    breakIt(files)
    const { catalog, errors } = validateCatalog(files, [])
    expect(catalog).toBeNull()
    const hit = errors.find((e) => message.test(e.message))
    expect(hit, `no error matching ${message} in:\n${errors.map(formatError).join('\n')}`).toBeDefined()
    expect(hit!.file.endsWith(name)).toBe(true)
    expect(hit!.path).toBe(path)
  })
})

describe('YAML slips that a lenient parser would hide', () => {
  it('an unquoted comma that split a text into a stray key is named', () => {
    const files = minimalFiles()
    const document: Record<string, unknown> = documents(files)[0]!
    document.title = { ja: '本人確認書類', en: 'Photo ID (My Number Card', 'driving licence': null }
    const { errors } = validateCatalog(files, [])
    expect(errors.map(formatError)).toContainEqual(
      expect.stringMatching(
        /documents.yaml at \[0\]\.title\.driving licence: a text has only ja, ja-easy and en .*double quotes/,
      ),
    )
  })

  it('one broken entry does not hide the rest of its file', () => {
    const files = minimalFiles()
    const list: unknown[] = documents(files)
    list.push({ id: 'x', title: 'not a text' }, { id: 'passport', title: { ja: 'パスポート' } })
    const { errors } = validateCatalog(files, [])
    expect(errors.map(formatError)).toEqual([expect.stringContaining('documents.yaml at [1].title')])
  })
})
