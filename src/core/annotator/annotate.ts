/**
 * The annotator's entry point: plain German news text in, an article in format v1 out, marked as automatically
 * annotated. Paragraph texts are the input's lines verbatim (without surrounding white space), so every span's
 * offsets map back to the input; every quote and event carries a confidence and `needsReview` where a rule guessed.
 * A text without a title whose first line is a headline with nothing to annotate in it is read as that title and
 * the text after it (see {@link titleAndText}): the headline is not repeated as the first paragraph.
 */
import {
  SCHEMA_VERSION,
  type Article,
  type ArticleEvent,
  type Quote,
  type Source,
  type Span,
} from '../article/schema';
import { slugify } from '../article/slug';
import { annotateText } from './annotate-text';
import { splitParagraphs, type TextParagraph } from './text/paragraphs';
import { splitSentences } from './text/sentences';
import { saidDates } from './dates/said-dates';
import { afterDateline } from './text/text-model';
import { ANNOTATOR_TOOL } from './tool';
import type { FoundDate, TextModel } from './model';
import type { QuotedPart } from './text/quotation-marks';
import { quoteNeedsReview } from './review';

/** What the annotator needs: the text, and optionally its title, publication date, source and id. */
export interface AnnotateInput {
  text: string;
  title?: string;
  /**
   * `YYYY-MM-DD`; resolves "am Donnerstag" and "gestern". When absent the article is dated today (UTC) and
   * weekdays and relative days are left unresolved, since the day they count from is unknown.
   */
  published?: string;
  source?: Source;
  /** A slug for the article; derived from the title (or "imported-article") when absent. */
  id?: string;
  /**
   * The text's language (BCP 47); German when absent. The annotator reads German only: a text in another language
   * becomes an article in that language with its paragraphs and nothing marked, rather than a German one whose
   * quotes the rules failed to find.
   */
  language?: string;
  /** Hears the share of the text done (0..1) now and then; for progress bars on long texts. */
  onProgress?: (fraction: number) => void;
}

/** Annotates German news text as a format-v1 article. Throws when the text has no paragraph. */
export function annotate(given: AnnotateInput): Article {
  const input = { ...given, ...titleAndText(given) };
  if (input.language !== undefined && input.language !== 'de') return unannotated(input, input.language);
  const annotated = annotateText(input.text, input.published, input.onProgress);
  const { model } = annotated;
  if (model.paragraphs.length === 0) throw new Error('the text is empty');
  const pid = (index: number): string => `p${index + 1}`;
  const span = (part: QuotedPart): Span => ({
    paragraph: pid(part.paragraph),
    start: part.start,
    end: part.end,
    exact: model.paragraphs[part.paragraph]?.text.slice(part.start, part.end) ?? '',
  });
  const used = new Set(
    annotated.quotes.flatMap((q) => [q.speaker?.id, q.relay?.speaker.id].filter((id) => id !== undefined)),
  );
  const said = saidDates(model, annotated.quotes, annotated.dates, input.published);
  const quotes: Quote[] = annotated.quotes
    .filter((q) => q.spans.length > 0)
    .sort(byPosition)
    .map((q, i) => ({
      id: `q${i + 1}`,
      speaker: q.speaker?.id ?? null,
      kind: q.kind,
      spans: { de: q.spans.map(span) },
      ...(q.cue.length > 0 ? { cue: { de: q.cue.map(span) } } : {}),
      ...(q.mention ? { speakerMention: { de: [span(q.mention)] } } : {}),
      ...(q.relay && q.relay.speaker !== q.speaker ? { relayedBy: q.relay.speaker.id } : {}),
      ...saidOn(said.get(q)),
      confidence: round(q.confidence),
      needsReview: quoteNeedsReview(round(q.confidence)),
    }));
  return articleOf(input, 'de', model.paragraphs, {
    speakers: annotated.speakers
      .filter((s) => used.has(s.id))
      .map((s) => ({ id: s.id, name: s.name, kind: s.kind, ...(s.role ? { role: { de: s.role } } : {}) })),
    quotes,
    events: events(model, annotated.dates, span),
  });
}

/** The quote's `said` for a date when it was said, or nothing. */
const saidOn = (date: string | undefined): Pick<Quote, 'said'> => (date ? { said: { date } } : {});

/** A text in `language`, which the annotator cannot read: its paragraphs, no speakers, quotes or events. */
function unannotated(input: AnnotateInput, language: string): Article {
  const paragraphs = splitParagraphs(input.text);
  if (paragraphs.length === 0) throw new Error('the text is empty');
  input.onProgress?.(1);
  return articleOf(input, language, paragraphs, { speakers: [], quotes: [], events: [] });
}

/**
 * The title and the text to read. Given a title: it, and the whole text. Else a first line that is a headline
 * becomes the title and the text is what follows it, as if the person had typed the headline as the title: the
 * article shows it once, as its title, not again as its first paragraph (see {@link headlineTitle} for what makes
 * a headline). A headline holding a quote or a date stays the first paragraph ({@link holdsAnnotations}), as does
 * the only line of a text. The paragraphs after the headline are the same lines, and offsets are counted within a
 * paragraph: every span still maps back to the input.
 */
function titleAndText(input: AnnotateInput): Pick<AnnotateInput, 'title' | 'text'> {
  if (input.title?.trim()) return { text: input.text };
  const [first, second] = splitParagraphs(input.text);
  if (!first || !second) return { text: input.text };
  const title = headlineTitle(input.text, first, second);
  return title !== undefined && !holdsAnnotations(first.text, input)
    ? { title, text: input.text.slice(second.start) }
    : { text: input.text };
}

/**
 * The title a first line makes when it is a headline, else `undefined`. A headline is one short sentence with no
 * dateline before it ({@link firstWords} of the line is the whole line): "Stadt sperrt die alte Brücke", "Wer
 * zahlt die Rechnung?". Headlines rarely end in a full stop, but some do ("Stadt schließt Freibad."); such a line is
 * a headline when it stands apart, a blank line after it, and the paragraph after it is longer: the title is the
 * line without its full stop, as {@link firstWords} would title the text anyway. A one-sentence lead that runs into
 * the text (no blank line after it, or no longer paragraph) is the text's first paragraph.
 */
function headlineTitle(input: string, first: TextParagraph, second: TextParagraph): string | undefined {
  const title = firstWords(first.text);
  if (title === first.text) return title;
  const stopped = first.text.endsWith('.') && title === first.text.slice(0, -1);
  const apart = lineBreaks(input, first.start + first.text.length, second.start) >= 2;
  return stopped && apart && wordCount(second.text) > wordCount(first.text) ? title : undefined;
}

/** Line breaks in `text` from `start` to `end` (UTF-16 offsets, half-open); "\r\n" is one. */
function lineBreaks(text: string, start: number, end: number): number {
  let breaks = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 0x2028 || code === 0x2029 || (code === 13 && text.charCodeAt(i + 1) !== 10))
      breaks++;
  }
  return breaks;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * Whether the annotator finds a quote or a date in a German headline read alone ("Kanzler: „Wir helfen“", "Städte
 * fordern mehr Zeit", "Streik am Montag"). A title has no spans, so such a headline stays the first paragraph, where
 * what it says is highlighted: shown twice rather than an annotation lost. Only the headline is read, so the cost
 * is one line's.
 */
function holdsAnnotations(headline: string, input: AnnotateInput): boolean {
  if (input.language !== undefined && input.language !== 'de') return false;
  const found = annotateText(headline, input.published);
  return found.quotes.length > 0 || found.dates.length > 0;
}

/**
 * The article of `paragraphs` in `language`, with what was found in them: its title (given, or the first words),
 * id, date, source and the annotator's name from `input`; paragraph ids `p1`, `p2`, ….
 */
function articleOf(
  input: AnnotateInput,
  language: string,
  paragraphs: readonly { text: string }[],
  found: Pick<Article, 'speakers' | 'quotes' | 'events'>,
): Article {
  const title = input.title?.trim() || firstWords(paragraphs[0]?.text ?? '');
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id ?? slugify(title, 'imported-article', 80),
    originalLanguage: language,
    languages: [language],
    title: { [language]: title },
    published: input.published ?? new Date().toISOString().slice(0, 10),
    source: input.source ?? { name: 'Import', kind: 'import' },
    annotation: { method: 'automatic', tool: ANNOTATOR_TOOL },
    paragraphs: paragraphs.map((p, i) => ({ id: `p${i + 1}`, text: { [language]: p.text } })),
    ...found,
  };
}

function events(
  model: TextModel,
  dates: readonly FoundDate[],
  span: (part: QuotedPart) => Span,
): ArticleEvent[] {
  const byKey = new Map<string, ArticleEvent>();
  for (const date of dates) {
    const key = `${date.sentence}:${date.date}`;
    const mention = span({ paragraph: date.paragraph, start: date.start, end: date.end });
    const known = byKey.get(key);
    if (known) {
      known.mentions.de?.push(mention);
      continue;
    }
    byKey.set(key, {
      id: `e${byKey.size + 1}`,
      date: date.date,
      label: { de: label(model, date.sentence) },
      dateSource: 'stated',
      mentions: { de: [mention] },
      confidence: date.relative ? 0.7 : 0.9,
      needsReview: date.relative,
    });
  }
  return [...byKey.values()];
}

/** Words in an event's label; a longer sentence is cut after them. */
const LABEL_WORDS = 12;

/** A short label from the sentence: its first twelve words. Reads no further than the thirteenth. */
function label(model: TextModel, index: number): string {
  const sentence = model.sentences[index];
  if (!sentence) return '';
  const text = model.paragraphs[sentence.paragraph]?.text.slice(sentence.start, sentence.end) ?? '';
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length && words.length <= LABEL_WORDS; i++) {
    const space = i === text.length || isSpaceAt(text, i);
    if (space && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return words.length <= LABEL_WORDS ? text : `${words.slice(0, LABEL_WORDS).join(' ')} …`;
}

const SPACE = /\s/;

/** Whether `text[i]` is white space as `\s` means it; printable ASCII never is, and needs no regular expression. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code > 32 && code < 127 ? false : SPACE.test(text[i] as string);
}

/** How many words of a first sentence make a title whole; a longer sentence gives its first {@link TITLE_WORDS}. */
const TITLE_SENTENCE_WORDS = 14;
const TITLE_WORDS = 8;

/**
 * A title from a paragraph's first sentence, after a dateline: the sentence without its final punctuation when it
 * is short, else its first words and "…"; a quotation mark left open is closed. "Untitled" for an empty paragraph.
 */
function firstWords(text: string): string {
  const start = afterDateline(text);
  const [first] = splitSentences(text.slice(start));
  const sentence = first ? text.slice(start + first.start, start + first.end) : text;
  const words = sentence.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return 'Untitled';
  const cut = words.length > TITLE_SENTENCE_WORDS;
  let title = withoutTrailing((cut ? words.slice(0, TITLE_WORDS) : words).join(' '), ' .,;:…–—-');
  if (cut) title += ' …';
  const opened = (title.match(/„/g) ?? []).length - (title.match(/“/g) ?? []).length;
  return opened > 0 ? `${title}“` : title;
}

/** `text` without the characters of `set` at its end. */
function withoutTrailing(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && set.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

function byPosition(a: { spans: QuotedPart[] }, b: { spans: QuotedPart[] }): number {
  const x = a.spans[0];
  const y = b.spans[0];
  if (!x || !y) return 0;
  return x.paragraph - y.paragraph || x.start - y.start;
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}
