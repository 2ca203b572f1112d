import { describe, expect, it } from 'vitest'

import { isAppPage, type PageIds } from '../../../server/pages'

const ids: PageIds = { procedures: new Set(['tenshutsu', 'jidou-teate']), offices: new Set(['oji']) }

describe('the app’s pages, as the server tells them from a 404', () => {
  it.each([
    '/',
    '/result',
    '/result/',
    '/RESULT',
    '/q/events',
    '/search',
    '/language',
    '/plans',
    '/plans/abc-123',
    '/procedures/tenshutsu',
    '/procedures/jidou-teate/',
    '/offices/oji',
    '/offices/%6Fji',
    '/guide',
    '/together',
    '/together/tenshutsu',
  ])('%s is a page', (path) => {
    expect(isAppPage(path, ids)).toBe(true)
  })

  it.each([
    '/nope',
    '/result/extra',
    '//result',
    '/q',
    '/q/',
    '/q//',
    '/plans/a/b',
    '/index',
    '/api',
    '/procedures/no-such-procedure',
    '/together/no-such-procedure',
    '/together/a/b',
    '/offices/honcho-annex',
    '/procedures/oji',
    '/offices/tenshutsu',
    '/offices/%E0%A4%A',
  ])('%s is not', (path) => {
    expect(isAppPage(path, ids)).toBe(false)
  })

  it('accepts any procedure or office id when the catalog could not be read', () => {
    expect(isAppPage('/procedures/no-such-procedure', null)).toBe(true)
    expect(isAppPage('/offices/anything', null)).toBe(true)
    expect(isAppPage('/nope', null)).toBe(false)
  })
})
