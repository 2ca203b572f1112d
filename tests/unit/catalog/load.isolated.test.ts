import { afterEach, describe, expect, it, vi } from 'vitest'

// Three procedure files and one language's words for each: what a phone asks the server for must not
// depend on the answers.
vi.mock('virtual:catalog/loaders', () => ({
  parts: {
    'procedures/death': '/c/procedures-death',
    'procedures/move-in': '/c/procedures-move-in',
    'procedures/shared': '/c/procedures-shared',
  },
  eventParts: {
    death: ['procedures/death', 'procedures/shared'],
    'move-in': ['procedures/move-in', 'procedures/shared'],
  },
  procedurePart: { shibou: 'procedures/death', tennyu: 'procedures/move-in' },
  packs: {
    en: {
      'procedures/death': '/c/en.death',
      'procedures/move-in': '/c/en.move-in',
      'procedures/shared': '/c/en.shared',
    },
  },
}))

async function requestsFor(
  act: (load: typeof import('../../../src/catalog/load')) => Promise<void>,
): Promise<string[]> {
  vi.resetModules()
  const asked: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      asked.push(url)
      if (url.endsWith('.jgz')) return Promise.resolve(new Response(null, { status: 404 }))
      const body = url.includes('/en.')
        ? []
        : [
            {
              id: url
                .replace(/\.json$/, '')
                .split('-')
                .at(-1),
              title: { ja: 'x' },
            },
          ]
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }))
    }),
  )
  const load = await import('../../../src/catalog/load')
  await load.showLanguages(['en'])
  await act(load)
  // Files are asked for a task apart (src/catalog/load.ts): every ask has been made once several tasks pass with none.
  for (let quiet = 0; quiet < 5; quiet++) {
    const before = asked.length
    await new Promise((resolve) => setTimeout(resolve))
    if (asked.length !== before) quiet = 0
  }
  return asked.filter((u) => u.endsWith('.json'))
}

afterEach(() => vi.unstubAllGlobals())

describe('what the catalog asks the server for', () => {
  it('is the same for a death in the family and for a move, and for any single procedure', async () => {
    const death = await requestsFor((l) => l.loadEvents(['death']))
    const move = await requestsFor((l) => l.loadEvents(['move-in']))
    const page = await requestsFor((l) => l.loadProcedure('tennyu'))
    expect(death).toEqual(move)
    expect(page).toEqual(move)
    expect(death).toEqual(
      expect.arrayContaining([
        '/c/procedures-death.json',
        '/c/procedures-move-in.json',
        '/c/en.death.json',
        '/c/en.shared.json',
      ]),
    )
  })

  it('reads only what the screen needs into the catalog', async () => {
    let loaded: string[] = []
    await requestsFor(async (l) => {
      await l.loadEvents(['move-in'])
      loaded = [...l.loadedProcedures().keys()]
      expect(l.hasEvents(['move-in'])).toBe(true)
      expect(l.hasEvents(['death'])).toBe(false)
    })
    expect(loaded.sort()).toEqual(['in', 'shared'])
  })
})
