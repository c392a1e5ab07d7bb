/**
 * The locale that dates and numbers are formatted in (with `Intl`): the interface language's regional variant that
 * the reader's browser prefers (`en-GB` for a British reader of the English interface, `de-AT` or `de-CH` for the
 * German one), else the interface language itself.
 */

/**
 * The first of `preferred` (the browser's languages, most preferred first) whose language is `language` (an
 * interface language, such as `en`: `en-GB`, or `en` itself), else `language`. A default variant (`en-US` for `en`)
 * is returned as it is, though it formats as `language` does: telling them apart (`Intl.Locale#maximize`) cost the
 * first screen's JavaScript more bytes than its budget had left.
 */
export function regionalLocale(language: string, preferred: readonly string[]): string {
  return preferred.find((tag) => tag.split('-')[0] === language) ?? language;
}
