import type { Plugin } from 'vite'

import type { buildVersions } from '../versions'

/** version.json lets a running app tell a content update from a code update before it reloads. */
export function versionPlugin(versions: ReturnType<typeof buildVersions>): Plugin {
  return {
    name: 'kita-version',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'version.json', source: JSON.stringify(versions) })
    },
  }
}
