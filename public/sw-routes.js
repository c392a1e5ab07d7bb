/*
 * Imported by the service worker (`workbox.importScripts` in vite.config.ts). The search index's files
 * (`archive/search/<build>/…`: shards, heads, blocks of quotes) are never cached by the worker, yet every one of
 * them went to the worker's thread and back before the browser fetched it: a keystroke that loads eight blocks
 * waited for eight such hops. Where the browser has the static routing API (Chromium 123 on), the worker tells the
 * browser at install to send those requests straight to the network. Elsewhere nothing changes.
 */
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
  const scope = new URL(self.registration.scope).pathname;
  event.waitUntil(
    event
      .addRoutes([
        {
          condition: { urlPattern: new URLPattern({ pathname: `${scope}archive/search/:build/*` }) },
          source: 'network',
        },
      ])
      .catch(() => undefined),
  );
});
