import { execFileSync } from 'node:child_process'

/**
 * Builds the app as `npm start` does. Vitest runs with NODE_ENV=test, which a child build would inherit
 * and take for a development build (import.meta.env.PROD false: no service worker registered before the
 * app starts); the build gets the production environment it has on a resident's server.
 */
export function buildApp({ outDir, label, quick }: { outDir?: string; label?: string; quick?: boolean } = {}) {
  const args = ['vite', 'build', '--configLoader', 'runner', '--logLevel', outDir ? 'error' : 'warn']
  if (outDir) args.push('--outDir', outDir, '--emptyOutDir')
  execFileSync('npx', args, {
    stdio: outDir ? 'pipe' : 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ...(label ? { VITE_BUILD_LABEL: label } : {}),
      // Without the prerendered pages and compressed copies (vite.config.ts): a version only served, never shipped.
      ...(quick ? { NAVI_QUICK_BUILD: '1' } : {}),
    },
  })
}
