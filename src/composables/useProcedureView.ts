import { computed, type Ref } from 'vue'

import type { Answers } from '../answers/types'
import { useCatalog } from '../catalog/useCatalog'
import { useNavigator } from './useNavigator'
import { useProcedures } from './useProcedures'

/**
 * One procedure as its pages show it: with answers, its own due date and only the documents they call
 * for; without, every rule and every document with its condition.
 */
export function useProcedureView(id: () => string, answers: Ref<Answers>) {
  const index = useCatalog()
  const { result } = useNavigator(answers)
  const procedure = computed(() => index.procedure(id()))
  // This procedure and, with answers, those of their events; the procedures it follows are named once
  // they arrive, without holding the page.
  const { ready, failed, retry } = useProcedures(() => ({ procedures: [id()], events: answers.value.events ?? [] }))
  useProcedures(() => ({ procedures: procedure.value?.after ?? [] }))
  const mine = computed(() => result.value.procedures.find((p) => p.id === procedure.value?.id))
  const trigger = computed(() => procedure.value?.triggers.find((x) => x.event === mine.value?.because))
  const counters = computed(() => index.countersOf(procedure.value))
  const uses = computed(
    () => procedure.value?.documents.filter((d) => !mine.value || mine.value.documents.includes(d.id)) ?? [],
  )
  return { procedure, ready, failed, retry, mine, trigger, counters, uses }
}
