// The app's page addresses, kept free of Vue so that the production server can tell a page that exists
// (200) from one that does not (404 with the app, which then shows its not-found page).
// src/modules/router.ts must list exactly these paths, under these names, plus its catch-all:
// a page added there and not here would answer 404 on its first visit (tests/component/routes.test.ts).
export const ROUTES = {
  home: '/',
  question: '/q/:key',
  result: '/result',
  procedure: '/procedures/:id',
  office: '/offices/:id',
  search: '/search',
  language: '/language',
  plans: '/plans',
  plan: '/plans/:id',
  kiosk: '/kiosk',
  guide: '/guide',
  together: '/together',
  togetherProcedure: '/together/:id',
} as const

export type RouteName = keyof typeof ROUTES
