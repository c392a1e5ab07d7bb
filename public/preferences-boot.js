// Runs in <head> before the first paint: applies the remembered theme and text size, so a dark-theme reader never
// sees a white flash, and opens the page in the reader's interface language. Prerendered pages carry it inline,
// first in <head> and minified, its hash in the Content Security Policy
// (scripts/content-security-policy.ts); the dev server's page loads this file. The keys and values are owned by
// src/features/preferences/preferences.ts and src/app/detect-language.ts; preferences.test.ts and
// language-boot.test.ts check that this file agrees with them.
(function () {
  var root = document.documentElement;
  var storage = null;
  try {
    storage = window.localStorage;
    var theme = storage.getItem('stimmen.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    var size = storage.getItem('stimmen.textSize');
    if (size === '-1' || size === '1' || size === '2' || size === '3')
      root.setAttribute('data-text-size', size);
  } catch (error) {
    // No storage: the defaults apply.
  }

  // A prerendered page shows its controls before the app has taken it over (<html data-app>, src/app/start.tsx),
  // and until then a button, radio or check box has no handler. A click on one is held (stopped, so that it acts
  // once) while the pointer shows the page busy, and made again once the app has taken over, in order, one a task so
  // that each sees what the one before did. Links, a popover's button and a <summary> work without the app. A field
  // is the browser's to edit, but what is typed into it (or chosen in a <select>) is news to the app, which renders
  // the field again with its own value: the field's last value is held too, and given to the app in the same order
  // as a change it hears, the caret and the focus left where they were (e2e/early-interaction.spec.ts).
  var held = [];
  document.addEventListener(
    'click',
    function (event) {
      var control =
        event.target.closest &&
        event.target.closest('#root :is(button:not([popovertarget]),[type=radio],[type=checkbox])');
      if (!control || root.hasAttribute('data-app')) return;
      event.preventDefault();
      event.stopPropagation();
      held.push(function () {
        control.click();
      });
      root.setAttribute('data-held', '');
    },
    true,
  );
  var fields = [];
  var values = [];
  document.addEventListener(
    'input',
    function (event) {
      var field = event.target;
      // A chosen file cannot be given back: it stays chosen, unheard.
      if (
        root.hasAttribute('data-app') ||
        !field.matches('#root :is(input:not([type=file]),textarea,select)')
      )
        return;
      var index = fields.indexOf(field);
      if (index < 0) held.push(give.bind(null, (index = fields.push(field) - 1)));
      values[index] = field.value;
    },
    true,
  );
  function give(index) {
    var field = fields[index];
    var value = values[index];
    var start = field.selectionStart;
    var end = field.selectionEnd;
    var kept = field.value === value;
    // React knows a field's value as the one last set from script (through its own setter on the element) and
    // hears a change only to another: a value unlike the held one is set that way, then the held one through the
    // element's own (its prototype's) setter. Where the app had rendered the field again meanwhile, the caret is
    // put at the end, as typing leaves it.
    field.value = value ? '' : ' ';
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, value);
    if (kept && start != null) field.setSelectionRange(start, end);
    if (field === document.activeElement) field.dispatchEvent(new Event('focusin', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  function replay() {
    var action = held.shift();
    if (!action) return root.removeAttribute('data-held');
    action();
    setTimeout(replay);
  }
  new MutationObserver(replay).observe(root, { attributeFilter: ['data-app'] });

  // The page in the reader's interface language. Every prerendered page lists its address in each interface
  // language as <link rel="alternate" hreflang> before this script. The language is chosen as the app does
  // (detectLanguage): ?lng=, the remembered choice, the browser's languages, English. A static host cannot choose
  // by language, so the page is replaced before anything is painted (the CSS hides the body meanwhile).
  var versions = {};
  var isVersion = false;
  var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
  for (var i = 0; i < links.length; i++) {
    var language = links[i].getAttribute('hreflang');
    var href = links[i].getAttribute('href');
    if (language === 'x-default') continue;
    versions[language] = href;
    if (href === window.location.pathname) isVersion = true;
  }
  // The static host's fallback page (the library) answering an address that was not prerendered (an import, a
  // search): the app renders that address's page over it, and until then none of the fallback is shown.
  if (!isVersion) {
    if (links.length > 0) root.setAttribute('data-fallback-page', '');
    return;
  }
  var stored = null;
  try {
    stored = storage && storage.getItem('stimmen.lng');
  } catch (error) {
    // No storage: no remembered choice.
  }
  var candidates = [new URLSearchParams(window.location.search).get('lng'), stored].concat(
    navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  );
  var chosen = 'en';
  for (var j = 0; j < candidates.length; j++) {
    if (!candidates[j]) continue;
    var tag = candidates[j].trim().replace(/_/g, '-');
    var base = tag.split('-')[0].toLowerCase();
    if (Object.prototype.hasOwnProperty.call(versions, tag)) chosen = tag;
    else if (Object.prototype.hasOwnProperty.call(versions, base)) chosen = base;
    else continue;
    break;
  }
  var target = versions[chosen];
  if (target && target !== window.location.pathname) {
    root.setAttribute('data-language-redirect', '');
    window.location.replace(target + window.location.search + window.location.hash);
  }
})();
