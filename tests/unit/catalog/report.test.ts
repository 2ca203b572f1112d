// The counts editors read from `content:report`: each one moves when the catalog does.
import { describe, expect, it } from 'vitest'

import { contentReport } from '../../../src/catalog/report'
import { type CatalogFile, validateCatalog } from '../../../src/catalog/validate'
import { fileData, minimalFiles } from './minimal'

function report(files: CatalogFile[]) {
  const { catalog, errors } = validateCatalog(files, [])
  expect(errors).toEqual([])
  return contentReport(catalog, errors, files)
}

describe('content report', () => {
  it('counts the minimal catalog: two ward procedures for moving in, none for a birth', () => {
    const r = report(minimalFiles())
    expect(r.scopes).toEqual({ ward: 2, outside: 0 })
    expect(r.proceduresByEvent).toEqual({ 'move-in': 2, birth: 0 })
    expect(r.documentsWithLeadTime).toBe(0)
    expect(r.deadlinesWithConsequence).toEqual({ count: 0, of: 2 })
  })

  it('moves each count with the catalog: an outside procedure, a birth trigger, a lead time, a consequence', () => {
    const files = minimalFiles()
    const kokuho = fileData(files, 'procedure', 'kokuho-join.yaml')
    kokuho.scope = 'outside'
    kokuho.handledBy = { ja: '年金事務所', 'ja-easy': '年金事務所', en: 'The pension office' }
    kokuho.triggers.push({
      event: 'birth',
      due: { kind: 'none', text: { ja: 'いつでも', 'ja-easy': 'いつでも', en: 'Any time' } },
    })
    fileData(files, 'procedure', 'tennyu.yaml').triggers[0]!.due.consequence = {
      kind: 'fine',
      law: '住民基本台帳法 第52条第2項',
      text: { ja: '5万円以下の過料', 'ja-easy': '5{万円|まんえん}', en: 'Up to ¥50,000' },
    }
    fileData(files, 'documents')[0]!.leadTimeDays = 14

    const r = report(files)
    expect(r.scopes).toEqual({ ward: 1, outside: 1 })
    expect(r.proceduresByEvent).toEqual({ 'move-in': 2, birth: 1 })
    expect(r.documentsWithLeadTime).toBe(1)
    // The undated birth trigger is not a deadline: it is counted in neither number.
    expect(r.deadlinesWithConsequence).toEqual({ count: 1, of: 2 })
  })
})
