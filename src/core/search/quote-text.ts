/**
 * What of a quote a search finds it by and shows, shared by the imported articles' index (`./quote-index.ts`) and
 * the shipped one (`./sharded-index.ts`), without either's machinery (the reader of the shipped index's blocks of
 * quotes runs in a worker that needs neither).
 */
import type { LocalizedText } from '../article/schema';
import type { ArchiveQuote } from '../archive/archive-quote';
import { runOnNames } from '../speakers/name-match';

/**
 * How much of each quote's words (per language) a result keeps to show, in UTF-16 code units: enough for two lines
 * of a result; the whole quote is indexed and one click away. Keeping whole quotes doubled the compressed index.
 */
export const SHOWN_QUOTE_LENGTH = 240;

const values = (text: LocalizedText | undefined) => (text ? Object.values(text) : []);

/** The quote's words in every language, each cut to {@link SHOWN_QUOTE_LENGTH} with an ellipsis. */
export function shortenWords(text: LocalizedText): LocalizedText {
  const out: LocalizedText = {};
  for (const [language, words] of Object.entries(text))
    out[language] = words.length > SHOWN_QUOTE_LENGTH ? `${words.slice(0, SHOWN_QUOTE_LENGTH - 1)}…` : words;
  return out;
}

/**
 * The text a quote is found by: its words in every language, its speaker's name and role, its article's title, and
 * last the speaker's names written together from each word on (`runOnNames`: `oconnor` for "Siobhán O'Connor"), so
 * that "OConnor" typed finds her as the library's speaker filter does. Last, because the imported articles' index
 * ranks a word by where it stands: a quote with the typed word itself comes before one found by a name run on.
 */
export function indexedText(quote: ArchiveQuote): string {
  const speaker = quote.speaker;
  const names = speaker ? [speaker.name, ...values(speaker.localizedName)] : [];
  const who = [...names, ...values(speaker?.role)];
  const runOn = new Set(names.flatMap(runOnNames));
  return [...values(quote.text), ...who, ...values(quote.articleTitle), ...runOn].join('\n');
}
