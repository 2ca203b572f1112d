import { getCurrentScope, useSSRContext, watchEffect } from 'vue'

import { inTurn } from '../modules/take-over'
import { takingOver } from './useProgressive'
import { useText } from './useText'

/**
 * Each screen names itself in the tab and for screen readers: 「質問 2/9：…｜北区 手続きナビ」. The
 * app announces it and moves focus to the page's heading after each navigation (useRouteFocus). In
 * the build's prerender the title goes into the page's HTML instead.
 */
export function usePageTitle(title: () => string) {
  const { t } = useText()
  const full = () => {
    const own = title()
    return own ? `${own}｜${t('app.name')}` : t('app.name')
  }
  if (import.meta.env.SSR) {
    const context = useSSRContext<{ title?: string }>()
    if (context) context.title = full()
    return
  }
  const show = () =>
    watchEffect(() => {
      document.title = full()
    })
  // A page drawn before the app ran already has its title: the app keeps it up to date from after the page's parts on.
  const scope = getCurrentScope()
  if (takingOver() && scope) inTurn(() => (scope.active ? scope.run(show) : undefined), { last: true })
  else show()
}
