// Reads the catalog's data files from disk and validates them. Node only: the app gets the result
// compiled into its bundle by the Vite plugin in vite.config.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'

import { parse, YAMLParseError } from 'yaml'

import {
  type CatalogError,
  type CatalogFile,
  type FileKind,
  validateCatalog,
  type Validation,
} from '../../src/catalog/validate'

export const ROOT = resolve(import.meta.dirname, '../..')
/** The catalog folder; CATALOG_DIR points the build and the tools at another one (e.g. a fixture). */
export const CATALOG_DIR = process.env.CATALOG_DIR ? resolve(process.env.CATALOG_DIR) : join(ROOT, 'catalog')

const SINGLE_FILES: [string, FileKind][] = [
  ['offices.yaml', 'offices'],
  ['events.yaml', 'events'],
  ['questions.yaml', 'questions'],
  ['documents.yaml', 'documents'],
  ['services.yaml', 'services'],
  ['allowed-hosts.yaml', 'hosts'],
]

/** The years the ward calendar covers; deadlines past these fall back to weekends and 12/29–1/3 only. */
export const HOLIDAY_YEARS = { from: 2020, to: 2040 }

export function holidayList(): string[] {
  const require = createRequire(import.meta.url)
  const lib = require('@holiday-jp/holiday_jp') as { between(a: Date, b: Date): { date: Date }[] }
  return lib.between(new Date(`${HOLIDAY_YEARS.from}-01-01`), new Date(`${HOLIDAY_YEARS.to}-12-31`)).map((h) => {
    const d = h.date
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })
}

export function readCatalogFiles(dir = CATALOG_DIR): { files: CatalogFile[]; errors: CatalogError[] } {
  const files: CatalogFile[] = []
  const errors: CatalogError[] = []
  const read = (path: string, kind: FileKind) => {
    const file = relative(ROOT, path) || path
    if (!existsSync(path)) {
      errors.push({ file, path: '', message: 'file is missing' })
      return
    }
    try {
      files.push({ file, kind, data: parse(readFileSync(path, 'utf8')) })
    } catch (e) {
      const where = e instanceof YAMLParseError && e.linePos ? `line ${e.linePos[0].line}` : ''
      errors.push({ file, path: where, message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` })
    }
  }
  for (const [name, kind] of SINGLE_FILES) read(join(dir, name), kind)
  // Documents may also be split by theme into catalog/documents/*.yaml; procedures are one file each.
  const each = (sub: string, kind: FileKind) => {
    const folder = join(dir, sub)
    if (!existsSync(folder)) return
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.yaml'))
      .sort())
      read(join(folder, name), kind)
  }
  each('documents', 'documents')
  each('procedures', 'procedure')
  return { files, errors }
}

export function loadCatalog(dir = CATALOG_DIR): Validation {
  const { files, errors } = readCatalogFiles(dir)
  const result = validateCatalog(files, holidayList())
  return errors.length ? { catalog: null, errors: [...errors, ...result.errors] } : result
}
