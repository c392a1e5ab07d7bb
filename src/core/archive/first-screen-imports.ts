/**
 * A speaker's page from their prerendered first screen and the imported articles' quotes, for when the site's file
 * of all their quotes cannot be read (offline, where the service worker did not keep it): the page shows what it
 * has of both, and says how many shipped quotes it lacks.
 */
import { sortByDate, type ArchiveQuote } from './archive-quote';
import {
  everyYear,
  rolesOverTime,
  sameRole,
  speakerFirstScreen,
  speakerPage,
  yearOf,
  type ImportedQuotes,
  type RolePeriod,
  type SpeakerFirstScreen,
  type YearCount,
} from './speaker-page';

/** What a speaker's page shows from its first screen and the imports. */
export interface FirstScreenWithImports {
  /** The summary (counts, roles, years) of every quote, shipped and imported, and the first quotes known. */
  screen: SpeakerFirstScreen;
  /** Every quote known, in date order: the first screen's and the imports'. */
  quotes: ArchiveQuote[];
  /** How many of the speaker's shipped quotes are not among `quotes`: those past the first screen. */
  missing: number;
}

/**
 * The page of `screen.key` from their prerendered first screen `screen` (shipped quotes only) and the imports'
 * quotes; `undefined` when neither has a quote of theirs. A shipped article imported too counts once, as its
 * imported copy (as in {@link speakerPage}). Where the first screen holds every shipped quote, this is the page their
 * file would give. Where it does not, the counts and years are the first screen's, corrected by what is known of the
 * imports (a shipped quote past the first screen whose article was imported too is still counted), and the roles are
 * the first screen's periods with the imports' merged in by date.
 */
export function firstScreenWithImports(
  screen: SpeakerFirstScreen,
  imported: ImportedQuotes,
): FirstScreenWithImports | undefined {
  const missing = screen.quoteCount - screen.quotes.length;
  if (missing <= 0) {
    const page = speakerPage(screen.key, screen.quotes, imported);
    return page && { screen: speakerFirstScreen(page), quotes: page.quotes, missing: 0 };
  }
  const mine = imported.quotes.filter((quote) => quote.speaker?.key === screen.key);
  const dropped = screen.quotes.filter((quote) => imported.articleIds.has(quote.articleId));
  const kept = screen.quotes.filter((quote) => !imported.articleIds.has(quote.articleId));
  const quotes = sortByDate([...kept, ...mine]);
  const articles = (list: readonly ArchiveQuote[]) => new Set(list.map((quote) => quote.articleId)).size;
  return {
    screen: {
      ...screen,
      quoteCount: screen.quoteCount - dropped.length + mine.length,
      articleCount: screen.articleCount - articles(dropped) + articles(mine),
      roles: mergeRoles(screen.roles, rolesOverTime(sortByDate(mine))),
      years: addYears(screen.years, dropped, mine),
      quotes: quotes.slice(0, screen.quotes.length),
    },
    quotes,
    missing,
  };
}

/** `years` less the statements of `removed`, plus those of `added`. */
function addYears(
  years: readonly YearCount[],
  removed: readonly ArchiveQuote[],
  added: readonly ArchiveQuote[],
): YearCount[] {
  const counts = new Map(years.map(({ year, count }) => [year, count]));
  const count = (quotes: readonly ArchiveQuote[], by: number) => {
    for (const quote of quotes) {
      const year = yearOf(quote);
      if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + by);
    }
  };
  count(removed, -1);
  count(added, 1);
  return everyYear(counts);
}

/**
 * Two lists of role periods as one, by their first date; neighbours with the same role become one period. Without
 * the quotes between, a period of one list that overlaps one of the other stays as it is.
 */
function mergeRoles(a: readonly RolePeriod[], b: readonly RolePeriod[]): RolePeriod[] {
  if (b.length === 0) return [...a];
  const merged: RolePeriod[] = [];
  for (const period of [...a, ...b].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0))) {
    const last = merged.at(-1);
    if (last && sameRole(last.role, period.role))
      merged[merged.length - 1] = {
        ...last,
        to: last.to > period.to ? last.to : period.to,
        quotes: last.quotes + period.quotes,
      };
    else merged.push({ ...period });
  }
  return merged;
}
