/** The speaker legend of an imported article follows its corrections: it lists whom the article quotes now. */
import { expect, test } from './support/fixtures';
import { importText, LINDAU_NEWS } from './support/imported-text';

test.use({ locale: 'en-US' });

test('a speaker whose only quote is given to someone else leaves the legend, and comes back with it', async ({
  page,
}) => {
  await importText(page, LINDAU_NEWS, 'Legende nach Korrekturen');
  const legend = page.getByRole('region', { name: 'Speakers' });
  const tomBerg = legend.getByRole('button', { name: /^Tom Berg/ });
  await expect(tomBerg).toHaveAccessibleName(/1 quote,/);

  await page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).click();
  const speakerField = page.getByRole('region', { name: 'Correct this quote' }).getByLabel('Speaker');
  await speakerField.selectOption({ label: 'Eva Lind' });
  await expect(page.getByRole('link', { name: /^Direct quote by Eva Lind: „Das ist/ })).toBeVisible();
  await expect(legend.getByRole('button', { name: /^Eva Lind/ })).toHaveAccessibleName(/3 quotes,/);
  // Not "Tom Berg, 0 quotes, 0 %": a button that would filter the text to nothing.
  await expect(tomBerg).toHaveCount(0);

  // Still a speaker of the article: offered in the correction, and back in the legend once quoted again.
  await speakerField.selectOption({ label: 'Tom Berg' });
  await expect(tomBerg).toHaveAccessibleName(/1 quote,/);

  // Chosen in the legend, then left without quotes: the choice stays in the legend, to be undone there.
  await tomBerg.click();
  await expect(tomBerg).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: /^Direct quote by Tom Berg/ }).click();
  await speakerField.selectOption({ label: 'Eva Lind' });
  await expect(tomBerg).toHaveAccessibleName(/0 quotes,/);
  await tomBerg.click();
  await expect(tomBerg).toHaveCount(0);
});
