/**
 * The Content Security Policy of the built app, in one place: sent as a response header by `vite preview` and
 * written into the built `index.html` as a `<meta http-equiv>` for static hosts that cannot set headers.
 *
 * Everything comes from the app's own origin: no inline script or style, no eval (zod runs jitless for this),
 * no plugins, no framing. The one exception is named by its hash: the boot script (`public/preferences-boot.js`),
 * which prerendered pages carry inline so that it runs before the stylesheet is requested, without a request of its
 * own (a German reader's page is replaced by `/de/…` that much sooner; see `scripts/prerender.ts`). Vite emits CSS as files and React sets styles through the CSSOM, which CSP allows, so
 * `style-src` needs no 'unsafe-inline'. Images may be data: URLs (CSS icons). Only the dev server, whose hot
 * reload injects inline scripts, runs without it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifySync, type Plugin } from 'vite';

/**
 * The boot script as prerendered pages carry it inline, minified like the app's chunks: it is in every page, before
 * anything is painted. The hash covers it.
 */
export const BOOT_SCRIPT = bootScript();

function bootScript(): string {
  const file = new URL('../public/preferences-boot.js', import.meta.url);
  const minified = minifySync('preferences-boot.js', readFileSync(file, 'utf8'));
  if (minified.errors.length > 0)
    throw new Error(`public/preferences-boot.js: ${minified.errors.map((e) => e.message).join('; ')}`);
  return minified.code.trim();
}
const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", BOOT_SCRIPT_HASH],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a `<meta>` element cannot carry: browsers ignore them there, with a console error. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as a header value, or for a `<meta http-equiv>` (without the header-only directives). */
export function contentSecurityPolicy({ meta = false }: { meta?: boolean } = {}): string {
  return Object.entries(DIRECTIVES)
    .filter(([name]) => !meta || !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Writes the policy into the built `index.html`, first in `<head>` so that it covers everything after it. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'stimmen:content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ meta: true }) },
        injectTo: 'head-prepend',
      },
    ],
  };
}
