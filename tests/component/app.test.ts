import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'

import { createNaviApp } from '../../src/app'

describe('making the app', () => {
  it('pauses twice on a phone (three short tasks), and installs the router last', async () => {
    let pauses = 0
    const { app, router } = await createNaviApp(createMemoryHistory(), {
      hydrate: false,
      between: () => {
        pauses += 1
        return Promise.resolve()
      },
    })
    expect(pauses).toBe(2)
    expect(app.config.globalProperties.$router).toBe(router)
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('home')
  })
})
