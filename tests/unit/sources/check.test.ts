// sources:check against a local fixture server: pages that change, pages that only look different,
// a 404, a redirect, a server that never answers, a host that is not there, and the command's exit codes.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROOT } from '../../../scripts/lib/catalog-files'
import type { DriftReport } from '../../../scripts/lib/sources/compare'
import { fetchPages, USER_AGENT } from '../../../scripts/lib/sources/fetch'
import { parseLock } from '../../../scripts/lib/sources/lock'
import { stopServer } from '../../../server/stop'

const state = { version: 1, goneStatus: 404, inFlight: 0, maxInFlight: 0, headers: [] as IncomingHttpHeaders[] }

/** A page whose text is the same on every request, served with fresh noise each time. */
function noisy(text: string): string {
  const token = randomBytes(16).toString('hex')
  return `<!doctype html><html><head><title>fixture</title><meta name="csrf-token" content="${token}">
${' '.repeat(state.headers.length % 3)}<script>var t=${Date.now()}</script></head><body>
<form><input type="hidden" name="_csrf" value="${token}"></form><p>${text}</p><p>生成 ${new Date().toISOString()}</p></body></html>`
}

let server: Server
let base = ''
let deadHost = ''
let dir = ''

beforeAll(async () => {
  server = createServer((req, res) => {
    state.headers.push(req.headers)
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body)
    }
    if (req.url === '/same') return send(200, noisy('14日以内に届け出てください'))
    if (req.url === '/changes') return send(200, noisy(`改定 第${state.version}版`))
    if (req.url === '/gone') return state.goneStatus === 404 ? send(404, 'not here') : send(200, noisy('戻りました'))
    if (req.url === '/old') return send(301, '', { location: '/new' })
    if (req.url === '/new') return send(200, noisy('移転先のページ'))
    if (req.url?.startsWith('/slow/')) {
      state.inFlight++
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
      setTimeout(() => {
        state.inFlight--
        send(200, noisy('ゆっくり'))
      }, 30)
      return
    }
    if (req.url === '/stall') return // never answers
    send(404, 'no such fixture')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A port that was open a moment ago and is closed now: connection refused, like a host that is down.
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  deadHost = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
  await new Promise((resolve) => closed.close(resolve))
  dir = mkdtempSync(join(tmpdir(), 'sources-check-'))
})

afterAll(async () => {
  await stopServer(server)
  rmSync(dir, { recursive: true, force: true })
})

describe('fetchPages', () => {
  it('says who asks, follows a redirect and reports where it led, and reports a 404 as a failure', async () => {
    const [same, old, gone] = await fetchPages([`${base}/same`, `${base}/old`, `${base}/gone`])
    expect(same).toMatchObject({ ok: true, status: 200, finalUrl: null })
    expect(old).toMatchObject({ ok: true, finalUrl: `${base}/new` })
    expect(gone).toMatchObject({ ok: false, status: 404, reason: 'http', detail: 'HTTP 404' })
    expect(state.headers.at(-1)?.['user-agent']).toBe(USER_AGENT)
  })

  it('gives the same fingerprint to a page served twice with new tokens and times', async () => {
    const [a, b] = await fetchPages([`${base}/same`, `${base}/same`])
    expect(a?.ok && b?.ok && a.sha256 === b.sha256).toBe(true)
  })

  it('keeps to its concurrency', async () => {
    state.maxInFlight = 0
    const results = await fetchPages(
      Array.from({ length: 6 }, (_, i) => `${base}/slow/${i}`),
      { concurrency: 2 },
    )
    expect(results.every((r) => r.ok)).toBe(true)
    expect(state.maxInFlight).toBeGreaterThan(0)
    expect(state.maxInFlight).toBeLessThanOrEqual(2)
  })

  it('gives up on a server that never answers, and on a host that refuses', async () => {
    const [stall, dead] = await fetchPages([`${base}/stall`, `${deadHost}/x`], { timeoutMs: 300 })
    expect(stall).toMatchObject({ ok: false, reason: 'timeout' })
    expect(dead).toMatchObject({ ok: false, reason: 'network', detail: 'ECONNREFUSED' })
  })
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function check(catalogDir: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/sources-check.ts', ...args],
      { cwd: ROOT, env: { ...process.env, CATALOG_DIR: catalogDir } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    )
  })
}

function catalogCiting(name: string, procedures: Record<string, { title: string; urls: string[] }>): string {
  const root = join(dir, name)
  mkdirSync(join(root, 'procedures'), { recursive: true })
  for (const [id, p] of Object.entries(procedures)) {
    const sources = p.urls
      .map(
        (url) => `  - { url: "${url}", title: "page ${url.split('/').pop()}", verified: "2026-11-25", basis: general }`,
      )
      .join('\n')
    writeFileSync(
      join(root, 'procedures', `${id}.yaml`),
      `id: ${id}\ntitle: { ja: "${p.title}" }\nsources:\n${sources}\n`,
    )
  }
  return root
}

describe('npm run sources:check', { timeout: 60_000 }, () => {
  it('lists new pages, records them with --update, then finds what changed and which procedures rest on it', async () => {
    const root = catalogCiting('fixture', {
      'p-one': { title: '第一の手続き', urls: [`${base}/same`, `${base}/old`, `${base}/gone`] },
      'p-two': { title: '第二の手続き', urls: [`${base}/changes`, `${base}/same`] },
    })

    const first = await check(root, '--json', '--update')
    expect(first.code).toBe(1)
    const report = JSON.parse(first.stdout) as DriftReport
    expect(report.counts).toMatchObject({ cited: 4, new: 3, failed: 1 })
    expect(report.pages.find((p) => p.url === `${base}/old`)?.redirectedTo).toBe(`${base}/new`)
    expect(first.stderr).toContain('recorded 3 page(s)')
    const lock = parseLock(readFileSync(join(root, 'sources.lock.yaml'), 'utf8'))
    expect(Object.keys(lock).sort()).toEqual([`${base}/changes`, `${base}/old`, `${base}/same`])
    expect(lock[`${base}/old`]?.redirectedTo).toBe(`${base}/new`)

    state.version = 2
    const second = await check(root)
    expect(second.code).toBe(1)
    expect(second.stdout).toMatch(
      new RegExp(
        `CHANGED +${base}/changes[^\\n]*\\n +the text changed since the review of \\d{4}-\\d{2}-\\d{2}\\n +- p-two 第二の手続き \\(verified 2026-11-25\\)`,
      ),
    )
    expect(second.stdout).toMatch(new RegExp(`FAILED +${base}/gone[^\\n]*\\n +the site answered HTTP 404`))
    expect(second.stdout).not.toContain(`${base}/same`)
    expect(second.stdout).toContain('2 unchanged, 1 changed, 0 new, 1 could not be fetched')

    state.goneStatus = 200
    expect((await check(root, '--update')).code).toBe(1)
    const third = await check(root)
    expect(third.stdout).toContain('Every page reads as it did when it was last reviewed.')
    expect(third.code).toBe(0)
  })

  it('exits 2 and calls nothing unchanged when most pages cannot be reached, and records only what it fetched', async () => {
    const root = catalogCiting('offline', {
      'p-three': { title: '第三の手続き', urls: [`${deadHost}/a`, `${deadHost}/b`, `${base}/same`] },
    })
    const run = await check(root, '--update')
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('Could not check the sources: 2 of 3 pages could not be fetched')
    expect(run.stdout).not.toMatch(/\d+ unchanged|Every page reads/)
    expect(Object.keys(parseLock(readFileSync(join(root, 'sources.lock.yaml'), 'utf8')))).toEqual([`${base}/same`])
  })
})
