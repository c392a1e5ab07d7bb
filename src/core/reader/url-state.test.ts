import { describe, expect, it } from 'vitest';
import {
  parseReaderState,
  readerStateChanges,
  shownLanguages,
  type ArticleKeys,
  type ReaderState,
} from './url-state';

/** Applies the changes as the app's hook does. */
function withReaderState(params: URLSearchParams, patch: Partial<ReaderState>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(readerStateChanges(patch))) {
    if (value === undefined) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

const keys: ArticleKeys = {
  originalLanguage: 'de',
  languages: ['de', 'en', 'fr'],
  quoteIds: new Set(['q1', 'q2']),
  eventIds: new Set(['e1']),
  speakerIds: new Set(['s1']),
};
const parse = (query: string, k = keys) => parseReaderState(new URLSearchParams(query), k);

describe('parseReaderState', () => {
  it.each<[string, string, object, object]>([
    ['nothing', '', { mode: 'original', translation: 'en' }, {}],
    ['a known quote', 'quote=q2', { mode: 'original', translation: 'en', quote: 'q2' }, {}],
    [
      'an unknown quote is reported, not selected',
      'quote=q9',
      { mode: 'original', translation: 'en' },
      { quote: 'q9' },
    ],
    ['side by side with French', 'view=parallel&tl=fr', { mode: 'parallel', translation: 'fr' }, {}],
    [
      'the original is not a translation',
      'view=translation&tl=de',
      { mode: 'translation', translation: 'en' },
      {},
    ],
    ['unknown mode falls back', 'view=sideways', { mode: 'original', translation: 'en' }, {}],
    [
      'speaker filter and event',
      'speaker=s1&event=e1',
      { mode: 'original', translation: 'en', speaker: 's1', event: 'e1' },
      {},
    ],
  ])('%s', (_name, query, state, unknown) => {
    expect(parse(query)).toEqual({ state, unknown });
  });

  it('has no translation modes for a single-language article', () => {
    const single = { ...keys, languages: ['de'] };
    expect(parse('view=parallel', single).state).toEqual({ mode: 'original' });
  });
});

describe('withReaderState', () => {
  it('sets and clears parameters and keeps the others', () => {
    const base = new URLSearchParams('lng=en&quote=q1');
    expect(withReaderState(base, { quote: 'q2', mode: 'parallel' }).toString()).toBe(
      'lng=en&quote=q2&view=parallel',
    );
    expect(withReaderState(base, { quote: undefined, mode: 'original' }).toString()).toBe('lng=en');
  });

  it('round-trips through parseReaderState', () => {
    const state = {
      quote: 'q1',
      event: 'e1',
      speaker: 's1',
      mode: 'translation' as const,
      translation: 'fr',
    };
    expect(parse(withReaderState(new URLSearchParams(), state).toString()).state).toEqual(state);
  });
});

describe('shownLanguages', () => {
  it.each<[ReaderState['mode'], string | undefined, string[]]>([
    ['original', 'en', ['de']],
    ['translation', 'en', ['en']],
    ['parallel', 'en', ['de', 'en']],
    ['parallel', undefined, ['de']],
    ['translation', undefined, ['de']],
  ])('%s with translation %s → %j', (mode, translation, expected) => {
    expect(shownLanguages('de', mode, translation)).toEqual(expected);
  });
});
