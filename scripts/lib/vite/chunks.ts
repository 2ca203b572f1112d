// How the browser build cuts the app into files. Left to itself the bundler makes a file of every
// group of modules shared by a different set of routes: the app's start alone came in 20 files, and a
// slow phone spent 50–100 ms of the first touch only inserting the 20 `modulepreload` links for them
// (decision 0022). What always loads together is one file here.
import { basename, resolve } from 'node:path'

/** The parts of rolldown's ModuleInfo and chunking context used here. */
interface Context {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null
}

/** Every module `entry` imports statically, itself included: what runs whenever it runs. */
function staticGraph(ctx: Context, entry: string): Set<string> {
  const seen = new Set<string>()
  const queue = [entry]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

/** The files every page's start, or several pages, share; each page's own file is named after it. */
export const SHARED = ['vue', 'runtime', 'start', 'pages'] as const

/**
 * Three files beside the first script (src/main.ts, which stays tiny): Vue, the libraries on it
 * (src/modules/runtime.ts and all it imports) and the app's start (src/start.ts and all it imports). All
 * load at the first touch on every page, so putting a module there never makes a page download more.
 * Then a file per page (a route's component and what only it imports) and one for what several pages
 * share: a page comes in at most two files more. What a page loads later (a dynamic import) is left to
 * the bundler.
 */
export function codeSplitting(root: string) {
  const file = (path: string) => resolve(root, path)
  let chunkOf: Map<string, string> | undefined
  const plan = (ctx: Context) => {
    const first = staticGraph(ctx, file('src/main.ts'))
    const runtime = [...staticGraph(ctx, file('src/modules/runtime.ts'))].filter((id) => !first.has(id))
    const start = [...staticGraph(ctx, file('src/start.ts'))].filter((id) => !first.has(id))
    const map = new Map<string, string>()
    for (const id of start) map.set(id, 'start')
    // A library module the app's own code also imports goes with the libraries; Vue itself in a file of its own.
    for (const id of runtime) map.set(id, /node_modules\/(@vue|vue)\//.test(id) ? 'vue' : 'runtime')
    const pages = (ctx.getModuleInfo(file('src/modules/router.ts'))?.dynamicallyImportedIds ?? []).filter((id) =>
      id.startsWith(file('src/pages/')),
    )
    const pagesOf = new Map<string, string[]>()
    for (const page of pages)
      for (const id of staticGraph(ctx, page))
        if (!first.has(id) && !map.has(id)) pagesOf.set(id, [...(pagesOf.get(id) ?? []), page])
    for (const [id, [page, ...others]] of pagesOf)
      map.set(id, others.length ? 'pages' : basename(page!).replace(/\.vue$/, ''))
    return map
  }
  const chunk = (id: string, ctx: Context) => (chunkOf ??= plan(ctx)).get(id)
  // A group takes exactly the modules planned for it, not (the bundler's default) all they import too: the
  // first script's modules would go with the start, and the first script would then import all of it.
  const group = (name: string, priority: number) => ({
    name: (id: string, ctx: Context) => (chunk(id, ctx) === name ? name : null),
    priority,
    includeDependenciesRecursively: false,
  })
  return {
    // Earlier groups first: a module goes to the first group that names it.
    groups: [
      ...SHARED.map((name, i) => group(name, SHARED.length + 1 - i)),
      {
        name: (id: string, ctx: Context) => {
          const name = chunk(id, ctx)
          return name && !(SHARED as readonly string[]).includes(name) ? name : null
        },
        priority: 1,
        includeDependenciesRecursively: false,
      },
    ],
  }
}
