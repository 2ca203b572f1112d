// Runs before the first paint (a small classic script: the Content-Security-Policy allows no inline
// script). It applies the reader's text size at once, and hides the prerendered Japanese page when the
// reader chose another language, until the app has switched to it — so nothing jumps or flashes.
(function () {
  var root = document.documentElement
  // Scripts run: the line saying what needs JavaScript is not for this reader.
  root.classList.add('js')
  var read = function (key) { try { return localStorage.getItem(key) } catch { return null } }
  var write = function (key, value) { try { localStorage.setItem(key, value) } catch { /* private mode */ } }
  var sizes = { normal: '100%', large: '125%', larger: '150%' }
  // A text-size or language link (?textSize=large, ?lang=ja-easy) works before any app script runs.
  var params = new URLSearchParams(location.search)
  // A kiosk terminal (/kiosk) keeps nothing of a resident, and starts in the default size and language.
  if (location.pathname === '/kiosk') return
  if (params.get('textSize') && sizes[params.get('textSize')]) write('navi.textSize', params.get('textSize'))
  var size = read('navi.textSize')
  if (size && sizes[size]) root.style.fontSize = sizes[size]
  // The address's language wins over the one kept; the app checks it is one it has, and keeps it.
  var asked = params.get('lang') || ''
  var lang = /^[a-zA-Z-]{2,10}$/.test(asked) ? asked : read('navi.locale')
  if (lang && lang !== 'ja') {
    root.setAttribute('data-boot-lang', lang)
    // Never hide the page for good: if the app cannot start, show what the build prerendered.
    setTimeout(function () { root.removeAttribute('data-boot-lang') }, 3000)
  }
})()
