/**
 * A hash of what a machine translation of an article depends on: its original text and where its annotations
 * stand in it. A translation kept for a shipped article is stored under this hash, so that when the article is
 * corrected or re-annotated the old translation (whose spans were placed for the old text) is no longer shown.
 */
import type { Article, SpansByLanguage } from '../article/schema';

/**
 * 53 bits of the cyrb53 hash of `text` (two 32-bit multiply-xor lanes mixed at the end; not cryptographic, but
 * well spread and tiny), as 14 hexadecimal digits.
 */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The content hash of `article`: its original language, its paragraphs' ids and original texts, and the
 * original-language spans of its quotes (words, cues, speaker mentions) and event mentions. Titles, speakers'
 * details and other translations do not count. Deterministic: the same content gives the same hash everywhere.
 */
export function articleContentHash(article: Article): string {
  const original = article.originalLanguage;
  const spans = (byLanguage: SpansByLanguage | undefined) =>
    (byLanguage?.[original] ?? []).map((s) => [s.paragraph, s.start, s.end]);
  return cyrb53(
    JSON.stringify([
      original,
      article.paragraphs.map((p) => [p.id, p.text[original] ?? '']),
      article.quotes.map((q) => [q.id, spans(q.spans), spans(q.cue), spans(q.speakerMention)]),
      article.events.map((e) => [e.id, spans(e.mentions)]),
    ]),
  );
}
