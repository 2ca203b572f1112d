import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'

import ResultWarnings from '../../src/components/result/ResultWarnings.vue'
import { run } from '../helpers/navi'
import { plugins } from './setup'

// The screens read procedures as their parts arrive over the network; here the whole real catalog is there.
vi.mock('../../src/catalog/useCatalog', async () => {
  const { catalog } = await import('../helpers/navi')
  const { indexCatalog } = await import('../../src/catalog/index')
  const index = indexCatalog(catalog)
  return { useCatalog: () => index }
})

// A Japanese national back from abroad, moved in on 2027-01-15 (Fri): 転入届 is due 1/29, and the family
// register papers take about 14 days by post, so they had to be asked for on the day of the move.
const { warnings } = run('events=move-in&date=2027-01-15&from=abroad&nationality=japan&ages=52&insurance=none')
const render = (today: string) => mount(ResultWarnings, { props: { warnings, today }, global: { plugins: plugins() } })

describe('the lead-time warning', () => {
  it('names the document, the procedure, its deadline as a date, and the last day to ask', () => {
    expect(render('2027-01-15').text()).toBe(
      '戸籍謄本と戸籍の附票は手元に届くまで約14日かかります。転入届の期限（1月29日(金)）に間に合うよう、1月15日(金)までに請求してください。',
    )
  })

  it('once that day has passed, still names the deadline the resident may miss', () => {
    const text = render('2027-01-20').text()
    expect(text).toContain('転入届の期限（1月29日(金)）に間に合わないかもしれません')
    expect(text).not.toContain('までに請求してください')
  })
})
