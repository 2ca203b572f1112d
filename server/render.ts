// A result drawn on the server, for each request: the answers are in its address, so the phone gets
// the whole list as HTML — readable at once, before (and without) any script — and the app takes it
// over at the resident's first touch (src/main.ts). Drawn by the app's own components, built for Node
// by the build (scripts/prerender.ts) into dist/.ssr/; the catalog's files are read from the built app.
// Anything that cannot be drawn here (a busy server, a build without it, an error) gets the empty shell,
// and the phone draws it as before: a resident never waits on this.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

import type { Rendered } from '../src/entry-server'
import { tokyoTime } from '../src/waits/tokyo'
import type { DrawnPage } from './app-page'
import { fill } from './page-html'

/** Where the build keeps the app built for Node, inside dist (a dot folder: never served, never precached). */
export const SERVER_DIR = '.ssr'

/**
 * Whether the server draws this address: a result with answers, in Japanese (another language's words
 * are fetched by the phone; its page starts from the shell, as before). `url` is the request's path and query.
 */
export function drawnOnServer(url: string): boolean {
  const { pathname, search, searchParams } = new URL(url, 'http://server.invalid')
  return pathname === '/result' && search.length > 1 && searchParams.getAll('lang').every((code) => code === 'ja')
}

/** The page for an address, or null when the shell must do. */
export type ResultRenderer = (address: string) => Promise<DrawnPage | null>

/** Pages kept, by day and address: the same link opened again (a reload, a shared link) is not drawn twice. */
const KEPT = 200
/** Pages drawn at once; beyond that a request gets the shell (the phone draws it) rather than a queue. */
const AT_ONCE = 4

/**
 * The drawing runs in a thread of its own: a page is tens of milliseconds of work that would otherwise
 * hold up every other request, and the thread loads the built app with Node's own module loader
 * (whatever loader runs the server, tsx or a test runner). A plain script, so it needs no build step.
 */
const DRAWER = `
const { parentPort, workerData } = require('node:worker_threads')
const { readFile } = require('node:fs/promises')
const { join } = require('node:path')
const { pathToFileURL } = require('node:url')
const app = import(pathToFileURL(workerData.entry).href).then((m) => {
  m.readCatalogDataWith((url) => readFile(join(workerData.dist, url + '.json'), 'utf8').then(JSON.parse))
  return m
})
parentPort.on('message', ({ id, address }) => {
  app
    .then((m) => m.render(address))
    .then(
      (page) => parentPort.postMessage({ id, page }),
      (error) => parentPort.postMessage({ id, error: String((error && error.stack) || error) }),
    )
})
`

type Reply = { id: number; page: Rendered } | { id: number; error: string }

/** A page takes longer than this only when something is wrong: the shell is served instead. */
const PATIENCE_MS = 5_000

function drawer(dist: string, entry: string) {
  let worker: Worker | undefined
  let next = 0
  const waiting = new Map<number, (reply: Reply) => void>()
  const start = () => {
    const thread = new Worker(DRAWER, { eval: true, workerData: { dist, entry }, execArgv: [] })
    thread.on('message', (reply: Reply) => {
      waiting.get(reply.id)?.(reply)
      waiting.delete(reply.id)
    })
    // A thread that dies answers everything it was asked with an error; the next request starts another.
    const fail = (error: unknown) => {
      if (worker === thread) worker = undefined
      for (const [id, answer] of waiting) answer({ id, error: String(error) })
      waiting.clear()
    }
    thread.on('error', fail)
    thread.on('exit', (code) => fail(new Error(`the drawing thread stopped (exit ${code})`)))
    // The server may stop while the thread is idle.
    thread.unref()
    return thread
  }
  return (address: string) =>
    new Promise<Rendered>((resolve, reject) => {
      const id = (next += 1)
      const timer = setTimeout(() => {
        waiting.delete(id)
        reject(new Error(`no page after ${PATIENCE_MS} ms`))
      }, PATIENCE_MS)
      timer.unref()
      waiting.set(id, (reply) => {
        clearTimeout(timer)
        if ('page' in reply) resolve(reply.page)
        else reject(new Error(reply.error))
      })
      ;(worker ??= start()).postMessage({ id, address })
    })
}

export function resultRenderer(dist: string): ResultRenderer | null {
  const dir = join(dist, SERVER_DIR)
  const entry = join(dir, 'entry-server.js')
  const templateFile = join(dir, 'template.html')
  if (!existsSync(entry) || !existsSync(templateFile)) return null
  const template = readFileSync(templateFile, 'utf8')
  const draw = drawer(dist, entry)
  const kept = new Map<string, DrawnPage>()
  // The same address asked for again while it is being drawn (a burst of one shared link) waits for that drawing.
  const underway = new Map<string, Promise<DrawnPage | null>>()
  let reported = false
  const drawNew = async (key: string, address: string, today: string): Promise<DrawnPage | null> => {
    try {
      const drawn: DrawnPage = { html: fill(template, await draw(address), { address, today }) }
      kept.set(key, drawn)
      if (kept.size > KEPT) kept.delete(kept.keys().next().value as string)
      return drawn
    } catch (error) {
      if (!reported) console.error(`Drawing ${address} on the server failed; the shell is served instead:`, error)
      reported = true
      return null
    } finally {
      underway.delete(key)
    }
  }
  return (address) => {
    // A result's words depend on the day (deadlines told apart from today): drawn for the ward's date.
    const today = tokyoTime(Date.now()).date
    const key = `${today} ${address}`
    const page = kept.get(key)
    if (page !== undefined) {
      kept.delete(key)
      kept.set(key, page)
      return Promise.resolve(page)
    }
    const pending = underway.get(key)
    if (pending) return pending
    if (underway.size >= AT_ONCE) return Promise.resolve(null)
    const drawing = drawNew(key, address, today)
    underway.set(key, drawing)
    return drawing
  }
}
