import { nextTick, ref } from 'vue'
import { useRouter } from 'vue-router'

import { sameButLanguage } from '../i18n/address'

/**
 * After a navigation inside the app, focus goes to the new page's h1 (not back to <body>) and the
 * page's title is announced; the first load keeps the browser's own focus.
 */
export function useRouteFocus() {
  const router = useRouter()
  const announcement = ref('')
  router.afterEach((to, from, failure) => {
    // The same page with its address corrected to name the language is no new page.
    if (failure || !from.matched.length || sameButLanguage(to.fullPath, from.fullPath)) return
    // Focus the heading once the new page (and its title) has rendered.
    void nextTick(() =>
      requestAnimationFrame(() => {
        const heading = document.querySelector<HTMLElement>('main h1')
        if (heading) {
          heading.setAttribute('tabindex', '-1')
          heading.focus()
        }
        announcement.value = document.title
      }),
    )
  })
  return announcement
}
