// Before a screen is shown: the words of the reader's language for every catalog part it brings, and
// (started early, awaited by the screen itself) the procedures its address names.
import type { Router } from 'vue-router'

import { parseAnswers } from '../answers/encoding'
import { answerSchema } from '../catalog/answer-schema'
import { core } from '../catalog/core'
import { ensureWords } from '../catalog/load'
import { prefetchProcedures } from '../composables/useProcedures'

const schema = answerSchema(core)

export function install(router: Router) {
  router.beforeResolve((to) => {
    const query = to.fullPath.split('?')[1]?.split('#')[0] ?? ''
    const events = query ? (parseAnswers(query, schema).answers.events ?? []) : []
    const procedures = to.name === 'procedure' ? [String(to.params.id)] : []
    // Words of a part that cannot arrive (offline before they were ever cached) fall back to English or
    // Japanese; the screen still opens.
    return Promise.all([
      ensureWords().catch(() => undefined),
      events.length || procedures.length ? prefetchProcedures({ events, procedures }) : undefined,
    ]).then(() => undefined)
  })
}
