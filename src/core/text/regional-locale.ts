/**
 * The locale that dates and numbers are formatted in (with `Intl`): the interface language's regional variant that
 * the reader's browser prefers (`en-GB` for a British reader of the English interface, `de-AT` or `de-CH` for the
 * German one), else the interface language in the browser's region (`en-DE` for a German browser's reader of the
 * English interface: day first, as CLDR has English in Germany), else the interface language itself.
 */

/**
 * The first of `preferred` (the browser's languages, most preferred first) whose language is `language` (an
 * interface language, such as `en`: `en-GB`, or `en` itself); else `language` with the region of the first of
 * `preferred` that names one (`en-DE` for `de-DE`: a reader in Germany of the English interface writes the day
 * first, where `en` alone is American); else `language`. A default variant (`en-US` for `en`) is returned as it is,
 * though it formats as `language` does: telling them apart (`Intl.Locale#maximize`) cost the first screen's
 * JavaScript more bytes than its budget had left.
 */
export function regionalLocale(language: string, preferred: readonly string[]): string {
  const region = preferred.map((tag) => /-([A-Z]{2}|\d{3})$/.exec(tag)?.[1]).find(Boolean);
  return (
    preferred.find((tag) => tag.split('-')[0] === language) ?? (region ? `${language}-${region}` : language)
  );
}
