import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'

import DocumentChecklist from '../../src/components/document/DocumentChecklist.vue'
import type { DocumentResult } from '../../src/navigator/navigate'
import { documentResult, use } from '../helpers/results'
import { index, procedure } from './catalog-index'
import { plugins } from './setup'

vi.mock('../../src/catalog/useCatalog', async () => {
  const { index } = await import('./catalog-index')
  return { useCatalog: () => index }
})

const title = (id: string) => index.procedure(id)!.title.ja
const documentTitle = (id: string) => index.document(id)!.title.ja
const checklist = (documents: DocumentResult[]) =>
  mount(DocumentChecklist, { props: { documents, answers: {} }, global: { plugins: plugins() } })
const choice = procedure((p) => p.obligation === 'optional')
const kokuho = procedure((p) => p.id !== 'tennyu' && p.obligation === 'required' && p.documents.length > 0)

describe('DocumentChecklist', () => {
  it('lists what is needed first and keeps what depends on an answer closed, with its count', () => {
    const w = checklist([
      documentResult('passport', { needed: 'maybe', uses: [use('tennyu', 'maybe')] }),
      documentResult('mynumber-card', { uses: [use('tennyu')] }),
    ])
    const [needed, maybe] = w.findAll('ul.checklist')
    expect(needed!.text()).toContain(documentTitle('mynumber-card'))
    expect(needed!.text()).not.toContain(documentTitle('passport'))
    expect(w.find('details summary').text()).toBe('答えによって必要になるもの（1件）を開く')
    expect(maybe!.text()).toContain(documentTitle('passport'))
  })

  it('leaves out what only a free choice uses', () => {
    const w = checklist([
      documentResult('zairyu-card', { uses: [use(choice.id)] }),
      documentResult('mynumber-card', { uses: [use('tennyu')] }),
    ])
    expect(w.findAll('li.doc')).toHaveLength(1)
    expect(w.text()).not.toContain(documentTitle('zairyu-card'))
    expect(w.find('details').exists()).toBe(false)
  })

  it('names each procedure that needs a document once, in order', () => {
    const w = checklist([
      documentResult('honnin-kakunin', { uses: [use('tennyu'), use(kokuho.id), use('tennyu'), use(choice.id)] }),
    ])
    expect(w.find('li.doc').text()).toContain(`使う手続き: ${title('tennyu')}、${title(kokuho.id)}`)
  })

  it('says the copies to have, and the fee for them with grouped digits', () => {
    const w = checklist([
      documentResult('honnin-kakunin', { uses: [use('tennyu')], copies: 2 }),
      documentResult('tenshutsu-shomeisho', { uses: [use('tennyu')], copies: 5, cost: 1500 }),
      documentResult('mynumber-card', { uses: [use('tennyu')] }),
    ])
    const [two, fee, one] = w.findAll('li.doc')
    expect(two!.text()).toContain('2通')
    expect(fee!.text()).toContain('5通・1,500円')
    expect(one!.text()).not.toMatch(/\d通/)
  })
})
