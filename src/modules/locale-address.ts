// The language in every address, in one place: each link the app draws (RouterLink's href) and each
// navigation it makes carries `lang=<code>` for the language being read, so what a resident copies,
// shares or opens in a new tab shows the same words. An address that names another language switches
// to it before its screen is drawn (a shared link, a saved plan's); one naming no language we have is
// read as naming none. Back and forward keep the language chosen since: the old entry's address is
// corrected in place, never re-chosen from it.
import { type Ref, watch } from 'vue'
import type { LocationQuery, RouteLocationNormalizedLoaded, RouteLocationRaw, Router } from 'vue-router'

import { LANG_KEY, localeInQuery, queryIn, saysLocale } from '../i18n/address'

export interface LocaleControl {
  /** The language shown, or being switched to. */
  chosen: () => string
  choose: (code: string) => Promise<void>
  /** The language on screen, changed once its words are in place. */
  shown: Ref<string>
}

const inLocale = (to: { path: string; query: LocationQuery; hash: string }, locale: string) => ({
  path: to.path,
  query: queryIn(to.query, locale),
  hash: to.hash,
})

export function keepLocaleInAddresses(router: Router, control: LocaleControl): void {
  // Set by the history's own listener, which runs before the router starts a back/forward navigation.
  let traversal = false
  router.options.history.listen(() => {
    traversal = true
  })

  const resolve = router.resolve.bind(router)
  router.resolve = (raw: RouteLocationRaw, current?: RouteLocationNormalizedLoaded) => {
    const resolved = resolve(raw, current)
    // A link that names its language keeps it (a saved plan opens in the language it was made in).
    if (LANG_KEY in resolved.query || saysLocale(resolved.query, control.chosen())) return resolved
    return resolve(inLocale(resolved, control.chosen()), current)
  }

  // A navigation under way corrects its own address when it ends: nothing may start another before.
  let navigating = false
  router.beforeEach(async (to) => {
    navigating = true
    const back = traversal
    traversal = false
    if (back) return
    const asked = localeInQuery(to.query)
    // Words that cannot arrive (offline before they were cached) leave the screen in the language it has.
    if (asked && asked !== control.chosen()) await control.choose(asked).catch(() => undefined)
    if (!saysLocale(to.query, control.chosen())) return inLocale(to, control.chosen())
  })

  const correct = (to: RouteLocationNormalizedLoaded) => {
    if (to.matched.length && !saysLocale(to.query, control.chosen()))
      void router.replace(inLocale(to, control.chosen()))
  }
  router.afterEach((to, _from, failure) => {
    traversal = false
    navigating = false
    if (!failure) correct(to)
  })
  // A language chosen on the screen (the language page, やさしい日本語) goes into the address at once.
  watch(control.shown, () => {
    if (!navigating) correct(router.currentRoute.value)
  })
  router.onError(() => {
    navigating = false
  })
}
