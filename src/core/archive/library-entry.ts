/**
 * What the library lists of one article: enough to show it in a list and to filter it by speaker, source and date,
 * a few hundred bytes where the article is kilobytes. The build keeps one per article, never the articles themselves.
 */
import type { Article } from '../article/schema';
import { slugify } from '../article/slug';
import { speakerKey } from '../speakers/speaker-key';

/**
 * A speaker as the library knows them: their key across articles and the name to show, with the article's names
 * per interface language where it gives them ("Moskau" / "Moscow"; `speakerName` picks one).
 */
export interface LibrarySpeaker {
  key: string;
  name: string;
  localizedName?: Record<string, string>;
}

export interface LibraryEntry {
  id: string;
  /** The title per language (the original always). */
  title: Record<string, string>;
  /** ISO date at its real precision (`2025`, `2025-02`, `2025-02-13`). */
  published: string;
  originalLanguage: string;
  languages: string[];
  /** The source's name, as the article gives it. */
  source: string;
  /** The speakers quoted in the article (at least one quote), by key, once each, in the article's order. */
  speakers: LibrarySpeaker[];
  quoteCount: number;
}

/** The library entry of a parsed (valid) article. */
export function libraryEntry(article: Article): LibraryEntry {
  const quoted = new Set(article.quotes.map((quote) => quote.speaker));
  const speakers: LibrarySpeaker[] = [];
  const seen = new Set<string>();
  for (const speaker of article.speakers) {
    if (!quoted.has(speaker.id)) continue;
    const key = speakerKey(speaker);
    if (seen.has(key)) continue;
    seen.add(key);
    speakers.push({
      key,
      name: speaker.name,
      ...(speaker.localizedName ? { localizedName: speaker.localizedName } : {}),
    });
  }
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    originalLanguage: article.originalLanguage,
    languages: article.languages,
    source: article.source.name,
    speakers,
    quoteCount: article.quotes.length,
  };
}

/** The key of a source across articles: its name as a slug (`Süddeutsche Zeitung` → `sueddeutsche-zeitung`). */
export function sourceKey(name: string): string {
  return slugify(name, 'source', 80, 'character');
}

/**
 * Newest first: by publication date descending (ISO dates at any precision compare as strings, a year before its
 * months), then by id ascending, so the order is total and the same on every build.
 */
export function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
