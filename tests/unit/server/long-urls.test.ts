import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INDEX_HTML, startOnFakeDist } from './fake-dist'
import { get } from './http'

let base = ''
let close = () => {}
beforeAll(async () => {
  ;({ base, close } = await startOnFakeDist())
})
afterAll(() => close())

describe('long links', () => {
  it('opens a share link with a 3,000-character query', async () => {
    const answer = await get(base, `/result?events=birth&note=${'a'.repeat(3000)}`)
    expect(answer.status).toBe(200)
    expect(answer.body.toString()).toBe(INDEX_HTML)
  })

  it('opens a 20,000-character link, past Node’s default 16 KB limit', async () => {
    expect((await get(base, `/result?note=${'a'.repeat(20_000)}`)).status).toBe(200)
  })

  it('explains a 100,000-character address instead of failing with an empty page', async () => {
    const answer = await get(base, `/result?events=birth&note=${'a'.repeat(100_000)}`)
    expect(answer.status).toBe(414)
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'")
    const page = answer.body.toString()
    expect(page).toContain('このリンクは長すぎるか')
    expect(page).toContain('The link is too long')
    expect(page).toContain('<a href="/">')
    // Japanese first, for the ward's residents; English after it.
    expect(page.indexOf('リンクを開けませんでした')).toBeLessThan(page.indexOf('This link could not be opened'))
  })

  it('explains oversized headers the same way, as 431', async () => {
    const answer = await get(base, '/result', { headers: { Cookie: `c=${'x'.repeat(40_000)}` } })
    expect(answer.status).toBe(431)
    expect(answer.body.toString()).toContain('このリンクは長すぎるか')
  })

  it('keeps serving after a request it refused', async () => {
    await get(base, `/${'a'.repeat(100_000)}`)
    expect((await get(base, '/result')).status).toBe(200)
  })
})
