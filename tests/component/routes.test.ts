import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'

import { createNaviRouter } from '../../src/modules/router'
import { ROUTES } from '../../src/routes'

// Only the route table is under test: the first page and the message loading stay out of it.
vi.mock('../../src/pages/HomePage.vue', () => ({ default: {} }))

const router = createNaviRouter(createMemoryHistory())

// The production server answers 404 for any path not in src/routes.ts, so a page the router knows
// but that list does not would fail on its first visit, before the service worker is installed.
describe('the page list the server uses', () => {
  it('holds exactly the router’s pages, under the same names', () => {
    const pages = router
      .getRoutes()
      .filter((r) => r.name !== 'not-found')
      .map((r) => [r.name, r.path])
    expect(Object.fromEntries(pages)).toEqual(ROUTES)
    expect(pages).toHaveLength(Object.keys(ROUTES).length)
  })

  it('leaves only the catch-all to the not-found page', () => {
    expect(router.resolve('/no/such/page').name).toBe('not-found')
  })
})
