import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { contractExample } from './fixtures'

const ROOT = resolve(import.meta.dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'waits-check-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function check(name: string, content?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(dir, name)
  if (content !== undefined) writeFileSync(file, content)
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/waits-check.ts', file],
      { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT } },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code) : 0, stdout, stderr })
      },
    )
  })
}

describe('npm run waits:check', () => {
  it('answers for valid, partly valid, invalid and unreadable files', async () => {
    const partly = contractExample()
    partly.offices[0]!.counters[1]!.waiting = 1000
    const [valid, dropped, invalid, notJson, missing] = await Promise.all([
      check('valid.json', JSON.stringify({ ...contractExample(), generatedAt: '2020-01-01T00:00:00Z' })),
      check('dropped.json', JSON.stringify({ ...partly, generatedAt: '2020-01-01T00:00:00Z' })),
      check('invalid.json', JSON.stringify({ version: 2 })),
      check('not-json.json', '{"version": 1,'),
      check('missing.json'),
    ])
    expect(valid).toMatchObject({ code: 0 })
    expect(JSON.parse(valid.stdout)).toEqual({ valid: true, errors: [] })
    expect(dropped.code).toBe(0)
    expect(JSON.parse(dropped.stdout)).toEqual({
      valid: true,
      errors: ['offices[0].counters[1].waiting: must be 0–999'],
    })
    expect(invalid.code).toBe(1)
    expect(JSON.parse(invalid.stdout)).toMatchObject({ valid: false })
    expect(notJson.code).toBe(1)
    expect((JSON.parse(notJson.stdout) as { errors: string[] }).errors[0]).toMatch(/^document: not JSON/)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read')
  }, 60_000)
})
