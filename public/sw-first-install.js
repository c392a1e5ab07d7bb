/*
 * Imported by the service worker (`workbox.importScripts` in vite.config.ts). The first worker installed takes over
 * the pages already open, which the browser would otherwise leave to the network until they are reloaded: once the
 * precache is complete (activation follows installation), a first visit's page that goes offline loads the code of
 * the pages it has not opened yet from the cache. Only while no page is controlled: a new version activated later
 * (the reader chose "Reload now", or every tab was closed) finds the pages of the old one controlled, and so the
 * "new version" prompt stays as it is (`skipWaiting: false`). The worker checks the pages it controls when it
 * activates, not a flag set at its installation, which a worker stopped between the two would have lost.
 */
self.addEventListener('activate', (event) => {
  event.waitUntil(
    self.clients
      .matchAll({ type: 'window' })
      .then((controlled) => (controlled.length === 0 ? self.clients.claim() : undefined)),
  );
});
