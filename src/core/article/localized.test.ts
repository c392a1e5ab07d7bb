import { describe, expect, it } from 'vitest';
import { pickLocalized, type PickedText } from './localized';
import type { LocalizedText } from './schema';

describe('pickLocalized', () => {
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
