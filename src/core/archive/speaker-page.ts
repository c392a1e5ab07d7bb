/**
 * A speaker's page across the archive: every quote of one speaker key, shipped and imported, in the order they
 * were said; their roles over time; how many statements per year. The build writes each speaker's shipped quotes to
 * `archive/speakers/<key>.json` ({@link SpeakerFile}); the browser merges the imported ones in ({@link speakerPage}).
 */
import type { LocalizedText, Speaker } from '../article/schema';
import { compareByDate, type ArchiveQuote } from './archive-quote';

/** The shipped part of a speaker's page, as the build writes it to `archive/speakers/<key>.json`. */
export interface SpeakerFile {
  key: string;
  name: string;
  kind: Speaker['kind'];
  /** Their quotes in the shipped articles, in date order ({@link compareByDate}). */
  quotes: ArchiveQuote[];
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
  kind: Speaker['kind'];
  /** Every quote, shipped and imported, in date order. */
  quotes: ArchiveQuote[];
  roles: RolePeriod[];
  years: YearCount[];
}

/** Groups archive quotes by speaker key into the files the build writes, each in date order. */
export function speakerFiles(quotes: Iterable<ArchiveQuote>): Map<string, SpeakerFile> {
  const files = new Map<string, SpeakerFile>();
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker) continue;
    let file = files.get(speaker.key);
    if (!file) {
      file = { key: speaker.key, name: speaker.name, kind: speaker.kind, quotes: [] };
      files.set(speaker.key, file);
    }
    file.quotes.push(quote);
  }
  for (const file of files.values()) file.quotes.sort(compareByDate);
  return files;
}

/** Two roles are the same role when they say the same in every language both give. */
function sameRole(a: LocalizedText, b: LocalizedText): boolean {
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

/** Statements per year, every year from the first to the last (zeros included, so gaps show). */
export function statementsPerYear(quotes: readonly ArchiveQuote[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const quote of quotes) {
    const year = Number(quote.date.slice(0, 4));
    if (Number.isInteger(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: YearCount[] = [];
  for (let year = first; year <= last; year++) out.push({ year, count: counts.get(year) ?? 0 });
  return out;
}

/**
 * The page of speaker `key`: the shipped file (absent when no shipped article quotes them) merged with the quotes
 * of imported articles (a quote's origin says where to open it). The name is the one of the latest quote;
 * `undefined` when no article quotes them.
 */
export function speakerPage(
  key: string,
  shipped: SpeakerFile | undefined,
  imported: readonly ArchiveQuote[],
): SpeakerPage | undefined {
  const mine = imported.filter((quote) => quote.speaker?.key === key);
  const quotes = [...(shipped?.quotes ?? []), ...mine].sort(compareByDate);
  const latest = quotes.at(-1)?.speaker;
  if (!latest) return undefined;
  return {
    key,
    name: latest.name,
    kind: latest.kind,
    quotes,
    roles: rolesOverTime(quotes),
    years: statementsPerYear(quotes),
  };
}
