import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/article/schema';
import { namespaces, resources } from '../../locales/resources';
import { overlapNote, overlapsOf } from './OverlapNote';
import { articleFrom, validArticle } from '../../testing/hand-made-article';
import { spanOf } from '../../testing/spans';

const TEXT =
  'Die Ministerin sagte, man werde „die Schulen öffnen“ und „alle Lehrer einstellen“, wenn Geld da ist.';

const span = (exact: string) => spanOf('p1', TEXT, exact);

/** A made-up article: a quote by the minister and an unattributed one, side by side. */
function article(): Article {
  return validArticle(
    articleFrom({
      text: TEXT,
      speakers: [{ id: 'min', name: 'Anna Roth' }],
      quotes: [
        { id: 'q1', speaker: 'min', kind: 'direct', spans: { de: [span('„die Schulen öffnen“')] } },
        { id: 'q2', speaker: null, kind: 'direct', spans: { de: [span('„alle Lehrer einstellen“')] } },
      ],
    }),
  );
}

async function noteFor(language: string, words: string): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: 'en', ns: [...namespaces] });
  const start = TEXT.indexOf(words);
  const stretch = { language: 'de', paragraph: 'p1', start, end: start + words.length };
  return overlapNote(
    i18n.getFixedT(language, 'corrections'),
    language,
    article(),
    overlapsOf(article(), stretch),
    language,
  );
}

describe('overlapNote', () => {
  it.each([
    ['en', 'Die Ministerin', ''],
    ['en', 'die Schulen öffnen', 'These words are already marked as a quote by Anna Roth.'],
    ['de', 'alle Lehrer einstellen', 'Diese Worte sind schon als nicht zugeordnetes Zitat markiert.'],
    ['en', 'Schulen', 'They lie inside a quote by Anna Roth and will be marked as a quote within it.'],
    ['de', 'Lehrer', 'Sie stehen in einem nicht zugeordneten Zitat und werden als Zitat darin markiert.'],
    [
      'en',
      'man werde „die Schulen öffnen“',
      'They contain a quote by Anna Roth, which stays marked within the new one.',
    ],
    [
      'en',
      'werde „die Schulen',
      'They overlap the quote by Anna Roth: “die Schulen öffnen”. A quote cannot begin inside another and end ' +
        'outside it: extend that quote over these words, or replace it with a new quote.',
    ],
    [
      'de',
      'einstellen“, wenn',
      'Sie überschneiden sich mit einem nicht zugeordneten Zitat: „alle Lehrer einstellen“. Ein Zitat kann nicht ' +
        'in einem anderen beginnen und außerhalb enden: Erweitern Sie jenes Zitat um diese Worte, oder ersetzen Sie ' +
        'es durch ein neues Zitat.',
    ],
    [
      'de',
      'öffnen“ und „alle',
      'Sie überschneiden sich mit 2 Zitaten: das Zitat von Anna Roth („die Schulen öffnen“) und ein nicht ' +
        'zugeordnetes Zitat („alle Lehrer einstellen“). Ein Zitat kann nicht in einem anderen beginnen und ' +
        'außerhalb enden: Ersetzen Sie sie durch ein neues Zitat.',
    ],
  ])('%s: %s', async (language, words, expected) => {
    expect(await noteFor(language, words)).toBe(expected);
  });
});

const BERG = {
  de: '„Das ist teuer“, sagte Tom Berg, „und niemand fragt uns.“',
  en: '“That is expensive,” said Tom Berg, “and nobody asks us.”',
};

/** A made-up article with a translation: a quote interrupted by its cue, in both languages. */
function translated(): Article {
  const at = (text: string, exact: string) => spanOf('p1', text, exact);
  return validArticle(
    articleFrom({
      text: BERG,
      speakers: [{ id: 'berg', name: 'Tom Berg' }],
      quotes: [
        {
          id: 'q1',
          speaker: 'berg',
          kind: 'direct',
          spans: {
            de: [at(BERG.de, '„Das ist teuer“'), at(BERG.de, '„und niemand fragt uns.“')],
            en: [at(BERG.en, '“That is expensive,”'), at(BERG.en, '“and nobody asks us.”')],
          },
        },
      ],
    }),
  );
}

describe('overlapNote, over an interrupted quote with a translation', () => {
  it.each([
    [
      'en',
      'They overlap the quote by Tom Berg: “Das ist teuer”. A quote cannot begin inside another and end outside ' +
        'it: extend that quote over these words, or replace it with a new quote. Replacing takes only the part of ' +
        'the quote by Tom Berg that these words overlap; its other part stays marked as it is: “und niemand fragt ' +
        'uns”. Either way, where the quote is in the translation (English) cannot be worked out: that place will ' +
        'be marked out of date and no longer highlighted.',
    ],
    [
      'de',
      'Sie überschneiden sich mit dem Zitat von Tom Berg: „Das ist teuer“. Ein Zitat kann nicht in einem anderen ' +
        'beginnen und außerhalb enden: Erweitern Sie jenes Zitat um diese Worte, oder ersetzen Sie es durch ein ' +
        'neues Zitat. Beim Ersetzen entfällt nur der Teil des Zitats von Tom Berg, den diese Worte überschneiden; ' +
        'sein anderer Teil bleibt markiert, wie er ist: „und niemand fragt uns“. In beiden Fällen lässt sich nicht ' +
        'ermitteln, wo das Zitat in der Übersetzung (Englisch) steht: Diese Stelle wird als veraltet gekennzeichnet ' +
        'und nicht mehr markiert.',
    ],
  ])('%s', async (language, expected) => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: language, fallbackLng: 'en', ns: [...namespaces] });
    const words = 'teuer“, sagte Tom';
    const start = BERG.de.indexOf(words);
    const stretch = { language: 'de', paragraph: 'p1', start, end: start + words.length };
    const note = overlapNote(
      i18n.getFixedT(language, 'corrections'),
      language,
      translated(),
      overlapsOf(translated(), stretch),
      language,
    );
    expect(note).toBe(expected);
  });
});
