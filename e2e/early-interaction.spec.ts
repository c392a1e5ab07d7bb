/**
 * A prerendered page is on screen, with its buttons and fields, before its scripts have run. A person who uses a
 * control then (with the mouse or the keyboard) has it done once the app has taken over, not lost: the boot script
 * holds it (`public/preferences-boot.js`), with a busy pointer meanwhile; what they type into a field stays there,
 * with the caret, and the app acts on it as if typed after. Each test keeps every script of the page back, as
 * a slow connection does, until the person has acted.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './support/fixtures';
import { sampleArticle } from './support/sample';

test.use({ locale: 'en-US' });

const sample = sampleArticle();

/** Opens `path` with its scripts held back; the returned function lets them load and waits for the app. */
async function openBeforeScripts(page: Page, path: string): Promise<() => Promise<void>> {
  const gate: { open?: () => void } = {};
  const opened = new Promise<void>((resolve) => (gate.open = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await opened;
    await route.fallback();
  });
  await page.goto(path, { waitUntil: 'commit' });
  return async () => {
    gate.open?.();
    await waitForApp(page);
  };
}

test('"and 2 more" pressed before the library’s scripts ran shows the other speakers once they have', async ({
  page,
}) => {
  const takeOver = await openBeforeScripts(page, '/');
  const quoted = page.locator('.library__item-speakers');
  const more = quoted.getByRole('button', { name: /^and \d+ more$/ });
  await more.click();
  // Until then the page says it is busy.
  await expect(more).toHaveCSS('cursor', 'progress');
  await expect(quoted.getByRole('link')).toHaveCount(4);

  await takeOver();
  await expect(more).toBeHidden();
  await expect(quoted.getByRole('link')).toHaveCount(new Set(sample.quotes.map((q) => q.speaker)).size);
  await expect(quoted.getByRole('link').nth(4)).toBeFocused();
  await expect(quoted.getByRole('link').first()).not.toHaveCSS('cursor', 'progress');
});

test('"Back up the library" pressed with the keyboard before the scripts ran makes the backup once they have', async ({
  page,
}) => {
  const takeOver = await openBeforeScripts(page, '/');
  const backUp = page.getByRole('button', { name: 'Back up the library' });
  await backUp.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await expect(backUp).toHaveCSS('cursor', 'progress');

  await takeOver();
  expect((await download).suggestedFilename()).toMatch(/\.jsonl$/);
  await expect(page.getByRole('status').filter({ hasText: /^Backed up \d+ articles? into / })).toBeVisible();
});

test('a larger text size chosen twice in the settings before the scripts ran is applied twice', async ({
  page,
}) => {
  const takeOver = await openBeforeScripts(page, '/');
  // The settings are a native popover: they open without the app.
  await page.getByRole('button', { name: 'Settings' }).click();
  const larger = page.getByRole('button', { name: 'Larger text' });
  await larger.click();
  await larger.click();

  await takeOver();
  await expect(page.getByRole('dialog', { name: 'Settings' }).locator('output')).toHaveText('125%');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
});

test('on an article, a speaker chosen in the legend and a text mode chosen before the scripts ran are taken', async ({
  page,
}) => {
  const takeOver = await openBeforeScripts(page, `/articles/${sample.id}`);
  const speaker = sample.speakers[1]!;
  const legend = page.getByRole('region', { name: 'Speakers' });
  await legend.getByRole('button', { name: new RegExp(`^${speaker.name}`) }).click();
  const sideBySide = page.getByRole('radio', { name: 'Side by side' });
  await sideBySide.click();
  // Not shown as chosen while nothing shows it: the radio waits for the app too.
  await expect(sideBySide).not.toBeChecked();

  await takeOver();
  await expect(legend.getByRole('button', { name: new RegExp(`^${speaker.name}`) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(legend.getByRole('status')).toContainText(speaker.name);
  await expect(sideBySide).toBeChecked();
  const text = page.getByRole('article');
  await expect(text.locator(`p.paragraph[lang="${sample.languages[1]}"]`).first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`speaker=${speaker.id}`));
});

test('a search typed on an article before the scripts ran is kept, with the caret, and run once they have', async ({
  page,
}) => {
  const takeOver = await openBeforeScripts(page, `/articles/${sample.id}`);
  const searchBox = page.getByRole('searchbox', { name: 'Search quotes' });
  await searchBox.click();
  await searchBox.pressSequentially('Bündnis');
  await searchBox.press('Home');

  await takeOver();
  await expect(page).toHaveURL(/\/search\?q=B%C3%BCndnis$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search: Bündnis' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem').filter({ hasText: 'Bündnisses' })).toHaveCount(1);
  await expect(searchBox).toHaveValue('Bündnis');
  await expect(searchBox).toBeFocused();
  // The caret is where the person left it: what they type next goes before the word.
  await page.keyboard.type('des ');
  await expect(searchBox).toHaveValue('des Bündnis');
  await expect(page).toHaveURL(/\/search\?q=des\+B%C3%BCndnis$/);
});

test('in the library, a speaker and a date typed and applied before the scripts ran filter once they have', async ({
  page,
}) => {
  const takeOver = await openBeforeScripts(page, '/');
  const filters = page.getByRole('form', { name: 'Filter the articles' });
  const speaker = filters.getByRole('combobox', { name: 'Speaker' });
  await speaker.click();
  await speaker.pressSequentially('mark rutte');
  await filters.getByLabel('Published from').fill('2025-03-01');
  await speaker.press('Enter');
  await expect(speaker).toHaveValue('mark rutte');

  await takeOver();
  await expect(page).toHaveURL(/\/\?speaker=mark-rutte&from=2025-03-01$/);
  await expect(page.getByText("None of the site's articles match these filters.")).toBeVisible();
  await expect(speaker).toHaveValue('Mark Rutte');
  await expect(filters.getByLabel('Published from')).toHaveValue('2025-03-01');
});

test('in the library, a speaker typed before the scripts ran stays in the field, with the focus, to be typed on', async ({
  page,
}) => {
  const takeOver = await openBeforeScripts(page, '/');
  const speaker = page.getByRole('combobox', { name: 'Speaker' });
  await speaker.click();
  await speaker.pressSequentially('hegs');

  await takeOver();
  await expect(speaker).toHaveValue('hegs');
  await expect(speaker).toBeFocused();
  await page.keyboard.type('eth');
  await expect(speaker).toHaveValue('hegseth');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?speaker=pete-hegseth$/);
  await expect(speaker).toHaveValue('Pete Hegseth');
});

test('a dark theme chosen in the settings before the scripts ran is taken once they have', async ({
  page,
}) => {
  const takeOver = await openBeforeScripts(page, `/articles/${sample.id}`);
  await page.getByRole('button', { name: 'Settings' }).click();
  const theme = page.getByRole('combobox', { name: 'Theme' });
  // By keyboard: the theme after "As the system" and "Light".
  await theme.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('dark');

  await takeOver();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveValue('dark');
  await expect(theme).toBeFocused();
});
