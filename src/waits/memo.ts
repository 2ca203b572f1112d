// Forecasts depend only on the office, the dates and the (fixed) catalog, yet several components ask
// for the same one on every render: compute each once per page.
const cache = new Map<string, unknown>()
const LIMIT = 500

export function memo<T>(key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T
  const value = compute()
  if (cache.size >= LIMIT) cache.clear()
  cache.set(key, value)
  return value
}
