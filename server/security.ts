// Headers sent with every response. The same policy is in index.html as a meta tag (minus
// frame-ancestors, which only a header can carry), so a static host without these headers still gets it.
export function contentSecurityPolicy(feedOrigin?: string): string {
  const connect = ["'self'", ...(feedOrigin ? [feedOrigin] : [])].join(' ')
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export function securityHeaders(feedOrigin?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(feedOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}
