/**
 * Checks that relate parts of an article to each other: what the structural schema cannot say alone.
 * Every problem is reported with the JSON path of the offending value; nothing stops at the first problem.
 */
import type { z } from 'zod';
import { isPossibleDate } from '../dates/partial-date-math';
import { problemMessage, type ProblemDetail } from './problems';
import type { ArticleShape, LocalizedText, Span, SpansByLanguage } from './schema';

type Path = (string | number)[];
type Report = (path: Path, problem: ProblemDetail) => void;

/** Runs every integrity check on a structurally valid article and adds one zod issue per problem. */
export function checkArticleIntegrity(article: ArticleShape, ctx: z.RefinementCtx): void {
  // The problem travels as the issue's parameter, for `parse.ts` to give it on.
  const report: Report = (path, problem) =>
    ctx.addIssue({ code: 'custom', path, message: problemMessage(problem), params: { problem } });
  const declared = checkLanguages(article, report);
  const paragraphs = checkParagraphs(article, declared, report);
  const speakerIds = uniqueIds(article.speakers, 'speakers', report);
  const eventIds = uniqueIds(article.events, 'events', report);
  uniqueIds(article.quotes, 'quotes', report);

  checkTexts(article.title, ['title'], declared, report);
  if (article.title[article.originalLanguage] === undefined) {
    report(['title', article.originalLanguage], { code: 'missingOriginalTitle' });
  }
  if (article.summary) checkTexts(article.summary, ['summary'], declared, report);
  for (const key of ['disclaimer', 'description'] as const) {
    const text = article.source[key];
    if (text) checkTexts(text, ['source', key], declared, report);
  }

  for (const language of Object.keys(article.translations ?? {})) {
    if (!declared.has(language)) {
      report(['translations', language], { code: 'notDeclared', language });
    } else if (language === article.originalLanguage) {
      report(['translations', language], { code: 'originalIsNoTranslation' });
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
      report([...at, 'speaker'], { code: 'undefinedSpeaker', id: quote.speaker });
    }
    if (quote.relayedBy !== undefined) {
      if (!speakerIds.has(quote.relayedBy)) {
        report([...at, 'relayedBy'], { code: 'undefinedSpeaker', id: quote.relayedBy });
      } else if (quote.relayedBy === quote.speaker) {
        report([...at, 'relayedBy'], { code: 'relayedByOwnSpeaker', id: quote.relayedBy });
      }
    }
    checkSpans(quote.spans, [...at, 'spans'], paragraphs, declared, report, { disjoint: true });
    if ((quote.spans[article.originalLanguage] ?? []).length === 0) {
      report([...at, 'spans', article.originalLanguage], { code: 'noOriginalSpan' });
    }
    (quote.spans[article.originalLanguage] ?? []).forEach((span, j) => {
      if (span.outdated)
        report([...at, 'spans', article.originalLanguage, j, 'outdated'], { code: 'outdatedOriginal' });
    });
    if (quote.cue) checkSpans(quote.cue, [...at, 'cue'], paragraphs, declared, report);
    if (quote.speakerMention) {
      checkSpans(quote.speakerMention, [...at, 'speakerMention'], paragraphs, declared, report);
    }
    if (quote.said?.date !== undefined && !isPossibleDate(quote.said.date)) {
      report([...at, 'said', 'date'], { code: 'impossibleDate', date: quote.said.date });
    }
    if (quote.said?.event !== undefined && !eventIds.has(quote.said.event)) {
      report([...at, 'said', 'event'], { code: 'undefinedEvent', id: quote.said.event });
    }
    if (quote.said?.place) checkTexts(quote.said.place, [...at, 'said', 'place'], declared, report);
  });

  article.events.forEach((event, i) => {
    const at: Path = ['events', i];
    if (!isPossibleDate(event.date)) report([...at, 'date'], { code: 'impossibleDate', date: event.date });
    checkTexts(event.label, [...at, 'label'], declared, report);
    checkSpans(event.mentions, [...at, 'mentions'], paragraphs, declared, report);
  });
}

function checkLanguages(article: ArticleShape, report: Report): Set<string> {
  const declared = new Set<string>();
  article.languages.forEach((tag, i) => {
    const canonical = canonicalTag(tag);
    if (canonical === undefined) report(['languages', i], { code: 'invalidLanguageTag', tag });
    else if (canonical !== tag) report(['languages', i], { code: 'nonCanonicalTag', tag, canonical });
    if (declared.has(tag)) report(['languages', i], { code: 'declaredTwice', tag });
    declared.add(tag);
  });
  if (!declared.has(article.originalLanguage)) {
    report(['originalLanguage'], { code: 'notDeclared', language: article.originalLanguage });
  } else if (article.languages[0] !== article.originalLanguage) {
    report(['languages', 0], { code: 'originalNotFirst', language: article.originalLanguage });
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
    if (index.has(paragraph.id)) report(['paragraphs', i, 'id'], { code: 'definedTwice', id: paragraph.id });
    else index.set(paragraph.id, paragraph.text);
    checkTexts(paragraph.text, ['paragraphs', i, 'text'], declared, report);
    if (paragraph.text[article.originalLanguage] === undefined) {
      report(['paragraphs', i, 'text', article.originalLanguage], { code: 'missingOriginalText' });
    }
  });
  return index;
}

function uniqueIds(items: readonly { id: string }[], field: string, report: Report): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report([field, i, 'id'], { code: 'definedTwice', id: item.id });
    seen.add(item.id);
  });
  return seen;
}

function checkTexts(texts: LocalizedText, path: Path, declared: Set<string>, report: Report): void {
  for (const language of Object.keys(texts)) {
    if (!declared.has(language)) report([...path, language], { code: 'undeclaredLanguage', language });
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
    if (!declared.has(language)) report(at, { code: 'undeclaredLanguage', language });
    spans.forEach((span, i) => {
      const text = paragraphs.get(span.paragraph);
      if (text === undefined) {
        report([...at, i, 'paragraph'], { code: 'undefinedParagraph', id: span.paragraph });
        return;
      }
      const paragraphText = text[language];
      if (paragraphText === undefined) {
        report([...at, i, 'paragraph'], {
          code: 'paragraphLacksLanguage',
          paragraph: span.paragraph,
          language,
        });
        return;
      }
      // Offsets that are not whole, non-negative, safe numbers were reported by the schema already.
      if (!isOffset(span.start) || !isOffset(span.end)) return;
      if (span.end <= span.start) {
        report([...at, i, 'end'], { code: 'endNotAfterStart', start: span.start, end: span.end });
        return;
      }
      if (span.end > paragraphText.length) {
        report([...at, i, 'end'], {
          code: 'pastParagraphEnd',
          end: span.end,
          paragraph: span.paragraph,
          length: paragraphText.length,
        });
        return;
      }
      if (paragraphText.slice(span.start, span.end) !== span.exact) {
        // Offsets counted in code points (as Python counts) are the usual cause: say where the text really is.
        const found = paragraphText.indexOf(span.exact);
        const where = { paragraph: span.paragraph, start: span.start, end: span.end };
        report(
          [...at, i, 'exact'],
          found === -1
            ? { code: 'exactMismatch', ...where }
            : { code: 'exactMismatch', ...where, foundStart: found, foundEnd: found + span.exact.length },
        );
        return;
      }
      for (const key of ['start', 'end'] as const) {
        if (splitsCharacter(paragraphText, span[key])) {
          report([...at, i, key], { code: 'splitsCharacter', offset: span[key] });
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
      report([...at, current.i], { code: 'overlapsSpan', other: furthest.i });
    }
    if (current.span.paragraph !== furthest.span.paragraph || current.span.end > furthest.span.end) {
      furthest = current;
    }
  }
}
