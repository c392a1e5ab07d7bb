import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  isCrossing,
  quoteOverlaps,
  type QuoteOverlap,
  type Stretch,
} from '../../core/article/quote-overlaps';
import type { Article } from '../../core/article/schema';

/** Characters of a quote's words shown in a note about it. */
const WORDS = 60;

/** How a stretch about to be marked lies against the quotes already marked: every overlap, and the crossings. */
export interface Overlaps {
  all: QuoteOverlap[];
  /** Quotes the stretch would cross (begin inside and end outside, or the reverse): marking it as it is is refused. */
  crossing: QuoteOverlap[];
}

/** The overlaps of `stretch` (none when there is no stretch yet). */
export function overlapsOf(article: Article, stretch: Stretch | undefined): Overlaps {
  const all = stretch ? quoteOverlaps(article, stretch) : [];
  // A quote whose two spans (an interrupted quote) are both crossed is named once.
  const crossing = all.filter(
    (o, i) => isCrossing(o) && all.findIndex((p) => p.quote === o.quote && isCrossing(p)) === i,
  );
  return { all, crossing };
}

/** The speaker's name and i18next context of an overlapped quote (`nobody` for an unattributed one). */
function speakerOf(article: Article, overlap: QuoteOverlap) {
  const name = article.speakers.find((s) => s.id === overlap.quote.speaker)?.name;
  return name === undefined ? { context: 'nobody' } : { speaker: name };
}

/** A quote's words for a note: without the quotation marks and punctuation at its edges, cut short if long. */
function shortened(exact: string): string {
  const words = exact.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return words.length > WORDS ? `${words.slice(0, WORDS - 1)}…` : words;
}

/**
 * What marking the stretch would do to the quotes it overlaps, as sentences for the form's status line: for a
 * crossing, which quote(s) and how to go on; else a quote over the same words, or one it nests in or around.
 */
export function overlapNote(
  t: TFunction<'corrections'>,
  locale: string | undefined,
  article: Article,
  { all, crossing }: Overlaps,
): string {
  const [first] = crossing;
  if (crossing.length === 1 && first) {
    return t('overlap.crossing', { ...speakerOf(article, first), words: shortened(first.span.exact) });
  }
  if (crossing.length > 1) {
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    const items = crossing.map((o) =>
      t('overlap.item', { ...speakerOf(article, o), words: shortened(o.span.exact) }),
    );
    return t('overlap.crossingMany', { count: crossing.length, quotes: list.format(items) });
  }
  const same = all.find((o) => o.relation === 'same');
  if (same) return t('overlap.same', speakerOf(article, same));
  return all
    .map((o) => t(o.relation === 'inside' ? 'overlap.inside' : 'overlap.contains', speakerOf(article, o)))
    .join(' ');
}

/**
 * The ways on from a crossing, in place of marking: extend the one quote crossed over the stretch (keeping its
 * speaker and kind), or replace the quote(s) crossed with the new one.
 */
export function CrossingChoices({
  article,
  crossing,
  describedBy,
  onExtend,
  onReplace,
}: {
  article: Article;
  crossing: QuoteOverlap[];
  /** The id of the note that explains the choice. */
  describedBy: string;
  onExtend: (quoteId: string) => void;
  onReplace: () => void;
}) {
  const { t } = useTranslation('corrections');
  const [only] = crossing;
  return (
    <>
      {crossing.length === 1 && only ? (
        <button
          type="button"
          className="button button--primary"
          aria-describedby={describedBy}
          onClick={() => onExtend(only.quote.id)}
        >
          {t('overlap.extend', speakerOf(article, only))}
        </button>
      ) : null}
      <button type="button" className="button" aria-describedby={describedBy} onClick={onReplace}>
        {t('overlap.replace', { count: crossing.length })}
      </button>
    </>
  );
}
