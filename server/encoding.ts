// Which precompressed copy a request may get. Parsed properly rather than by substring, so that
// "br;q=0" (a client that cannot decode brotli) is honoured.
export type Encoding = 'br' | 'gzip'

/** The encodings `Accept-Encoding` allows, best first (brotli is the smaller); none means identity. */
export function acceptedEncodings(header: string | string[] | undefined): Encoding[] {
  const weights = new Map<string, number>()
  for (const item of String(header ?? '').split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    weights.set(name === 'x-gzip' ? 'gzip' : name, q ? Number(q.slice(2)) || 0 : 1)
  }
  const any = weights.get('*') ?? 0
  return (['br', 'gzip'] as const).filter((e) => (weights.get(e) ?? any) > 0)
}
