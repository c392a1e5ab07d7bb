/**
 * Checks that relate parts of an article to each other: what the structural schema cannot say alone.
 * Every problem is reported with the JSON path of the offending value; nothing stops at the first problem.
 */
import type { z } from 'zod';
import { isPossibleDate } from '../dates/partial-date-math';
import type { ArticleShape, LocalizedText, Span, SpansByLanguage } from './schema';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Runs every integrity check on a structurally valid article and adds one zod issue per problem. */
export function checkArticleIntegrity(article: ArticleShape, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const declared = checkLanguages(article, report);
  const paragraphs = checkParagraphs(article, declared, report);
  const speakerIds = uniqueIds(article.speakers, 'speakers', report);
  const eventIds = uniqueIds(article.events, 'events', report);
  uniqueIds(article.quotes, 'quotes', report);

  checkTexts(article.title, ['title'], declared, report);
  if (article.title[article.originalLanguage] === undefined) {
    report(['title', article.originalLanguage], `missing the title in the original language`);
  }
  if (article.summary) checkTexts(article.summary, ['summary'], declared, report);
  for (const key of ['disclaimer', 'description'] as const) {
    const text = article.source[key];
    if (text) checkTexts(text, ['source', key], declared, report);
  }

  for (const language of Object.keys(article.translations ?? {})) {
    if (!declared.has(language)) {
      report(['translations', language], `"${language}" is not among the declared languages`);
    } else if (language === article.originalLanguage) {
      report(['translations', language], 'the original language is not a translation');
    }
  }

  article.speakers.forEach((speaker, i) => {
    if (speaker.role) checkTexts(speaker.role, ['speakers', i, 'role'], declared, report);
    if (speaker.localizedName)
      checkTexts(speaker.localizedName, ['speakers', i, 'localizedName'], declared, report);
  });

  article.quotes.forEach((quote, i) => {
    const at: Path = ['quotes', i];
    if (quote.speaker !== null && !speakerIds.has(quote.speaker)) {
      report([...at, 'speaker'], `refers to speaker "${quote.speaker}", which is not defined`);
    }
    if (quote.relayedBy !== undefined) {
      if (!speakerIds.has(quote.relayedBy)) {
        report([...at, 'relayedBy'], `refers to speaker "${quote.relayedBy}", which is not defined`);
      } else if (quote.relayedBy === quote.speaker) {
        report([...at, 'relayedBy'], `is the quote's own speaker "${quote.speaker}"`);
      }
    }
    checkSpans(quote.spans, [...at, 'spans'], paragraphs, declared, report, { disjoint: true });
    if ((quote.spans[article.originalLanguage] ?? []).length === 0) {
      report(
        [...at, 'spans', article.originalLanguage],
        'a quote needs at least one span in the original language',
      );
    }
    if (quote.cue) checkSpans(quote.cue, [...at, 'cue'], paragraphs, declared, report);
    if (quote.speakerMention) {
      checkSpans(quote.speakerMention, [...at, 'speakerMention'], paragraphs, declared, report);
    }
    if (quote.said?.date !== undefined && !isPossibleDate(quote.said.date)) {
      report([...at, 'said', 'date'], `"${quote.said.date}" is not a date that exists`);
    }
    if (quote.said?.event !== undefined && !eventIds.has(quote.said.event)) {
      report([...at, 'said', 'event'], `refers to event "${quote.said.event}", which is not defined`);
    }
    if (quote.said?.place) checkTexts(quote.said.place, [...at, 'said', 'place'], declared, report);
  });

  article.events.forEach((event, i) => {
    const at: Path = ['events', i];
    if (!isPossibleDate(event.date)) report([...at, 'date'], `"${event.date}" is not a date that exists`);
    checkTexts(event.label, [...at, 'label'], declared, report);
    checkSpans(event.mentions, [...at, 'mentions'], paragraphs, declared, report);
  });
}

function checkLanguages(article: ArticleShape, report: Report): Set<string> {
  const declared = new Set<string>();
  article.languages.forEach((tag, i) => {
    const canonical = canonicalTag(tag);
    if (canonical === undefined) report(['languages', i], `"${tag}" is not a valid BCP 47 language tag`);
    else if (canonical !== tag) report(['languages', i], `"${tag}" should be written "${canonical}"`);
    if (declared.has(tag)) report(['languages', i], `"${tag}" is declared twice`);
    declared.add(tag);
  });
  if (!declared.has(article.originalLanguage)) {
    report(['originalLanguage'], `"${article.originalLanguage}" is not among the declared languages`);
  } else if (article.languages[0] !== article.originalLanguage) {
    report(['languages', 0], `the original language "${article.originalLanguage}" must come first`);
  }
  return declared;
}

function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Paragraph texts by id, for anchoring spans. */
type ParagraphIndex = Map<string, LocalizedText>;

function checkParagraphs(article: ArticleShape, declared: Set<string>, report: Report): ParagraphIndex {
  const index: ParagraphIndex = new Map();
  article.paragraphs.forEach((paragraph, i) => {
    if (index.has(paragraph.id)) report(['paragraphs', i, 'id'], `"${paragraph.id}" is defined twice`);
    else index.set(paragraph.id, paragraph.text);
    checkTexts(paragraph.text, ['paragraphs', i, 'text'], declared, report);
    if (paragraph.text[article.originalLanguage] === undefined) {
      report(
        ['paragraphs', i, 'text', article.originalLanguage],
        'missing the text in the original language',
      );
    }
  });
  return index;
}

function uniqueIds(items: readonly { id: string }[], field: string, report: Report): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report([field, i, 'id'], `"${item.id}" is defined twice`);
    seen.add(item.id);
  });
  return seen;
}

function checkTexts(texts: LocalizedText, path: Path, declared: Set<string>, report: Report): void {
  for (const language of Object.keys(texts)) {
    if (!declared.has(language))
      report([...path, language], `language "${language}" is not declared in languages`);
  }
}

function checkSpans(
  byLanguage: SpansByLanguage,
  path: Path,
  paragraphs: ParagraphIndex,
  declared: Set<string>,
  report: Report,
  options: { disjoint?: boolean } = {},
): void {
  for (const [language, spans] of Object.entries(byLanguage)) {
    const at: Path = [...path, language];
    if (!declared.has(language)) report(at, `language "${language}" is not declared in languages`);
    spans.forEach((span, i) => {
      const text = paragraphs.get(span.paragraph);
      if (text === undefined) {
        report([...at, i, 'paragraph'], `refers to paragraph "${span.paragraph}", which is not defined`);
        return;
      }
      const paragraphText = text[language];
      if (paragraphText === undefined) {
        report([...at, i, 'paragraph'], `paragraph ${span.paragraph} has no text in "${language}"`);
        return;
      }
      // Offsets that are not whole, non-negative, safe numbers were reported by the schema already.
      if (!isOffset(span.start) || !isOffset(span.end)) return;
      if (span.end <= span.start) {
        report([...at, i, 'end'], `end (${span.end}) must be greater than start (${span.start})`);
        return;
      }
      if (span.end > paragraphText.length) {
        report(
          [...at, i, 'end'],
          `${span.end} is past the end of paragraph ${span.paragraph} (${paragraphText.length} characters)`,
        );
        return;
      }
      if (paragraphText.slice(span.start, span.end) !== span.exact) {
        // Offsets counted in code points (as Python counts) are the usual cause: say where the text really is.
        const found = paragraphText.indexOf(span.exact);
        const hint =
          found === -1
            ? ''
            : `; the text is at ${found}-${found + span.exact.length} (offsets count UTF-16 code units)`;
        report(
          [...at, i, 'exact'],
          `does not match paragraph ${span.paragraph} at ${span.start}-${span.end}${hint}`,
        );
        return;
      }
      for (const key of ['start', 'end'] as const) {
        if (splitsCharacter(paragraphText, span[key])) {
          report(
            [...at, i, key],
            `${span[key]} falls inside a character (between the two UTF-16 code units of one emoji or symbol)`,
          );
        }
      }
    });
    if (options.disjoint) reportOverlaps(spans, at, report);
  }
}

function isOffset(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** True when `offset` lies between a high and a low surrogate: cutting there would break a character in two. */
function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Spans of one quote must not share text: sort by paragraph and start, then compare neighbours. */
function reportOverlaps(spans: readonly Span[], at: Path, report: Report): void {
  const order = spans
    .map((span, i) => ({ span, i }))
    .sort((a, b) => a.span.paragraph.localeCompare(b.span.paragraph) || a.span.start - b.span.start);
  let furthest = order[0];
  for (const current of order.slice(1)) {
    if (!furthest) break;
    if (current.span.paragraph === furthest.span.paragraph && current.span.start < furthest.span.end) {
      report([...at, current.i], `overlaps span ${furthest.i} of the same quote`);
    }
    if (current.span.paragraph !== furthest.span.paragraph || current.span.end > furthest.span.end) {
      furthest = current;
    }
  }
}
