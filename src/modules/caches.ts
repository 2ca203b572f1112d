// Names the app and its service worker share (the worker is configured in vite.config.ts).

/** Where each language's screen messages but Japanese are built (assets/messages/<code>.<hash>.js). */
export const MESSAGES_DIR = 'assets/messages'

/** The cache the service worker answers those messages from, and the app keeps the reader's language in. */
export const MESSAGES_CACHE = 'navi-messages'
