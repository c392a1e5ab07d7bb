import { describe, expect, it } from 'vitest';
import { formatPartialDateFor } from '../dates/format';
import { regionalLocale } from './regional-locale';

describe('regionalLocale', () => {
  it.each<[string, string[], string]>([
    ['en', ['en-GB', 'en-US', 'de'], 'en-GB'],
    ['en', ['de-AT', 'en-GB'], 'en-GB'],
    ['de', ['de-AT', 'en-GB'], 'de-AT'],
    ['de', ['en-US', 'de-CH'], 'de-CH'],
    ['en', ['en-US'], 'en-US'],
    ['en', ['en', 'en-GB'], 'en'],
    ['de', ['de-DE', 'de-AT'], 'de-DE'],
    ['en', ['de-AT', 'fr-FR'], 'en-AT'],
    ['en', ['de', 'de-DE'], 'en-DE'],
    ['de', ['en-US'], 'de-US'],
    ['en', ['fr', 'zh-Hant-TW'], 'en-TW'],
    ['en', ['es-419'], 'en-419'],
    ['en', ['de', 'fr'], 'en'],
    ['en', [], 'en'],
  ])('for the %s interface and a browser in %j: %s', (language, preferred, locale) => {
    expect(regionalLocale(language, preferred)).toBe(locale);
  });

  it('gives dates their regional order and month names', () => {
    expect(formatPartialDateFor('2026-12-07', regionalLocale('en', ['en-GB']))).toBe('7 December 2026');
    expect(formatPartialDateFor('2026-12-07', regionalLocale('en', ['en-US']))).toBe('December 7, 2026');
    expect(formatPartialDateFor('2026-01', regionalLocale('de', ['de-AT']))).toBe('Jänner 2026');
    expect(new Intl.NumberFormat(regionalLocale('de', ['de-CH'])).format(1200.5)).toMatch(/^1\D200\.5$/);
    // English in Germany: the day first, as a German browser's reader of the English interface expects
    expect(formatPartialDateFor('2026-12-07', regionalLocale('en', ['de-DE', 'de']))).toBe('7 December 2026');
  });
});
