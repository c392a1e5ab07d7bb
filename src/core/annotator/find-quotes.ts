/**
 * The annotator's quotes with offsets into the whole input text: the lower-level view the command line's
 * `--format spans` prints and the evaluation compares with hand annotation.
 */
import type { QuoteKind } from '../article/schema';
import { annotateText, type AnnotatedText } from './annotate-text';
import type { FoundQuote } from './model';
import type { QuotedPart } from './text/quotation-marks';
import { rangeInInput, unwrapLines } from '../text/unwrap-lines';

/** A half-open range `[start, end)` of UTF-16 offsets into the input text. */
export type InputRange = [number, number];

/** One quote, located in the input text. */
export interface QuoteInText {
  /** What was said; several ranges when the quote is interrupted or runs over paragraphs. */
  quote: InputRange[];
  kind: QuoteKind;
  /** The speaker's canonical name, or `null` when unattributed. */
  speaker: string | null;
  speakerMention: InputRange | null;
  cue: InputRange[];
  confidence: number;
  /**
   * `true` on the line for the medium that relays a quotation ("zitiert die Zeitung den Minister …"): it follows
   * the person's own line, with the same quote ranges and kind, the medium as `speaker` and its mention.
   */
  relay?: true;
}

/** Annotates `input` and returns its quotes with offsets into `input`, in text order. */
export function findQuotes(input: string, published?: string): QuoteInText[] {
  return quotesInText(annotateText(input, published));
}

/**
 * {@link findQuotes} on `input` read as the importer reads a text: a hard-wrapped text's lines joined first
 * ({@link unwrapLines}), since the annotator takes every line for a paragraph. The offsets are still into `input`;
 * a text that is not wrapped gives what `findQuotes` gives.
 */
export function findQuotesUnwrapped(input: string, published?: string): QuoteInText[] {
  const prose = unwrapLines(input);
  const quotes = findQuotes(prose, published);
  if (prose === input) return quotes;
  const toInput = rangeInInput(input, prose);
  return quotes.map((quote) => ({
    ...quote,
    quote: quote.quote.map(toInput),
    speakerMention: quote.speakerMention && toInput(quote.speakerMention),
    cue: quote.cue.map(toInput),
  }));
}

/** Converts the quotes of an annotated text to input offsets. */
export function quotesInText(annotated: AnnotatedText): QuoteInText[] {
  const { paragraphs } = annotated.model;
  const toInput = (part: QuotedPart): InputRange => {
    const base = paragraphs[part.paragraph]?.start ?? 0;
    return [base + part.start, base + part.end];
  };
  const inputStart = (quote: FoundQuote): number => {
    const first = quote.spans[0];
    return first ? toInput(first)[0] : 0;
  };
  const lines = [...annotated.quotes]
    .sort((a, b) => inputStart(a) - inputStart(b))
    .flatMap((quote): QuoteInText[] => {
      const own: QuoteInText = {
        quote: quote.spans.map(toInput),
        kind: quote.kind,
        speaker: quote.speaker?.name ?? null,
        speakerMention: quote.mention ? toInput(quote.mention) : null,
        cue: quote.cue.map(toInput),
        confidence: Math.round(quote.confidence * 100) / 100,
      };
      const relay = quote.relay;
      if (!relay) return [own];
      return [
        own,
        {
          ...own,
          speaker: relay.speaker.name,
          speakerMention: toInput(relay.mention),
          cue: relay.cue.map(toInput),
          relay: true,
        },
      ];
    });
  return lines;
}
