import { describe, expect, it } from 'vitest'
import { axeViolations, baseURL, expectClean, openPage } from './setup/browser'

const pages = [
  ['home', '/'],
  ['a question', '/q/insurance?events=move-in&date=2026-12-01'],
  ['a result', '/result?ages=34,5&date=2026-12-01&events=move-in&from=other-city'],
  ['a procedure', '/procedures/tennyu?events=move-in&date=2026-12-01'],
  ['an office', '/offices/akabane'],
] as const

describe('axe (WCAG 2.2 AA) finds no violation at 360×740', () => {
  it.each(pages)('%s', async (_name, path) => {
    const watched = await openPage({ width: 360, height: 740 })
    await watched.page.goto(`${baseURL}${path}`)
    await watched.page.locator('h1').waitFor()
    expect(await axeViolations(watched.page)).toEqual([])
    expectClean(watched)
  })
})
