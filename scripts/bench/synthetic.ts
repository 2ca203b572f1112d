// A large catalog for scaling measurements: the real procedures plus clones with new ids, other
// triggers and rules, and titles varied with the words real procedure titles are made of, so that a
// 1,700-procedure catalog is as hard for the navigator and the search as a real one would be.
import type { Catalog, Procedure, Rule } from '../../src/catalog/schema'
import { prng, type Random } from '../../tests/helpers/prng'

export { prng }

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T

const QUALIFIERS = [
  ['再交付', 'reissue'],
  ['変更', 'change'],
  ['申請', 'application'],
  ['証明書', 'certificate'],
  ['相談', 'consultation'],
  ['助成', 'subsidy'],
  ['登録', 'registration'],
  ['廃止', 'cancellation'],
  ['届出', 'notification'],
  ['更新', 'renewal'],
  ['減免', 'reduction'],
  ['還付', 'refund'],
  ['給付', 'benefit'],
  ['認定', 'certification'],
  ['貸付', 'loan'],
  ['講習', 'course'],
  ['予約', 'booking'],
  ['交付', 'issue'],
  ['継続', 'continuation'],
  ['免除', 'exemption'],
] as const

function randomRule(r: Random, catalog: Catalog): Rule | undefined {
  const single = catalog.questions.filter((q) => q.kind === 'single' && q.options?.length)
  const is = (): Rule => {
    const q = pick(r, single)
    return { is: { [q.id]: [pick(r, q.options ?? []).value] } }
  }
  const age = (): Rule => {
    const min = Math.floor(r() * 70)
    return r() < 0.5 ? { age: { min } } : { age: { min, max: min + 5 + Math.floor(r() * 30) } }
  }
  switch (Math.floor(r() * 6)) {
    case 0:
      return undefined
    case 1:
      return is()
    case 2:
      return age()
    case 3:
      return { all: [is(), age()] }
    case 4:
      return { any: [is(), is()] }
    default:
      return { not: is() }
  }
}

/** How many made-up life events the clones are spread over (the plan's 1,700 procedures serve many situations). */
const SCALE_EVENTS = 40

/**
 * The clones answer life events of their own, which no resident in the bench chooses: a result then
 * lists as much as it does with the real catalog, and the navigator's time says what 1,700
 * procedures in the catalog cost, not what a twenty-times longer result costs.
 */
export function syntheticCatalog(real: Catalog, procedures: number, seed = 1700): Catalog {
  const r = prng(seed)
  const scaleEvents = Array.from({ length: SCALE_EVENTS }, (_, i) => ({
    id: `scale-${String(i + 1).padStart(2, '0')}`,
    title: { ja: `出来事${i + 1}` },
    summary: { ja: `出来事${i + 1}` },
  }))
  const events = scaleEvents.map((e) => e.id)
  const clones: Procedure[] = []
  for (let i = real.procedures.length; i < procedures; i++) {
    const base = pick(r, real.procedures)
    const [ja, en] = pick(r, QUALIFIERS)
    const copy = structuredClone(base)
    copy.id = `${base.id}-s${i}`
    copy.title = {
      ...copy.title,
      ja: `${base.title.ja}の${ja}`,
      ...(copy.title.en ? { en: `${copy.title.en}: ${en}` } : {}),
    }
    copy.triggers = Array.from({ length: 1 + Math.floor(r() * 2) }, () => {
      const when = randomRule(r, real)
      return { ...pick(r, base.triggers), event: pick(r, events), ...(when ? { when } : {}) }
    })
    // Later procedures may follow earlier ones, as real ones follow 転入届; never a cycle.
    copy.after = r() < 0.3 ? [pick(r, [...real.procedures, ...clones]).id] : []
    clones.push(copy)
  }
  return { ...real, events: [...real.events, ...scaleEvents], procedures: [...real.procedures, ...clones] }
}
