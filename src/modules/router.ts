import { createRouter, type RouterHistory } from 'vue-router'

import { sameButLanguage } from '../i18n/address'
import HomePage from '../pages/HomePage.vue'
import { ROUTES } from '../routes'

export function createNaviRouter(history: RouterHistory, { kiosk = false }: { kiosk?: boolean } = {}) {
  const router = createRouter({
    history,
    routes: [
      { path: ROUTES.home, name: 'home', component: HomePage },
      { path: ROUTES.question, name: 'question', component: () => import('../pages/QuestionPage.vue') },
      { path: ROUTES.result, name: 'result', component: () => import('../pages/ResultPage.vue') },
      { path: ROUTES.procedure, name: 'procedure', component: () => import('../pages/ProcedurePage.vue') },
      { path: ROUTES.office, name: 'office', component: () => import('../pages/OfficePage.vue') },
      { path: ROUTES.search, name: 'search', component: () => import('../pages/SearchPage.vue') },
      { path: ROUTES.language, name: 'language', component: () => import('../pages/LanguagePage.vue') },
      { path: ROUTES.plans, name: 'plans', component: () => import('../pages/PlansPage.vue') },
      { path: ROUTES.plan, name: 'plan', component: () => import('../pages/PlanPage.vue') },
      // The terminal's start address: the app runs at it in kiosk mode, starting from the home page.
      { path: ROUTES.kiosk, name: 'kiosk', redirect: ROUTES.home },
      { path: ROUTES.guide, name: 'guide', component: () => import('../pages/GuidePage.vue') },
      { path: ROUTES.together, name: 'together', component: () => import('../pages/TogetherPage.vue') },
      {
        path: ROUTES.togetherProcedure,
        name: 'togetherProcedure',
        component: () => import('../pages/TogetherProcedurePage.vue'),
      },
      { path: '/:rest(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue') },
    ],
    // Back and forward return to where the resident was; a new page starts at the top. The first load
    // is already at the top, so it forces no layout.
    // A terminal keeps no scroll positions: the router would store them, keyed by address (answers
    // included), in sessionStorage. Its pages simply start at the top.
    // The address corrected to name the language (src/modules/locale-address.ts) is the same page: it stays put.
    scrollBehavior: kiosk
      ? undefined
      : (to, from, saved) =>
          saved ?? (from.matched.length && !sameButLanguage(to.fullPath, from.fullPath) ? { top: 0 } : false),
  })
  if (kiosk)
    router.afterEach((to, from) => {
      if (sameButLanguage(to.fullPath, from.fullPath)) return
      if (typeof window !== 'undefined') window.scrollTo(0, 0)
    })
  return router
}
