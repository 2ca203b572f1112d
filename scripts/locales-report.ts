// npm run --silent locales:report [-- --json]: how complete each language is, and its review status,
// for translators who maintain locales/ without reading code.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import { checkLocale, type Messages } from '../src/i18n/locale-check'
import { LOCALES, SOURCE_LOCALE } from '../src/i18n/registry'
import { ROOT } from './lib/catalog-files'

const dir = join(ROOT, 'locales')
const read = (code: string) => JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8')) as Messages
const status = (parse(readFileSync(join(dir, 'status.yaml'), 'utf8')) ?? {}) as Record<
  string,
  { review?: string; reviewer?: string; note?: string }
>
const source = read(SOURCE_LOCALE)

const rows = LOCALES.map(({ code, name }) => {
  if (!existsSync(join(dir, `${code}.json`))) return { code, name, exists: false, percent: 0 }
  const check = checkLocale(source, read(code), { furigana: code === 'ja-easy' })
  return {
    code,
    name,
    exists: true,
    percent: Math.floor((check.translated / check.total) * 100),
    ...check,
    review: status[code]?.review ?? 'not reviewed',
    reviewer: status[code]?.reviewer ?? null,
    note: status[code]?.note ?? null,
  }
})

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
} else {
  for (const r of rows) {
    if (!r.exists) {
      console.log(`${r.code.padEnd(8)} ${r.name.padEnd(12)} no file`)
      continue
    }
    const problems = ['missing', 'extra', 'placeholderMismatch', 'syntax', 'kanjiWithoutReading']
      .map((k) => [k, (r as unknown as Record<string, string[]>)[k] ?? []] as const)
      .filter(([, list]) => list.length)
      .map(([k, list]) => `${k}: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ` (+${list.length - 5})` : ''}`)
    console.log(
      `${r.code.padEnd(8)} ${String(r.percent).padStart(3)}%  review: ${'review' in r ? r.review : ''}${problems.length ? `\n         ${problems.join('\n         ')}` : ''}`,
    )
  }
}
const broken = rows.some(
  (r) => 'placeholderMismatch' in r && (r.placeholderMismatch.length || r.syntax.length || r.extra.length),
)
process.exit(broken ? 1 : 0)
