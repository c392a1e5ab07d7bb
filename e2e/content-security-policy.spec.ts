/**
 * The built app runs under a strict Content Security Policy: sent as a header by the preview server and written
 * into index.html for static hosts. Every other end-to-end test runs under it too: the fixture fails a test on
 * any `securitypolicyviolation`.
 */
import { expect, test } from './support/fixtures';

const REQUIRED = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
];

/** Splits a policy into its directives, so `script-src 'self'` cannot match `script-src 'self' 'unsafe-inline'`. */
const directives = (policy: string) => policy.split(';').map((d) => d.trim().replace(/\s+/g, ' '));

/** Scripts from the app's origin, and one inline script named by its hash (see the last test). */
const SCRIPT_SRC = /^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/;
const scriptSrc = (policy: string) => directives(policy).find((d) => d.startsWith('script-src ')) ?? '';

test('the server sends the policy as a header, on the app and on deep links', async ({ request }) => {
  for (const path of ['/', '/articles/nato-ukraine-membership-rutte-2025']) {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const header = response.headers()['content-security-policy'] ?? '';
    expect(directives(header)).toEqual(expect.arrayContaining(REQUIRED));
    expect(scriptSrc(header)).toMatch(SCRIPT_SRC);
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  }
});

test('the built index.html carries the policy as a meta element, without frame-ancestors', async ({
  page,
}) => {
  await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = (await meta.getAttribute('content')) ?? '';
  expect(directives(policy)).toEqual(
    expect.arrayContaining(REQUIRED.filter((d) => !d.startsWith('frame-ancestors'))),
  );
  expect(scriptSrc(policy)).toMatch(SCRIPT_SRC);
  expect(policy).not.toContain('frame-ancestors');
});

test('inline script and inline style are blocked, and the fixture sees the violations', async ({
  page,
  consoleWatch,
}) => {
  // Provoked on purpose below: the browser's own report of them is expected.
  consoleWatch.allow(/violates the following Content Security Policy directive/);
  await page.goto('/articles/nato-ukraine-membership-rutte-2025');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // What an injection would try: an inline script, an event handler attribute and an inline style.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "inline script"';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__pwned = "handler"');
    image.src = 'data:,broken';
    document.body.append(image);
    document.body.setAttribute('style', 'background: red');
  });
  await expect
    .poll(() => [...new Set(consoleWatch.cspViolations.map((v) => v.split(':')[0]))].sort())
    .toEqual(['script-src-attr', 'script-src-elem', 'style-src-attr']);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    'rgb(255, 0, 0)',
  );
  // Checked above: not a failure of this test.
  consoleWatch.cspViolations.length = 0;
});

test('the one inline script, the boot script of a prerendered page, is allowed by its hash and nothing else', async ({
  request,
}) => {
  for (const path of [
    '/',
    '/articles/nato-ukraine-membership-rutte-2025',
    '/de/articles/nato-ukraine-membership-rutte-2025',
  ]) {
    const response = await request.get(path);
    const html = await response.text();
    const policy = response.headers()['content-security-policy'] ?? '';
    const hashes = scriptSrc(policy)
      .split(' ')
      .filter((source) => source.startsWith("'sha256-"));
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(inline, `${path}: one inline script`).toHaveLength(1);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(inline[0]));
    expect(hashes, path).toEqual([`'sha256-${Buffer.from(digest).toString('base64')}'`]);
    // The boot script comes before the stylesheet, so that it does not wait for it.
    expect(html.indexOf('<script>'), path).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  }
});
