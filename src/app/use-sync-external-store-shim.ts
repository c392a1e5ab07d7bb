/**
 * `use-sync-external-store/shim` for a React that has the hook (18 and later): react-i18next imports the shim,
 * whose code, bundled, only hands over to `React.useSyncExternalStore` there; this hands over without it (first
 * JavaScript −235 bytes gzip). Aliased in `vite.config.ts`.
 */
export { useSyncExternalStore } from 'react';
