import { describe, expect, it } from 'vitest';
import { serializePrerendered, type PrerenderedData } from './prerendered';

const withText = (text: string): PrerenderedData => ({
  path: '/articles/a',
  language: 'en',
  queries: [[['article', 'a'], { paragraphs: [{ id: 'p1', text: { en: text } }] }]],
});

describe('serializePrerendered', () => {
  it.each([
    ['a closing script tag', 'before </script><script>alert(1)</script> after'],
    ['an HTML comment opener', 'a <!-- b'],
    ['line and paragraph separators', 'one\u2028two\u2029three'],
    ['plain text with quotes', '„Wir bauen den Hafen aus“, sagte sie.'],
  ])('keeps %s inside the script element and round-trips it', (_name, text) => {
    const serialized = serializePrerendered(withText(text));
    expect(serialized).not.toContain('<');
    expect(serialized).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(serialized)).toEqual(withText(text));
  });
});
