/**
 * Share of voice: how much of what an article quotes each speaker says, counted in words of the original text.
 *
 * Definition (the legend shows exactly this):
 * - A speaker who relays others' quotes (`relayedBy`: a paper quoting a minister) is counted apart (`relayed`):
 *   the words are the minister's.
 * - A **word** is a segment that `Intl.Segmenter(originalLanguage, { granularity: 'word' })` marks as
 *   `isWordLike`, so punctuation, quotation marks and spaces never count. Counting happens in the original
 *   language only: translations are longer or shorter and would make the numbers depend on the reader's choice.
 * - A word belongs to a quote span when the word **starts** inside the span (`start <= word.start < end`, UTF-16
 *   offsets, half-open like every span).
 * - A speaker's **words** are the distinct word positions (paragraph, offset) covered by any of their quotes.
 *   A word inside two quotes of the same speaker (a partial direct quote inside that speaker's indirect speech)
 *   counts once.
 * - The **share** is a speaker's words divided by the quoted words of all speakers together, where the total is
 *   again a union: a word quoted for two different speakers is counted once in the total but once for each of
 *   them, so shares can add up to more than 100 % when speakers' quotes overlap. Unattributed quotes
 *   (`speaker: null`) belong to nobody and are left out of both.
 */
import type { Article } from '../article/schema';

export interface SpeakerShare {
  speaker: string;
  /** How many quotes are attributed to the speaker, nested ones included. */
  quotes: number;
  /** How many quotes of others the speaker relays (`relayedBy`: a paper quoting a minister); not in `words`. */
  relayed: number;
  /** Distinct words of the original text inside the speaker's quotes. */
  words: number;
  /** `words` over all quoted words of all speakers, from 0 to 1; 0 when nothing is quoted. */
  share: number;
}

export interface ShareOfVoice {
  /** One entry per speaker, in the article's speaker order (speakers without quotes have zeros). */
  speakers: SpeakerShare[];
  /** Distinct quoted words of all speakers together: the denominator of every share. */
  totalWords: number;
}

type ArticleForShares = Pick<Article, 'originalLanguage' | 'paragraphs' | 'speakers' | 'quotes'>;

/** Start offsets (UTF-16) of the word-like segments of `text`, ascending. */
export function wordStarts(text: string, language: string): number[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const starts: number[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) starts.push(segment.index);
  }
  return starts;
}

/** Index of the first element of ascending `values` that is `>= target`. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Each speaker's quotes, words and share of the quoted words, as defined at the top of this module. */
export function shareOfVoice(article: ArticleForShares): ShareOfVoice {
  const language = article.originalLanguage;
  const starts = new Map<string, number[]>();
  const startsOf = (paragraphId: string): number[] => {
    let list = starts.get(paragraphId);
    if (!list) {
      const text = article.paragraphs.find((p) => p.id === paragraphId)?.text[language] ?? '';
      list = wordStarts(text, language);
      starts.set(paragraphId, list);
    }
    return list;
  };

  const wordsBySpeaker = new Map<string, Set<string>>(article.speakers.map((s) => [s.id, new Set()]));
  const quoteCounts = new Map<string, number>();
  const relayCounts = new Map<string, number>();
  const all = new Set<string>();
  for (const quote of article.quotes) {
    if (quote.relayedBy !== undefined) {
      relayCounts.set(quote.relayedBy, (relayCounts.get(quote.relayedBy) ?? 0) + 1);
    }
    if (quote.speaker === null) continue;
    quoteCounts.set(quote.speaker, (quoteCounts.get(quote.speaker) ?? 0) + 1);
    let words = wordsBySpeaker.get(quote.speaker);
    if (!words) {
      words = new Set();
      wordsBySpeaker.set(quote.speaker, words);
    }
    for (const span of quote.spans[language] ?? []) {
      const list = startsOf(span.paragraph);
      for (let i = lowerBound(list, span.start); i < list.length && (list[i] ?? 0) < span.end; i++) {
        const key = `${span.paragraph}:${list[i] ?? 0}`;
        words.add(key);
        all.add(key);
      }
    }
  }

  const totalWords = all.size;
  return {
    totalWords,
    speakers: article.speakers.map((speaker) => {
      const words = wordsBySpeaker.get(speaker.id)?.size ?? 0;
      return {
        speaker: speaker.id,
        quotes: quoteCounts.get(speaker.id) ?? 0,
        relayed: relayCounts.get(speaker.id) ?? 0,
        words,
        share: totalWords === 0 ? 0 : words / totalWords,
      };
    }),
  };
}
