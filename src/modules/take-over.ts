/**
 * What the resident pressed on a page drawn on the server before the app took it over (src/main.ts presses each
 * again once it has). A part of the page taken over later (`hydratedWhenSeen`) is taken over at once when it
 * holds one of them, so that the press reaches the app and not a page it has not taken over yet.
 */
export const earlyPresses: HTMLElement[] = []
