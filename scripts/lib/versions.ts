// Two fingerprints of a build: the catalog (content) and everything else (code), so the update
// prompt can say "手続きの情報が新しくなりました" rather than "アプリが新しくなりました" when only content changed.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

import { CATALOG_DIR, ROOT } from './catalog-files'

export interface BuildVersions {
  content: string
  code: string
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : [path]
    })
}

function fingerprint(paths: string[]): string {
  const hash = createHash('sha256')
  for (const path of paths) hash.update(relative(ROOT, path)).update(readFileSync(path))
  return hash.digest('hex').slice(0, 12)
}

export function buildVersions(): BuildVersions {
  // VITE_BUILD_LABEL marks a build as different without touching the code (the update test uses it).
  const label = process.env.VITE_BUILD_LABEL ? `-${process.env.VITE_BUILD_LABEL}` : ''
  return {
    content: fingerprint(files(CATALOG_DIR)),
    code:
      fingerprint([
        ...files(join(ROOT, 'src')),
        ...files(join(ROOT, 'locales')),
        join(ROOT, 'index.html'),
        join(ROOT, 'package-lock.json'),
      ]) + label,
  }
}
