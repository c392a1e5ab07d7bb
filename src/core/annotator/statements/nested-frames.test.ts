import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';

/** The texts of the indirect quotes of `text`, in order, spans joined by " … ". */
function indirect(text: string): string[] {
  return findQuotes(text, '2024-05-02')
    .filter((q) => q.kind === 'indirect')
    .map((q) => q.quote.map(([s, e]) => text.slice(s, e)).join(' … '));
}

describe('a frame in a subordinate clause of a statement frames that clause too', () => {
  it.each([
    {
      name: 'in a "weil" clause of a speech verb\'s statement',
      text: 'Der Minister sagte, man werde die Flotte verstärken, weil die Küstenwache nach Angaben der Marine überlastet ist.',
      nested: 'weil die Küstenwache … überlastet ist',
    },
    {
      name: 'in a relative clause of a statement an opening frame gives',
      text: 'Laut Polizei sei ein Wagen der Veranstalter kontrolliert worden, aus dem nach Angaben von Zeugen zuvor Flaschen geworfen worden seien.',
      nested: 'aus dem … zuvor Flaschen geworfen worden seien',
    },
  ])('$name', ({ text, nested }) => {
    const found = indirect(text);
    expect(found).toHaveLength(2);
    expect(found[1]).toBe(nested);
  });

  it.each([
    {
      name: "a frame in the statement's own main clause is no second statement",
      text: 'Der Minister sagte, die Küstenwache sei nach Angaben der Marine überlastet.',
    },
    {
      name: 'a statement noun inside a statement is none either',
      text: 'Die Stadt gab bekannt, dass sie Pläne entwickeln wolle, die helfen sollen, den Verkehr zu verringern.',
    },
  ])('$name', ({ text }) => {
    expect(indirect(text)).toHaveLength(1);
  });
});

describe("a frame's source ends before an article, which opens a phrase of its own", () => {
  it.each([
    {
      name: 'a genitive name before "keine"',
      text: 'Die Kommission tagte am Montag. Dort wollte nach Aussagen Bergers keine Partei nachgeben.',
      quote: 'Dort wollte … keine Partei nachgeben',
    },
    {
      name: 'a name before "seine"',
      text: 'Die Kommission tagte am Montag. Dort legte laut Paul Weber seine Partei einen Plan vor.',
      quote: 'Dort legte … seine Partei einen Plan vor',
    },
  ])('$name', ({ text, quote }) => {
    expect(indirect(text)).toEqual([quote]);
  });
});
