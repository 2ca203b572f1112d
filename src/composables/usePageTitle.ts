import { useSSRContext, watchEffect } from 'vue'

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
  watchEffect(() => {
    document.title = full()
  })
}
