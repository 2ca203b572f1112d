// What arrives after the first screen: the procedures, and the words of the reader's language for
// them. Each file is fetched once; everything fetched stays for the visit (and in the service worker's
// cache for the next one). The answers never choose what is fetched: the first time any procedure is
// wanted, every procedure file (and its words) is asked for, in one fixed order, so the server cannot
// tell a death in the family from a move by the files a phone asks for (docs/decisions/0014). Only the
// parts the screen needs are read into the catalog at once; the others wait in memory until wanted.
import { eventParts, packs, parts, procedurePart } from 'virtual:catalog/loaders'

import { nextTask } from '../modules/take-over'
import type { Procedure } from './schema'
import type { Pack } from './split'
import { addPack, hasPack, registeredParts, registerPart } from './text-packs'

/**
 * Settles in a task of its own, after every file asked for before: a slow phone spends a few milliseconds on each
 * `fetch()`, and the dozen files asked for at once were one long task. The order they are asked in is kept.
 */
let lastAsked: Promise<void> = Promise.resolve()
function askedInOrder(): Promise<void> {
  lastAsked = lastAsked.then(nextTask)
  return lastAsked
}

/**
 * A data file of the catalog. Its gzip is what the service worker keeps (a fifth of the bytes, so
 * every language fits offline) and the browser unzips it; a browser that cannot gets the JSON.
 */
async function fetchData(url: string): Promise<unknown> {
  await askedInOrder()
  if (typeof DecompressionStream === 'function') {
    const zipped = await fetch(`${url}.jgz`)
    if (zipped.ok && zipped.body)
      return (await new Response(zipped.body.pipeThrough(new DecompressionStream('gzip'))).json()) as unknown
  }
  const plain = await fetch(`${url}.json`)
  if (!plain.ok) throw new Error(`${url}: HTTP ${plain.status}`)
  return (await plain.json()) as unknown
}

/** How a data file is read: fetched in the browser, read from the built files on the server. */
export type DataReader = (url: string) => Promise<unknown>
let readData: DataReader = fetchData

/** The server's render reads the built app's files instead of fetching them (server/render.ts). */
export function readCatalogDataWith(reader: DataReader): void {
  readData = reader
}

const procedures = new Map<string, Procedure>()
const arrived = new Set<string>()
const fetching = new Map<string, Promise<Procedure[]>>()
/** Set once every procedure file has been asked for: from then on, every language's words for them too. */
let everyPart = false
const loadingParts = new Map<string, Promise<void>>()
const loadingPacks = new Map<string, Promise<void>>()
/** The languages whose words are shown now besides Japanese, in the order they are looked up. */
let languages: readonly string[] = []
let version = 0
const listeners = new Set<() => void>()

/** Counts up each time procedures arrive: a result computed before must be computed again. */
export function catalogVersion(): number {
  return version
}

export function onCatalogChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function loadedProcedures(): ReadonlyMap<string, Procedure> {
  return procedures
}

function loadPack(language: string, part: string): Promise<void> {
  const url = packs[language]?.[part]
  if (!url || hasPack(language, part)) return Promise.resolve()
  const key = `${language}/${part}`
  let pending = loadingPacks.get(key)
  if (!pending) {
    pending = readData(url).then((pack) => addPack(language, part, pack as Pack))
    // A failed fetch (offline, before the pack was ever cached) is tried again next time.
    pending.catch(() => loadingPacks.delete(key))
    loadingPacks.set(key, pending)
  }
  return pending
}

function fetchPart(part: string, url: string): Promise<Procedure[]> {
  let pending = fetching.get(part)
  if (!pending) {
    pending = readData(url) as Promise<Procedure[]>
    pending.catch(() => fetching.delete(part))
    fetching.set(part, pending)
  }
  return pending
}

/** Asks for every procedure file and its words in the current languages, whatever the answers. */
function fetchEveryPart(): void {
  everyPart = true
  for (const [part, url] of Object.entries(parts)) {
    fetchPart(part, url).catch(() => undefined)
    for (const language of languages) loadPack(language, part).catch(() => undefined)
  }
}

function loadPart(part: string): Promise<void> {
  let pending = loadingParts.get(part)
  if (!pending) {
    const url = parts[part]
    if (!url) return Promise.resolve()
    pending = fetchPart(part, url).then((list) => {
      registerPart(part, list)
      for (const p of list) procedures.set(p.id, p)
      arrived.add(part)
      version += 1
      for (const listener of listeners) listener()
    })
    pending.catch(() => loadingParts.delete(part))
    loadingParts.set(part, pending)
  }
  return pending.then(() => Promise.all(languages.map((l) => loadPack(l, part)))).then(() => undefined)
}

/** The procedures any of these events can bring, with their words in the reader's language. */
export function loadEvents(events: readonly string[]): Promise<void> {
  fetchEveryPart()
  const needed = [...new Set(events.flatMap((e) => eventParts[e] ?? []))]
  return Promise.all(needed.map(loadPart)).then(() => undefined)
}

/** Whether the procedures of these events (or this procedure) are here already. */
export function hasEvents(events: readonly string[]): boolean {
  return events.every((e) => (eventParts[e] ?? []).every((p) => arrived.has(p)))
}
export function hasProcedure(id: string): boolean {
  const part = procedurePart[id]
  return !part || arrived.has(part)
}

/** One procedure (for its own page); resolves even when the id is unknown. */
export function loadProcedure(id: string): Promise<void> {
  fetchEveryPart()
  const part = procedurePart[id]
  return part ? loadPart(part) : Promise.resolve()
}

/** Every procedure, for search. */
export function loadAllProcedures(): Promise<void> {
  return Promise.all(Object.keys(parts).map(loadPart)).then(() => undefined)
}

/**
 * Shows these languages' words from now on: fetches their packs for every part on screen so far
 * (parts that arrive later bring theirs along).
 */
export function showLanguages(codes: readonly string[]): Promise<void> {
  languages = codes.filter((c) => c !== 'ja')
  return ensureWords()
}

/** A part's words in many languages at once (search reads every language's names). */
export function loadPacks(part: string, codes: readonly string[]): Promise<void> {
  return Promise.all(codes.filter((c) => c !== 'ja').map((c) => loadPack(c, part))).then(() => undefined)
}

/** The packs of the current languages for every part imported so far. */
export function ensureWords(): Promise<void> {
  const wanted = new Set([...registeredParts(), ...(everyPart ? Object.keys(parts) : [])])
  return Promise.all(languages.flatMap((l) => [...wanted].map((part) => loadPack(l, part)))).then(() => undefined)
}
