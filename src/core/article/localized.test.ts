import { describe, expect, it } from 'vitest';
import { pickLocalized, sameLanguage } from './localized';

interface Case {
  name: string;
  text: Record<string, string>;
  locale: string;
  want: string;
}

describe('pickLocalized', () => {
  it.each<Case>([
    {
      name: 'the interface language',
      text: { de: 'Minister', en: 'Minister (en)' },
      locale: 'en',
      want: 'en',
    },
    {
      name: 'the same primary language',
      text: { 'de-AT': 'Ministerin', en: 'x' },
      locale: 'de',
      want: 'de-AT',
    },
    {
      name: 'the original as fallback',
      text: { fr: 'ministre', de: 'Ministerin' },
      locale: 'en',
      want: 'de',
    },
    { name: 'any language as a last resort', text: { fr: 'ministre' }, locale: 'en', want: 'fr' },
  ])('$name', ({ text, locale, want }) => {
    expect(pickLocalized(text, locale, 'de')?.language).toBe(want);
  });

  it('returns nothing for no text', () => {
    expect(pickLocalized(undefined, 'en', 'de')).toBeUndefined();
    expect(pickLocalized({}, 'en', 'de')).toBeUndefined();
  });

  it('compares primary languages', () => {
    expect(sameLanguage('de-CH', 'de')).toBe(true);
    expect(sameLanguage('en', 'de')).toBe(false);
  });
});
