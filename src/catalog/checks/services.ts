// The plan's services: offered for known events, on rules that can be evaluated.
import type { CheckContext } from './context'
import { checkRule } from './rules'

export function checkServices(ctx: CheckContext): void {
  for (const { file, path, item } of ctx.services) {
    item.offer?.events?.forEach((e, i) => {
      if (!ctx.eventIds.has(e)) ctx.fail(file, `${path}.offer.events[${i}]`, `unknown life event "${e}"`)
    })
    checkRule(ctx, item.offer?.when, file, `${path}.offer.when`)
  }
}
