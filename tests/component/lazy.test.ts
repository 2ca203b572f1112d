/* eslint-disable vue/one-component-per-file -- small render-function fixtures, one per case */
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { type Component, createSSRApp, defineComponent, h, ref, vModelCheckbox, withDirectives } from 'vue'
import { renderToString } from 'vue/server-renderer'

import { hydratedInTurn, hydratedWhenSeen, lazyComponent, takeOverBeforeLeaving } from '../../src/modules/lazy'
import { earlyChanges, earlyPresses, inTurn } from '../../src/modules/take-over'

const Part = defineComponent({ render: () => h('p', 'loaded') })

describe('a part of a screen loaded later', () => {
  it('is tried again when its code fails to load, and shows once it arrives', async () => {
    vi.useFakeTimers()
    let calls = 0
    const Lazy = lazyComponent(() =>
      ++calls < 3
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve(Part),
    )
    const w = mount(defineComponent({ render: () => h('div', [h(Lazy)]) }))
    for (let i = 0; i < 5; i++) {
      await flushPromises()
      await vi.advanceTimersByTimeAsync(2000)
    }
    expect(calls).toBe(3)
    expect(w.text()).toBe('loaded')
    vi.useRealTimers()
  })

  it('waits for the phone to be back online before trying again', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    let calls = 0
    const Lazy = lazyComponent(() => (++calls < 2 ? Promise.reject(new TypeError('offline')) : Promise.resolve(Part)))
    const w = mount(defineComponent({ render: () => h('div', [h(Lazy)]) }))
    await flushPromises()
    expect(calls).toBe(1)
    online.mockReturnValue(true)
    window.dispatchEvent(new Event('online'))
    await flushPromises()
    await flushPromises()
    expect(calls).toBe(2)
    expect(w.text()).toBe('loaded')
    online.mockRestore()
  })

  it('stays away after a few failed tries rather than break the page', async () => {
    vi.useFakeTimers()
    let calls = 0
    const Lazy = lazyComponent(() => {
      calls += 1
      return Promise.reject(new TypeError('gone'))
    })
    const w = mount(defineComponent({ render: () => h('div', [h('span', 'page'), h(Lazy)]) }), {
      global: { config: { errorHandler: () => undefined } },
    })
    for (let i = 0; i < 10; i++) {
      await flushPromises()
      await vi.advanceTimersByTimeAsync(5000)
    }
    expect(calls).toBe(4)
    expect(w.text()).toBe('page')
    vi.useRealTimers()
  })
})

describe('a part below the first screen of a page drawn on the server', () => {
  /** An IntersectionObserver the test moves: `seen()` says every observed element reached the screen. */
  function fakeObserver() {
    const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = []
    class Observer {
      targets: Element[] = []
      constructor(readonly callback: IntersectionObserverCallback) {
        observers.push(this)
      }
      observe(el: Element) {
        this.targets.push(el)
      }
      disconnect() {
        this.targets = []
      }
      unobserve() {}
      takeRecords() {
        return []
      }
    }
    vi.stubGlobal('IntersectionObserver', Observer)
    return {
      seen: () => {
        for (const o of observers)
          o.callback(
            o.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
            o as unknown as IntersectionObserver,
          )
      },
    }
  }

  /** Pages with counting buttons taken over later (`parts` of them): drawn as the server draws them, then taken over. */
  async function drawnOnServer(
    before: (button: HTMLButtonElement) => void = () => {},
    parts = 1,
    later: (component: Component) => Component = hydratedWhenSeen,
  ) {
    const taken: number[] = []
    const Counter = defineComponent({
      props: { part: { type: Number, required: true } },
      setup(props) {
        taken.push(props.part)
        const n = ref(0)
        return () => h('button', { type: 'button', onClick: () => (n.value += 1) }, `pressed ${n.value}`)
      },
    })
    const Later = later(Counter)
    const Page = defineComponent({
      render: () => h('main', [h('h1', 'result'), ...Array.from({ length: parts }, (_, part) => h(Later, { part }))]),
    })
    const root = document.createElement('div')
    root.innerHTML = await renderToString(createSSRApp(Page))
    taken.splice(0)
    document.body.append(root)
    const button = root.querySelector('button') as HTMLButtonElement
    before(button)
    createSSRApp(Page).mount(root)
    const takenWithThePage = [...taken]
    await flushPromises()
    return { root, button, taken, takenWithThePage }
  }
  const nextTask = () => new Promise((resolve) => setTimeout(resolve))

  it('is taken over when it comes near the screen, a part per task, not in the task that takes the page over', async () => {
    const screen = fakeObserver()
    const problems = vi.spyOn(console, 'error')
    const { root, taken } = await drawnOnServer(undefined, 3)
    expect(taken).toEqual([])
    // Seen: queued, not taken over in the observer's own task.
    screen.seen()
    expect(taken).toEqual([])
    await nextTask()
    expect(taken).toEqual([0])
    await nextTask()
    expect(taken).toEqual([0, 1])
    await nextTask()
    expect(taken).toEqual([0, 1, 2])
    const button = root.querySelectorAll('button')[2] as HTMLButtonElement
    button.click()
    await flushPromises()
    expect(button.textContent).toBe('pressed 1')
    expect(problems).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
    root.remove()
  })

  it('is taken over by a press before its turn, and the press reaches it', async () => {
    fakeObserver()
    const { root, button, taken } = await drawnOnServer()
    button.click()
    await flushPromises()
    expect(taken).toEqual([0])
    expect(root.querySelector('button')?.textContent).toBe('pressed 1')
    vi.unstubAllGlobals()
    root.remove()
  })

  it('is taken over at once when it holds something pressed before the app ran, seen or not', async () => {
    fakeObserver()
    const { root, taken } = await drawnOnServer((el) => earlyPresses.push(el))
    earlyPresses.splice(0)
    expect(taken).toEqual([0])
    root.remove()
    vi.unstubAllGlobals()
  })

  it('a box ticked before the app ran, in a part inside a part, is taken over at once and stays ticked', async () => {
    fakeObserver()
    const Row = hydratedInTurn(
      defineComponent({
        setup() {
          const chosen = ref<string[]>([])
          return () =>
            h('label', [
              withDirectives(
                h('input', {
                  type: 'checkbox',
                  value: 'birth',
                  'onUpdate:modelValue': (v: string[]) => (chosen.value = v),
                }),
                [[vModelCheckbox, chosen.value]],
              ),
              'birth',
            ])
        },
      }),
    )
    const List = hydratedWhenSeen(defineComponent({ render: () => h('fieldset', [h(Row)]) }))
    const Page = defineComponent({ render: () => h('main', [h(hydratedInTurn(List))]) })
    const root = document.createElement('div')
    root.innerHTML = await renderToString(createSSRApp(Page))
    document.body.append(root)
    const box = root.querySelector('input') as HTMLInputElement
    box.checked = true
    earlyChanges.set(box, { checked: true, value: box.value })
    createSSRApp(Page).mount(root)
    await flushPromises()
    expect(box.isConnected).toBe(true)
    expect(box.checked).toBe(true)
    earlyChanges.clear()
    vi.unstubAllGlobals()
    root.remove()
  })

  it('taken over in turn, it needs no sight of the screen: a part per task, after the task that took the page over', async () => {
    fakeObserver()
    const { root, taken, takenWithThePage } = await drawnOnServer(undefined, 3, hydratedInTurn)
    expect(takenWithThePage).toEqual([])
    const counts = [taken.length]
    for (let i = 0; i < 4; i++) {
      await nextTask()
      counts.push(taken.length)
    }
    expect(taken).toEqual([0, 1, 2])
    expect(counts.slice(1).map((n, i) => n - (counts[i] ?? 0))).not.toContain(2)
    vi.unstubAllGlobals()
    root.remove()
  })

  it('taken over in turn, a part pressed before its turn is taken over by the press', async () => {
    fakeObserver()
    const { root, taken } = await drawnOnServer(
      (button) => {
        // Pressed in the task that takes the page over, before any part's turn.
        queueMicrotask(() => button.parentElement?.querySelectorAll('button')[1]?.click())
      },
      2,
      hydratedInTurn,
    )
    expect(taken[0]).toBe(1)
    expect(root.querySelectorAll('button')[1]?.textContent).toBe('pressed 1')
    await nextTask()
    await nextTask()
    expect(taken).toEqual([1, 0])
    vi.unstubAllGlobals()
    root.remove()
  })

  it('before the app leaves the address, the parts still waiting are taken over: all if the page stays, else those that stay', async () => {
    fakeObserver()
    const staying = (part: Component) => hydratedWhenSeen(part, { staysAcrossPages: true })
    const kept = await drawnOnServer(undefined, 1, staying)
    const others = await drawnOnServer(undefined, 2)
    expect([kept.taken, others.taken]).toEqual([[], []])
    takeOverBeforeLeaving('staying')
    expect([kept.taken, others.taken]).toEqual([[0], []])
    takeOverBeforeLeaving('all')
    expect([kept.taken, others.taken]).toEqual([[0], [0, 1]])
    // Each part once, and the parts inside a part taken over as well.
    takeOverBeforeLeaving('all')
    expect([kept.taken, others.taken]).toEqual([[0], [0, 1]])
    vi.unstubAllGlobals()
    kept.root.remove()
    others.root.remove()
  })

  it('taking over before leaving takes the parts inside a part over too', async () => {
    fakeObserver()
    const taken: string[] = []
    const Inner = hydratedInTurn(
      defineComponent({
        setup: () => {
          taken.push('inner')
          return () => h('span', 'inner')
        },
      }),
    )
    const Outer = hydratedWhenSeen(
      defineComponent({
        setup: () => {
          taken.push('outer')
          return () => h('section', [h(Inner)])
        },
      }),
    )
    const Page = defineComponent({ render: () => h('main', [h(Outer)]) })
    const root = document.createElement('div')
    root.innerHTML = await renderToString(createSSRApp(Page))
    taken.splice(0)
    document.body.append(root)
    createSSRApp(Page).mount(root)
    await flushPromises()
    takeOverBeforeLeaving('all')
    expect(taken).toEqual(['outer', 'inner'])
    vi.unstubAllGlobals()
    root.remove()
  })

  it('what waits for the last turn runs after every part queued, even those queued after it', async () => {
    const ran: string[] = []
    inTurn(() => ran.push('last'), { last: true })
    inTurn(() => ran.push('part'))
    for (let i = 0; i < 3; i++) await nextTask()
    expect(ran).toEqual(['part', 'last'])
  })

  it('drawn by the app itself (not from the server), it draws at once', async () => {
    const w = mount(defineComponent({ render: () => h('div', [h(hydratedWhenSeen(Part)), h(hydratedInTurn(Part))]) }))
    await flushPromises()
    expect(w.text()).toBe('loadedloaded')
  })
})
