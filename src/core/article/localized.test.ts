import { describe, expect, it } from 'vitest';
import { pickLocalized, sameLanguage, type PickedText } from './localized';
import type { LocalizedText } from './schema';

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

describe('pickLocalized: exact results', () => {
  const cases: { name: string; text: LocalizedText | undefined; want: PickedText | undefined }[] = [
    {
      name: 'the interface language when present',
      text: { de: 'Hallo', en: 'Hello' },
      want: { text: 'Hello', language: 'en' },
    },
    {
      name: 'the original when the interface language is missing',
      text: { de: 'Hallo', fr: 'Salut' },
      want: { text: 'Hallo', language: 'de' },
    },
    {
      name: 'any language when neither is there',
      text: { fr: 'Salut' },
      want: { text: 'Salut', language: 'fr' },
    },
    {
      name: 'an empty text does not count',
      text: { en: '', de: 'Hallo' },
      want: { text: 'Hallo', language: 'de' },
    },
    { name: 'nothing for no text', text: undefined, want: undefined },
  ];
  it.each(cases)('$name', ({ text, want }) => {
    expect(pickLocalized(text, 'en', 'de')).toEqual(want);
  });
});
