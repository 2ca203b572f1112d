import type { ManifestOptions } from 'vite-plugin-pwa'

export const manifest: Partial<ManifestOptions> = {
  name: '北区 手続きナビ',
  short_name: '手続きナビ',
  description: '引っ越し・出生・死亡など、くらしの出来事から必要な手続き・期限・窓口・持ち物がわかります（東京都北区）',
  lang: 'ja',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: '#0017c1',
  background_color: '#ffffff',
  icons: [
    { src: '/pwa-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/pwa-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: '引っ越してきた',
      short_name: '引っ越し',
      url: '/q/date?events=move-in',
      icons: [{ src: '/pwa-192.png', sizes: '192x192' }],
    },
    {
      name: '子どもが生まれた',
      short_name: '出生',
      url: '/q/date?events=birth',
      icons: [{ src: '/pwa-192.png', sizes: '192x192' }],
    },
    {
      name: '家族が亡くなった',
      short_name: 'おくやみ',
      url: '/q/date?events=death',
      icons: [{ src: '/pwa-192.png', sizes: '192x192' }],
    },
    {
      name: 'わたしの手続き',
      short_name: '保存した手続き',
      url: '/plans',
      icons: [{ src: '/pwa-192.png', sizes: '192x192' }],
    },
  ],
}
