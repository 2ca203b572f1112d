// Offices: opening hours that make sense.
import type { CheckContext } from './context'

export function checkOffices(ctx: CheckContext): void {
  for (const { file, path, item } of ctx.offices) {
    item.hours.forEach((h, i) => {
      if (h.open >= h.close) ctx.fail(file, `${path}.hours[${i}]`, `opens at ${h.open} but closes at ${h.close}`)
    })
    item.extra?.forEach((x, i) => {
      if (x.pattern === 'nth-weekday' && (!x.weekday || !x.nth))
        ctx.fail(file, `${path}.extra[${i}]`, 'an nth-weekday opening needs "weekday" and "nth"')
      if (x.open >= x.close) ctx.fail(file, `${path}.extra[${i}]`, `opens at ${x.open} but closes at ${x.close}`)
    })
  }
}
