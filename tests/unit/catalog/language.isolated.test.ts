import { afterEach, describe, expect, it, vi } from 'vitest'

import { base } from '../../../src/catalog/base'
import { ensureCatalogLanguage } from '../../../src/catalog/language'
import { loadEvents } from '../../../src/catalog/load'
import { walkTexts } from '../../../src/catalog/text-keys'
import { useCatalog } from '../../../src/catalog/useCatalog'
import { pick } from '../../../src/i18n/locales'

// One procedure file, and Vietnamese words for it and for the base part (offices, documents …).
vi.mock('virtual:catalog/loaders', () => ({
  parts: { 'procedures/birth': '/c/procedures-birth' },
  eventParts: { birth: ['procedures/birth'] },
  procedurePart: { shussei: 'procedures/birth' },
  packs: { vi: { base: '/c/vi.base', 'procedures/birth': '/c/vi.procedures-birth' } },
}))

const procedures = [{ id: 'shussei', title: { ja: '出生届' }, summary: { ja: '生まれた日から14日以内に届け出ます。' } }]

afterEach(() => vi.unstubAllGlobals())

describe('switching the language of the catalog', () => {
  it('shows the pack’s words, gives the Japanese back unchanged, and never writes into the shared catalog', async () => {
    let baseTexts = 0
    walkTexts(base, '', () => (baseTexts += 1))
    const files: Record<string, unknown> = {
      '/c/procedures-birth.json': procedures,
      '/c/vi.procedures-birth.json': ['Đăng ký khai sinh', 'Nộp trong vòng 14 ngày kể từ ngày sinh.'],
      '/c/vi.base.json': Array.from({ length: baseTexts }, (_, i) => `vi ${i}`),
    }
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        Promise.resolve(url in files ? new Response(JSON.stringify(files[url])) : new Response(null, { status: 404 })),
      ),
    )
    const before = structuredClone(base)
    const office = base.offices[0]!

    await ensureCatalogLanguage('ja')
    await loadEvents(['birth'])
    const shussei = useCatalog().procedure('shussei')!
    const japanese = { title: pick(shussei.title, 'ja'), office: pick(office.name, 'ja') }
    expect(japanese).toEqual({ title: '出生届', office: office.name.ja })

    await ensureCatalogLanguage('vi')
    expect(pick(shussei.title, 'vi')).toBe('Đăng ký khai sinh')
    expect(pick(shussei.summary, 'vi')).toBe('Nộp trong vòng 14 ngày kể từ ngày sinh.')
    expect(pick(office.name, 'vi')).toMatch(/^vi \d+$/)

    await ensureCatalogLanguage('ja')
    expect({ title: pick(shussei.title, 'ja'), office: pick(office.name, 'ja') }).toEqual(japanese)
    // The shared objects are the ones that arrived, as they arrived: no language was written into them.
    expect(base).toEqual(before)
    expect(useCatalog().procedure('shussei')).toBe(shussei)
    expect(shussei).toEqual(procedures[0])
    expect(Object.keys(shussei.title)).toEqual(['ja'])
  })
})
