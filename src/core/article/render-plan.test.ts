import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../testing/data-generators';
import valid from './__fixtures__/valid-minimal.json';
import { parseArticle } from './parse';
import { planArticle } from './render-plan';
import type { Article } from './schema';

function article(value: unknown): Article {
  const result = parseArticle(value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

describe('planArticle', () => {
  it('gives every quote and event mention exactly one anchor per paragraph it appears in', () => {
    const a = generateArticle({
      languages: ['de', 'en', 'fr'],
      paragraphs: 40,
      speakers: 6,
      quotes: 90,
      events: 14,
    });
    for (const language of a.languages) {
      const plan = planArticle(a, language);
      const anchors = new Map<string, number>();
      for (const [paragraph, segments] of plan) {
        for (const s of segments) {
          if (!s.anchor) continue;
          const key = `${paragraph}:${s.anchor.type === 'quote' ? s.anchor.quote.id : s.anchor.event.id}`;
          anchors.set(key, (anchors.get(key) ?? 0) + 1);
        }
      }
      const expected = new Set<string>();
      for (const q of a.quotes)
        for (const s of q.spans[language] ?? []) expected.add(`${s.paragraph}:${q.id}`);
      for (const e of a.events)
        for (const s of e.mentions[language] ?? []) expected.add(`${s.paragraph}:${e.id}`);
      expect(new Set(anchors.keys())).toEqual(expected);
      expect([...anchors.values()].every((n) => n === 1)).toBe(true);
    }
  });

  it('lists the medium that relays a quote among its speakers, so a filter by the medium finds it', () => {
    const a = structuredClone(valid);
    a.speakers.push({ id: 'blatt', name: 'Das Blatt', kind: 'collective' } as never);
    (a.quotes[0] as { relayedBy?: string }).relayedBy = 'blatt';
    const quoted = planArticle(article(a), 'de')
      .get('p1')!
      .find((s) => s.quote?.id === 'q1');
    expect(quoted?.speakerIds).toEqual(['lind', 'blatt']);
  });

  it('colours a nested stretch by the inner quote and remembers the outer one', () => {
    const a = structuredClone(valid);
    a.quotes.push({
      id: 'q3',
      speaker: 'lind',
      kind: 'direct',
      spans: { de: [{ paragraph: 'p2', start: 26, end: 38, exact: 'Rat 2019 zug' }] },
    } as never);
    const segments = planArticle(article(a), 'de').get('p2')!;
    const inner = segments.find((s) => s.text === 'Rat ');
    expect(inner?.quote?.id).toBe('q3');
    expect(inner?.outerQuote?.id).toBe('q2');
    const date = segments.find((s) => s.text === '2019');
    expect(date?.event?.id).toBe('e1');
    expect(date?.quote?.id).toBe('q3');
    expect(segments.map((s) => s.text).join('')).toBe(a.paragraphs[1]!.text.de);
  });

  it('skips paragraphs without text in the language', () => {
    const a = structuredClone(valid);
    delete (a.paragraphs[1]!.text as Record<string, string>).en;
    a.quotes[1]!.spans = { de: a.quotes[1]!.spans.de } as never;
    a.events[0]!.mentions = { de: a.events[0]!.mentions.de } as never;
    expect([...planArticle(article(a), 'en').keys()]).toEqual(['p1']);
  });
});
