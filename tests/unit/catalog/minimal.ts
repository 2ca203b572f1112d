// A small valid catalog, built in memory, that the broken-catalog fixtures start from.
import type * as v from 'valibot'

import type { Files } from '../../../src/catalog/schema'
import type { CatalogFile } from '../../../src/catalog/validate'

/** A file's data as YAML gives it, before the schema reads it. */
export type FileData<K extends keyof typeof Files> = v.InferInput<(typeof Files)[K]>

/**
 * The data of the file of that kind (whose name ends with `name`), to edit in place. Typed as valid data: a
 * fixture that breaks a type on purpose says so with a cast where it does.
 */
export const fileData = <K extends keyof typeof Files>(files: CatalogFile[], kind: K, name = ''): FileData<K> =>
  files.find((f) => f.kind === kind && f.file.endsWith(name))!.data as FileData<K>

const l = (ja: string) => ({ ja, 'ja-easy': ja, en: ja })
const source = () => ({ url: 'https://www.city.kita.lg.jp/a.html', verified: '2026-08-07', basis: 'kita-secondary' })

export function minimalFiles(): CatalogFile[] {
  return structuredClone([
    { file: 'catalog/allowed-hosts.yaml', kind: 'hosts', data: ['www.city.kita.lg.jp', 'myna.go.jp'] },
    {
      file: 'catalog/offices.yaml',
      kind: 'offices',
      data: [
        {
          id: 'oji',
          name: l('王子区民事務所'),
          kind: 'ward',
          address: '北区王子本町1-2-11',
          hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '17:00' }],
          closedOn: l('土日祝'),
          counters: [{ id: 'oji-registration', name: l('住民記録') }],
          sources: [source()],
        },
      ],
    },
    {
      file: 'catalog/events.yaml',
      kind: 'events',
      data: [
        { id: 'move-in', title: l('転入'), summary: l('転入') },
        { id: 'birth', title: l('出生'), summary: l('出生') },
      ],
    },
    {
      file: 'catalog/questions.yaml',
      kind: 'questions',
      data: [
        { id: 'events', kind: 'events', label: l('出来事'), why: l('理由') },
        { id: 'date', kind: 'date', label: l('日付'), why: l('理由'), askedFor: ['move-in', 'birth'] },
        {
          id: 'insurance',
          kind: 'single',
          label: l('保険'),
          why: l('理由'),
          askedFor: ['move-in'],
          options: [
            { value: 'kokuho', label: l('国保') },
            { value: 'employee', label: l('社保') },
          ],
        },
        { id: 'ages', kind: 'ages', label: l('年齢'), why: l('理由'), askedFor: ['move-in'] },
      ],
    },
    { file: 'catalog/documents.yaml', kind: 'documents', data: [{ id: 'honnin-kakunin', title: l('本人確認書類') }] },
    {
      file: 'catalog/services.yaml',
      kind: 'services',
      data: [
        {
          id: 'konbini-kofu',
          planItem: '①2-(1)',
          title: l('コンビニ交付'),
          summary: l('コンビニ'),
          owner: '戸籍住民課',
          since: '2016年度',
        },
      ],
    },
    {
      file: 'catalog/procedures/tennyu.yaml',
      kind: 'procedure',
      data: {
        id: 'tennyu',
        title: l('転入届'),
        summary: l('転入'),
        owner: l('戸籍住民課'),
        scope: 'ward',
        obligation: 'required',
        triggers: [{ event: 'move-in', due: { kind: 'days', days: 14, countFirstDay: false, text: l('14日以内') } }],
        offices: [{ office: 'oji', counter: 'oji-registration' }],
        documents: [{ id: 'honnin-kakunin', use: 'show' }],
        online: null,
        services: ['konbini-kofu'],
        sources: [source()],
      },
    },
    {
      file: 'catalog/procedures/kokuho-join.yaml',
      kind: 'procedure',
      data: {
        id: 'kokuho-join',
        title: l('国保加入'),
        summary: l('国保'),
        owner: l('国保年金課'),
        scope: 'ward',
        obligation: 'required',
        triggers: [
          {
            event: 'move-in',
            when: { is: { insurance: ['kokuho'] } },
            due: { kind: 'days', days: 14, countFirstDay: false, text: l('14日以内') },
          },
        ],
        offices: [{ office: 'oji', counter: 'oji-registration' }],
        documents: [],
        online: null,
        after: ['tennyu'],
        sources: [source()],
      },
    },
  ] satisfies CatalogFile[])
}
