// Applies the remembered theme and text size before the first paint, so a dark-theme reader never sees a white
// flash. An external file rather than an inline script, for the Content Security Policy. The keys and values are
// owned by src/features/preferences/preferences.ts; preferences.test.ts checks that this file agrees with it.
(function () {
  try {
    var root = document.documentElement;
    var theme = window.localStorage.getItem('stimmen.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    var size = window.localStorage.getItem('stimmen.textSize');
    if (size === '-1' || size === '1' || size === '2' || size === '3')
      root.setAttribute('data-text-size', size);
  } catch (error) {
    // No storage: the defaults apply.
  }
})();
