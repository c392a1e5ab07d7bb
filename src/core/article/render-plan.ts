/**
 * How an article's text is drawn in one language: each paragraph cut into flat segments, each segment knowing
 * the quote that colours it (the innermost), the quote around that one (drawn as a second line), the event it
 * mentions, and whether it carries the keyboard anchor of a quote or event. Every quote and event mention gets
 * exactly one anchor per paragraph it appears in, at its first segment there unless another mark starting at
 * the same place took it, in which case at its next segment; anchors never nest, so the HTML stays valid.
 * A mark that covers only segments whose anchors others took (two quotes of the very same words, a quote that
 * is exactly a date) gets an extra, textless anchor right after its last segment.
 */
import { segmentText } from '../text/segments';
import { marksByParagraph, type Mark } from './highlights';
import type { Article, ArticleEvent, Quote } from './schema';

export interface PlannedSegment {
  start: number;
  end: number;
  text: string;
  /** The innermost quote covering this stretch, if any: it decides colour and underline. */
  quote?: Quote;
  /** A different quote around {@link quote} (e.g. indirect speech around a partial direct quote). */
  outerQuote?: Quote;
  /** An event mentioned by this stretch. */
  event?: ArticleEvent;
  /** The mark whose keyboard anchor (link) this segment is. */
  anchor?: Mark;
  /**
   * The words of {@link anchor}'s span in this paragraph that other segments draw, before and after this one (a
   * date or quote inside the span cuts it): the link is named by all of its words. Absent where this segment holds
   * them all.
   */
  anchorAround?: { before: string; after: string };
  /**
   * Marks ending with this segment that found no segment of their own for an anchor: each gets an anchor of its
   * own, without text, drawn right after the segment.
   */
  extraAnchors?: Mark[];
  /** Ids of every quote covering this stretch, innermost first. */
  quoteIds: string[];
  /**
   * Ids of the speakers of those quotes (unattributed quotes add none) and of the media that relay them
   * (`relayedBy`), so that choosing a paper in the legend shows the quotes it relays.
   */
  speakerIds: string[];
}

export type ArticlePlan = Map<string, PlannedSegment[]>;

const markKey = (mark: Mark) => (mark.type === 'quote' ? `q:${mark.quote.id}` : `e:${mark.event.id}`);

/** Plans every paragraph of `article` in `language`. Paragraphs without text in that language are absent. */
export function planArticle(article: Article, language: string): ArticlePlan {
  const marks = marksByParagraph(article, language);
  const plan: ArticlePlan = new Map();
  for (const paragraph of article.paragraphs) {
    const text = paragraph.text[language];
    if (text === undefined) continue;
    plan.set(paragraph.id, planParagraph(text, marks.get(paragraph.id) ?? []));
  }
  return plan;
}

function planParagraph(text: string, ranges: Parameters<typeof segmentText<Mark>>[1]): PlannedSegment[] {
  const anchored = new Set<string>();
  return segmentText(text, ranges).map((segment) => {
    const planned: PlannedSegment = {
      start: segment.start,
      end: segment.end,
      text: segment.text,
      quoteIds: [],
      speakerIds: [],
    };
    for (const range of segment.covering) {
      const mark = range.value;
      if (mark.type === 'quote') {
        planned.quoteIds.push(mark.quote.id);
        for (const id of [mark.quote.speaker, mark.quote.relayedBy]) {
          if (id != null && !planned.speakerIds.includes(id)) planned.speakerIds.push(id);
        }
        if (!planned.quote) planned.quote = mark.quote;
        else if (!planned.outerQuote && mark.quote.id !== planned.quote.id) planned.outerQuote = mark.quote;
      } else if (!planned.event) {
        planned.event = mark.event;
      }
    }
    // Anchor: prefer a mark that starts here, innermost first; else any covering mark still without one.
    const candidates = [
      ...segment.covering.filter((r) => r.start === segment.start),
      ...segment.covering.filter((r) => r.start !== segment.start),
    ];
    for (const range of candidates) {
      const key = markKey(range.value);
      if (anchored.has(key)) continue;
      anchored.add(key);
      planned.anchor = range.value;
      if (range.start < segment.start || range.end > segment.end) {
        planned.anchorAround = {
          before: text.slice(range.start, segment.start),
          after: text.slice(segment.end, range.end),
        };
      }
      break;
    }
    for (const range of segment.covering) {
      const key = markKey(range.value);
      if (range.end !== segment.end || anchored.has(key)) continue;
      anchored.add(key);
      (planned.extraAnchors ??= []).push(range.value);
    }
    return planned;
  });
}
