import type { Plugin } from 'vite'

import { contentSecurityPolicy } from '../../../server/security'

/** The server's policy as a meta tag too, for static hosts that send no headers (frame-ancestors needs a header). */
export function cspMetaPlugin(): Plugin {
  const feed = process.env.VITE_WAITS_URL ? new URL(process.env.VITE_WAITS_URL).origin : undefined
  const policy = contentSecurityPolicy(feed)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ')
  return {
    name: 'kita-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  }
}
