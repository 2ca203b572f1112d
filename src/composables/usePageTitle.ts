import { watchEffect } from 'vue'
import { useText } from './useText'

/**
 * Each screen names itself in the tab and for screen readers: 「質問 2/9：…｜北区 手続きナビ」. The
 * app announces it and moves focus to the page's heading after each navigation (useRouteFocus).
 */
export function usePageTitle(title: () => string) {
  const { t } = useText()
  watchEffect(() => {
    const own = title()
    document.title = own ? `${own}｜${t('app.name')}` : t('app.name')
  })
}
