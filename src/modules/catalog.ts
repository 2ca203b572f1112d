// Before a screen is shown: the words of the reader's language for every catalog part it brings, and
// (started early, awaited by the screen itself) the procedures its address names; for a result whose
// procedures are here, the result itself, in a task of its own before the screen is drawn.
import type { Router } from 'vue-router'

import { parseAnswers } from '../answers/encoding'
import type { Answers } from '../answers/types'
import { answerSchema } from '../catalog/answer-schema'
import { core } from '../catalog/core'
import { ensureWords, hasEvents } from '../catalog/load'
import { prepareNavigator, prepareResult } from '../composables/useNavigator'
import { prefetchProcedures } from '../composables/useProcedures'
import { nextTask } from './take-over'

const schema = answerSchema(core)

export function install(router: Router) {
  router.beforeResolve((to) => {
    const query = to.fullPath.split('?')[1]?.split('#')[0] ?? ''
    const answers: Answers = query ? parseAnswers(query, schema).answers : {}
    const events = answers.events ?? []
    const procedures = to.name === 'procedure' ? [String(to.params.id)] : []
    // Words of a part that cannot arrive (offline before they were ever cached) fall back to English or
    // Japanese; the screen still opens.
    return Promise.all([
      ensureWords().catch(() => undefined),
      events.length || procedures.length ? prefetchProcedures({ events, procedures }) : undefined,
    ]).then(async () => {
      if (to.name !== 'result' || !events.length || !hasEvents(events)) return
      // The catalog's indexes and the navigator's in a task, the result in the next: one was 50–80 ms on a slow phone.
      await nextTask()
      prepareNavigator()
      await nextTask()
      prepareResult(answers)
      // The navigation goes on (its history entry, the next guards) in a task after the navigator's.
      await nextTask()
    })
  })
}
