/**
 * A speaker's page across the archive: every quote of one speaker key, shipped and imported, in the order they
 * were said; their roles over time; how many statements per year. The build writes each speaker's shipped quotes to
 * `archive/speakers/<key>.json` ({@link SpeakerFile}); the browser merges the imported ones in ({@link speakerPage}),
 * an imported copy of a shipped article in place of the shipped one.
 */
import type { LocalizedText, Speaker } from '../article/schema';
import { sortByDate, type ArchiveQuote } from './archive-quote';
import { restoreQuotes, storeQuotes, type StoredQuotes } from './stored-quotes';

/** The version of {@link SpeakerFile}. */
export const SPEAKER_FILE_VERSION = 2;

/** The shipped part of a speaker's page, as the build writes it to `archive/speakers/<key>.json`. */
export interface SpeakerFile extends StoredQuotes {
  version: typeof SPEAKER_FILE_VERSION;
  key: string;
  name: string;
  kind: Speaker['kind'];
}

/** The quotes of the articles imported into this browser, and the ids of those articles. */
export interface ImportedQuotes {
  quotes: readonly ArchiveQuote[];
  /**
   * Every imported article's id: a shipped article imported too (perhaps corrected) counts once, as imported, so
   * its shipped quotes are left out even where the imported copy no longer gives them to this speaker.
   */
  articleIds: ReadonlySet<string>;
}

/** One stretch of time in which the articles give the speaker the same role. */
export interface RolePeriod {
  role: LocalizedText;
  /** The dates of the first and last quote in the stretch (partial dates, as the quotes give them). */
  from: string;
  to: string;
  quotes: number;
}

/** How many statements fall in one year, for the speaker's timeline. */
export interface YearCount {
  year: number;
  count: number;
}

export interface SpeakerPage {
  key: string;
  name: string;
  /** Their name per interface language, where their latest quote's article gives it ("Moskau" / "Moscow"). */
  localizedName?: Speaker['localizedName'];
  kind: Speaker['kind'];
  /** Every quote, shipped and imported, in date order. */
  quotes: ArchiveQuote[];
  roles: RolePeriod[];
  years: YearCount[];
}

/** How many quotes a speaker's page shows first, before the rest (its prerendered page, its first render). */
export const FIRST_QUOTES = 30;

/**
 * What a speaker's page shows before every quote has loaded: who they are, how many quotes in how many articles,
 * their roles and statements per year, and their first {@link FIRST_QUOTES} quotes. The build prerenders each
 * speaker's page from theirs (shipped quotes only); the browser shows it until their whole file is read.
 */
export interface SpeakerFirstScreen extends Omit<SpeakerPage, 'quotes'> {
  quoteCount: number;
  articleCount: number;
  /** The first quotes, in date order. */
  quotes: ArchiveQuote[];
}

/** The first screen of `page`: its summary and its first `count` quotes. */
export function speakerFirstScreen(page: SpeakerPage, count = FIRST_QUOTES): SpeakerFirstScreen {
  const articles = new Set(page.quotes.map((quote) => `${quote.origin}/${quote.articleId}`));
  return {
    ...page,
    quoteCount: page.quotes.length,
    articleCount: articles.size,
    quotes: page.quotes.slice(0, count),
  };
}

/** Archive quotes grouped by speaker key, each group in date order. */
export function quotesBySpeaker(quotes: Iterable<ArchiveQuote>): Map<string, ArchiveQuote[]> {
  const bySpeaker = new Map<string, ArchiveQuote[]>();
  for (const quote of quotes) {
    const key = quote.speaker?.key;
    if (key === undefined) continue;
    let mine = bySpeaker.get(key);
    if (!mine) bySpeaker.set(key, (mine = []));
    mine.push(quote);
  }
  for (const [key, mine] of bySpeaker) bySpeaker.set(key, sortByDate(mine));
  return bySpeaker;
}

/** The file the build writes for speaker `key` from their quotes in date order; `undefined` without a speaker. */
export function speakerFile(key: string, sorted: readonly ArchiveQuote[]): SpeakerFile | undefined {
  const speaker = sorted.at(-1)?.speaker;
  if (!speaker) return undefined;
  return {
    version: SPEAKER_FILE_VERSION,
    key,
    name: speaker.name,
    kind: speaker.kind,
    ...storeQuotes(sorted),
  };
}

/** Groups archive quotes by speaker key into the files the build writes, each in date order. */
export function speakerFiles(quotes: Iterable<ArchiveQuote>): Map<string, SpeakerFile> {
  const files = new Map<string, SpeakerFile>();
  for (const [key, sorted] of quotesBySpeaker(quotes)) {
    const file = speakerFile(key, sorted);
    if (file) files.set(key, file);
  }
  return files;
}

/**
 * The quotes of a speaker file (parsed JSON from the network), in date order as written. Throws naming `where`
 * and the problem when it is not a file of this version.
 */
export function readSpeakerFile(data: unknown, where: string): ArchiveQuote[] {
  const file = (data ?? {}) as Partial<SpeakerFile>;
  const version: unknown = file.version;
  if (version !== SPEAKER_FILE_VERSION)
    throw new Error(`${where}: version ${String(version)}, expected ${SPEAKER_FILE_VERSION}`);
  return restoreQuotes(file as SpeakerFile, 'shipped', where);
}

/** Two roles are the same role when they say the same in every language both give. */
export function sameRole(a: LocalizedText, b: LocalizedText): boolean {
  const languages = Object.keys(a).filter((language) => language in b);
  return languages.length > 0 && languages.every((language) => a[language] === b[language]);
}

/**
 * The roles the articles give the speaker, in the order of their quotes: a new period starts where the role
 * changes; quotes without a role neither start nor end one.
 */
export function rolesOverTime(quotes: readonly ArchiveQuote[]): RolePeriod[] {
  const periods: RolePeriod[] = [];
  for (const quote of quotes) {
    const role = quote.speaker?.role;
    if (!role) continue;
    const last = periods.at(-1);
    if (last && sameRole(last.role, role)) {
      last.to = quote.date;
      last.quotes += 1;
    } else {
      periods.push({ role, from: quote.date, to: quote.date, quotes: 1 });
    }
  }
  return periods;
}

/** The year a quote was said in (its date's), `undefined` for a malformed date. */
export function yearOf(quote: ArchiveQuote): number | undefined {
  const year = Number(quote.date.slice(0, 4));
  return Number.isInteger(year) ? year : undefined;
}

/** Statements per year, every year from the first to the last (zeros included, so gaps show). */
export function statementsPerYear(quotes: readonly ArchiveQuote[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const quote of quotes) {
    const year = yearOf(quote);
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return everyYear(counts);
}

/** Statements per year from their counts by year, every year from the first to the last with a count. */
export function everyYear(counts: ReadonlyMap<number, number>): YearCount[] {
  const years = [...counts].filter(([, count]) => count > 0).map(([year]) => year);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: YearCount[] = [];
  for (let year = first; year <= last; year++) out.push({ year, count: counts.get(year) ?? 0 });
  return out;
}

/**
 * The page of speaker `key`: their shipped quotes (from their file, in date order; none when no shipped article
 * quotes them) merged with the quotes of imported articles (a quote's origin says where to open it). A shipped
 * article that is imported too counts once, as its imported copy. The name is the one of the latest quote;
 * `undefined` when no article quotes them.
 */
export function speakerPage(
  key: string,
  shipped: readonly ArchiveQuote[],
  imported: ImportedQuotes,
): SpeakerPage | undefined {
  const mine = imported.quotes.filter((quote) => quote.speaker?.key === key);
  const kept = shipped.filter((quote) => !imported.articleIds.has(quote.articleId));
  // The shipped quotes come sorted; most readers import nothing, and then there is nothing to sort.
  const quotes = mine.length === 0 ? kept : sortByDate([...kept, ...mine]);
  const latest = quotes.at(-1)?.speaker;
  if (!latest) return undefined;
  return {
    key,
    name: latest.name,
    ...(latest.localizedName ? { localizedName: latest.localizedName } : {}),
    kind: latest.kind,
    quotes,
    roles: rolesOverTime(quotes),
    years: statementsPerYear(quotes),
  };
}
