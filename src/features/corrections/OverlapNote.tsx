import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  crossedQuotes,
  isCrossing,
  outdatedByResolving,
  quoteOverlaps,
  type CrossedQuote,
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
  /** The quotes crossed, with the parts a replacement would take and those it would leave them. */
  crossed: CrossedQuote[];
  /** The translations whose anchor of a crossed quote extending it, or replacing parts, would leave out of date. */
  outdated: { extend: string[]; replace: string[] };
}

/** The overlaps of `stretch` (none when there is no stretch yet). */
export function overlapsOf(article: Article, stretch: Stretch | undefined): Overlaps {
  const all = stretch ? quoteOverlaps(article, stretch) : [];
  // A quote whose two spans (an interrupted quote) are both crossed is named once.
  const crossing = all.filter(
    (o, i) => isCrossing(o) && all.findIndex((p) => p.quote === o.quote && isCrossing(p)) === i,
  );
  if (!stretch || crossing.length === 0)
    return { all, crossing, crossed: [], outdated: { extend: [], replace: [] } };
  return {
    all,
    crossing,
    crossed: crossedQuotes(article, stretch),
    outdated: outdatedByResolving(article, stretch),
  };
}

/** The speaker's name and i18next context of an overlapped quote (`nobody` for an unattributed one). */
function speakerOf(article: Article, overlap: Pick<QuoteOverlap, 'quote'>) {
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
 * Lists and language names are in `locale` (the interface language), counts in `formats` (its regional variant,
 * `useFormatLocale`).
 */
export function overlapNote(
  t: TFunction<'corrections'>,
  locale: string | undefined,
  article: Article,
  { all, crossing, crossed, outdated }: Overlaps,
  formats: string,
): string {
  const [first] = crossing;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  if (crossing.length === 1 && first) {
    const note = t('overlap.crossing', { ...speakerOf(article, first), words: shortened(first.span.exact) });
    return [note, ...consequences(t, locale, article, crossed, outdated, formats)].join(' ');
  }
  if (crossing.length > 1) {
    const items = crossing.map((o) =>
      t('overlap.item', { ...speakerOf(article, o), words: shortened(o.span.exact) }),
    );
    const note = t('overlap.crossingMany', {
      count: crossing.length,
      quotes: list.format(items),
      locale: formats,
    });
    return [note, ...consequences(t, locale, article, crossed, outdated, formats)].join(' ');
  }
  const same = all.find((o) => o.relation === 'same');
  if (same) return t('overlap.same', speakerOf(article, same));
  return all
    .map((o) => t(o.relation === 'inside' ? 'overlap.inside' : 'overlap.contains', speakerOf(article, o)))
    .join(' ');
}

/**
 * What a crossing's choices would do beyond the words selected: the parts of an interrupted quote a replacement
 * leaves to it (named, so that nobody wonders whether the whole quote goes), and the translations whose anchor of
 * the quote would be marked out of date.
 */
function consequences(
  t: TFunction<'corrections'>,
  locale: string | undefined,
  article: Article,
  crossed: readonly CrossedQuote[],
  outdated: Overlaps['outdated'],
  formats: string,
): string[] {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const sentences = crossed
    .filter(({ kept }) => kept.length > 0)
    .map(({ quote, kept }) =>
      t('overlap.kept', {
        ...speakerOf(article, { quote }),
        count: kept.length,
        locale: formats,
        parts: list.format(kept.map((span) => t('overlap.part', { words: shortened(span.exact) }))),
      }),
    );
  const names = new Intl.DisplayNames(locale === undefined ? [] : [locale], { type: 'language' });
  const languages = (codes: readonly string[]) => list.format(codes.map((code) => names.of(code) ?? code));
  const { extend, replace } = outdated;
  const both = extend.length > 0 && replace.length > 0 && extend.join() === replace.join();
  if (both) sentences.push(t('overlap.outdatedBoth', { languages: languages(extend) }));
  else {
    if (extend.length > 0) sentences.push(t('overlap.outdatedExtend', { languages: languages(extend) }));
    if (replace.length > 0) sentences.push(t('overlap.outdatedReplace', { languages: languages(replace) }));
  }
  return sentences;
}

/**
 * The ways on from a crossing, in place of marking: extend the one quote crossed over the stretch (keeping its
 * speaker and kind), or replace the quote(s) crossed with the new one.
 */
export function CrossingChoices({
  article,
  crossing,
  crossed,
  describedBy,
  onExtend,
  onReplace,
}: {
  article: Article;
  crossing: QuoteOverlap[];
  crossed: readonly CrossedQuote[];
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
        {crossed.length === 1 && crossed[0]?.kept.length
          ? t('overlap.replacePart')
          : t('overlap.replace', { count: crossing.length })}
      </button>
    </>
  );
}
