import { describe, expect, it } from 'vitest';
import { fakeTranslator, GERMAN_ENGLISH } from '../../testing/fake-translator';
import { parseArticle } from '../article/parse';
import type { Article } from '../article/schema';
import { withLanguageLayer, withoutLanguage } from './language-layer';
import { translateArticle, type TranslationProgress } from './translate-article';
import { articleFrom, validArticle } from '../../testing/hand-made-article';
import { spanOf } from '../../testing/spans';

const at = spanOf;

interface QuoteSketch {
  kind?: 'direct' | 'indirect';
  spans: string[];
  cue?: string;
  mention?: string;
}

/** A one-paragraph German article with `quotes` (their words found in `text`) and one event mention. */
function article(text: string, quotes: QuoteSketch[], eventMention?: string): Article {
  return validArticle(
    articleFrom({
      title: { de: 'Der Hafen' },
      text,
      speakers: [{ id: 'lind', name: 'Eva Lind', role: { de: 'Bürgermeisterin' } }],
      quotes: quotes.map((q, i) => ({
        id: `q${i + 1}`,
        speaker: 'lind',
        kind: q.kind ?? 'direct',
        spans: { de: q.spans.map((exact) => at('p1', text, exact)) },
        ...(q.cue ? { cue: { de: [at('p1', text, q.cue)] } } : {}),
        ...(q.mention ? { speakerMention: { de: [at('p1', text, q.mention)] } } : {}),
      })),
      events: eventMention
        ? [
            {
              id: 'e1',
              date: '2024-05-07',
              label: { de: 'Dienstag' },
              dateSource: 'stated',
              mentions: { de: [at('p1', text, eventMention)] },
            },
          ]
        : [],
    }),
  );
}

const signal = () => new AbortController().signal;
const NOW = new Date('2026-12-05T12:00:00Z');

/** Translates into English and returns the merged article, failing the test if it does not validate. */
async function english(source: Article): Promise<Article> {
  const layer = await translateArticle(source, 'en', fakeTranslator(), { signal: signal(), now: NOW });
  const merged = withLanguageLayer(source, layer);
  expect(merged.ok ? [] : merged.problems).toEqual([]);
  if (!merged.ok) throw new Error('invalid');
  return merged.article;
}

const spansOf = (a: Article, quote: string, field: 'spans' | 'cue' | 'speakerMention' = 'spans') =>
  (a.quotes.find((q) => q.id === quote)?.[field]?.en ?? []).map(({ exact, approximate }) =>
    approximate ? { exact, approximate } : { exact },
  );

describe('translateArticle: quotes carried into the translation', () => {
  it('maps a quote of whole sentences to the translated sentences, exactly', async () => {
    const text = 'Der Rat tagt heute. „Wir bauen den Hafen aus.“ Dann ging er.';
    const result = await english(article(text, [{ spans: ['„Wir bauen den Hafen aus.“'] }]));
    expect(result.paragraphs[0]?.text.en).toBe(
      'The council meets today. “We build the harbour.” Then went he.',
    );
    expect(spansOf(result, 'q1')).toEqual([{ exact: '“We build the harbour.”' }]);
  });

  it('finds a partial quote, its cue, its speaker and a date in their sentence, with the quotation marks', async () => {
    const text = '„Wir bauen den Hafen aus“, sagte Bürgermeisterin Eva Lind am Dienstag.';
    const result = await english(
      article(
        text,
        [{ spans: ['„Wir bauen den Hafen aus“'], cue: 'sagte', mention: 'Eva Lind' }],
        'am Dienstag',
      ),
    );
    expect(result.paragraphs[0]?.text.en).toBe('“We build the harbour”, said mayor Eva Lind on Tuesday.');
    expect(spansOf(result, 'q1')).toEqual([{ exact: '“We build the harbour”' }]);
    expect(spansOf(result, 'q1', 'cue')).toEqual([{ exact: 'said' }]);
    expect(spansOf(result, 'q1', 'speakerMention')).toEqual([{ exact: 'Eva Lind' }]);
    expect(result.events[0]?.mentions.en).toMatchObject([{ exact: 'on Tuesday' }]);
  });

  it('keeps both parts of an interrupted quote, disjoint', async () => {
    const text = '„Wir bauen“, sagte sie, „den Hafen aus.“';
    const result = await english(
      article(text, [{ spans: ['„Wir bauen“', '„den Hafen aus.“'], cue: 'sagte' }]),
    );
    expect(result.paragraphs[0]?.text.en).toBe('“We build”, said she, “the harbour.”');
    expect(spansOf(result, 'q1')).toEqual([{ exact: '“We build”' }, { exact: '“the harbour.”' }]);
  });

  it('places a quoted phrase nested in indirect speech inside the indirect quote', async () => {
    const text = 'Lind sagte, die Stadt werde den „Hafen der Zukunft“ bauen.';
    const result = await english(
      article(text, [
        { kind: 'indirect', spans: ['die Stadt werde den „Hafen der Zukunft“ bauen'] },
        { spans: ['„Hafen der Zukunft“'] },
      ]),
    );
    expect(result.paragraphs[0]?.text.en).toBe('Lind said, the city would the “harbour the future” build.');
    const [indirect] = result.quotes[0]?.spans.en ?? [];
    const [nested] = result.quotes[1]?.spans.en ?? [];
    expect(indirect?.exact).toBe('the city would the “harbour the future” build');
    expect(nested?.exact).toBe('“harbour the future”');
    expect(nested!.start >= indirect!.start && nested!.end <= indirect!.end).toBe(true);
  });

  it('finds a quote the translator moved to the other end of its sentence', async () => {
    const text = 'Der Rat tagt heute. „Das ist teuer“, sagte Berg.';
    const result = await english(
      article(text, [{ spans: ['„Das ist teuer“'], cue: 'sagte', mention: 'Berg' }]),
    );
    expect(result.paragraphs[0]?.text.en).toBe('The council meets today. Berg said: “That is expensive.”');
    expect(spansOf(result, 'q1')).toEqual([{ exact: '“That is expensive.”' }]);
    expect(spansOf(result, 'q1', 'cue')).toEqual([{ exact: 'said' }]);
    expect(spansOf(result, 'q1', 'speakerMention')).toEqual([{ exact: 'Berg' }]);
  });

  it('marks a quote whose words it cannot find as approximate, on the clause that holds them, never dropping it', async () => {
    const text = 'Er nannte das Projekt „Geldverschwendung“ und ging.';
    const result = await english(article(text, [{ spans: ['„Geldverschwendung“'], cue: 'nannte' }]));
    expect(result.paragraphs[0]?.text.en).toBe('He called the project “a waste of money” and left.');
    expect(spansOf(result, 'q1')).toEqual([{ exact: 'a waste of money', approximate: true }]);
    expect(spansOf(result, 'q1', 'cue')).toEqual([{ exact: 'called' }]);
  });

  it('joins parts of one quote that land on the same clause, so its spans stay disjoint', async () => {
    const table = {
      words: GERMAN_ENGLISH.words,
      sentences: { '„Wir bauen“, sagte sie, „den Hafen aus.“': 'She said that the port will grow.' },
    };
    const source = article('„Wir bauen“, sagte sie, „den Hafen aus.“', [
      { spans: ['„Wir bauen“', '„den Hafen aus.“'] },
    ]);
    const layer = await translateArticle(source, 'en', fakeTranslator({ table }), {
      signal: signal(),
      now: NOW,
    });
    const merged = withLanguageLayer(source, layer);
    expect(merged.ok).toBe(true);
    expect(layer.quotes.q1?.spans).toMatchObject([
      { exact: 'She said that the port will grow', approximate: true },
    ]);
  });

  it('records the translation as machine-made, with its tool and time, and translates title and role', async () => {
    const result = await english(article('Der Rat tagt heute.', []));
    expect(result.languages).toEqual(['de', 'en']);
    expect(result.translations).toEqual({
      en: { method: 'machine', tool: 'Word list (test)', createdAt: '2026-12-05T12:00:00.000Z' },
    });
    expect(result.title.en).toBe('The harbour');
    expect(result.speakers[0]?.role?.en).toBe('Mayor');
  });

  it('reports the download, then each paragraph, and stops when cancelled', async () => {
    const source = article('Der Rat tagt heute.', []);
    const progress: TranslationProgress[] = [];
    await translateArticle(source, 'en', fakeTranslator({ downloadSteps: 2 }), {
      signal: signal(),
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([
      { phase: 'download', fraction: 0.5 },
      { phase: 'download', fraction: 1 },
      { phase: 'translate', done: 0, total: 2 },
      { phase: 'translate', done: 1, total: 2 },
      { phase: 'translate', done: 2, total: 2 },
    ]);

    const controller = new AbortController();
    const translator = fakeTranslator({ beforeTranslate: () => controller.abort() });
    await expect(
      translateArticle(source, 'en', translator, { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('refuses a language the article already has', async () => {
    const source = await english(article('Der Rat tagt heute.', []));
    await expect(translateArticle(source, 'en', fakeTranslator(), { signal: signal() })).rejects.toThrow(
      /already/,
    );
  });

  it('removes a translation completely, leaving the article as it was', async () => {
    const source = article(
      '„Wir bauen den Hafen aus“, sagte Eva Lind am Dienstag.',
      [{ spans: ['„Wir bauen den Hafen aus“'], cue: 'sagte', mention: 'Eva Lind' }],
      'am Dienstag',
    );
    const removed = withoutLanguage(await english(source), 'en');
    expect(JSON.parse(JSON.stringify(removed))).toEqual(JSON.parse(JSON.stringify(source)));
    expect(parseArticle(removed).ok).toBe(true);
  });
});
