// A value from a damaged link, made safe to show: invisible and direction-changing characters are
// written out ([U+200B]) so the resident sees that something is there, and long values are cut.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu

export function visibleValue(value: string, max = 40): string {
  const shown = value.replace(INVISIBLE, (c) => `[U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}]`)
  return shown.length > max ? `${shown.slice(0, max)}…` : shown
}
