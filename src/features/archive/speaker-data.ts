/** What a speaker's page shows: the quotes of the build's speaker file, and the imported articles' quotes. */
import { queryOptions } from '@tanstack/react-query';
import type { ArchiveQuote } from '../../core/archive/archive-quote';
import { readSpeakerFile, type ImportedQuotes } from '../../core/archive/speaker-page';
import { keyNamedBy, type KnownSpeaker } from '../../core/speakers/speaker-key';
import { importedQuotes } from './imported-quotes';
import { ArchiveLoadError, fetchSiteJson } from './site-files';

/** A speaker's shipped quotes (none when no shipped article quotes them), in date order, and the imported ones. */
export interface SpeakerData {
  shipped: ArchiveQuote[];
  imported: ImportedQuotes;
  unreadable: number;
  /**
   * Why the site's file of this speaker could not be fetched (offline, where the service worker has not kept it):
   * the imported quotes, which are in this browser, are still shown, and the page says what is missing.
   */
  shippedFailed?: ArchiveLoadError;
  /**
   * Where no article quotes the address's key, but it is a name that names one known speaker (`Eva Maria Lind`, typed
   * or pasted for `eva-maria-lind`: `keyNamedBy`): that speaker's key, whose page the address means.
   */
  namedKey?: string;
}

/** The speaker's file of the site: their quotes, or why it could not be fetched. */
interface ShippedPart {
  quotes: ArchiveQuote[];
  failed?: ArchiveLoadError;
}

export const speakerQueryOptions = (key: string) =>
  queryOptions({
    queryKey: ['archive', 'speaker', key],
    queryFn: async (): Promise<SpeakerData> => {
      const path = `archive/speakers/${encodeURIComponent(key)}.json`;
      const [shipped, imported] = await Promise.all([
        fetchSiteJson(path, true).then(
          (data): ShippedPart => ({ quotes: data === undefined ? [] : readSpeakerFile(data, path) }),
          (error: unknown): ShippedPart => {
            if (error instanceof ArchiveLoadError) return { quotes: [], failed: error };
            throw error;
          },
        ),
        importedQuotes(),
      ]);
      const quoted =
        shipped.failed !== undefined ||
        shipped.quotes.length > 0 ||
        imported.quotes.some((quote) => quote.speaker?.key === key);
      const namedKey = quoted ? undefined : keyNamedBy(key, await knownSpeakers(imported));
      return {
        shipped: shipped.quotes,
        imported,
        unreadable: imported.unreadable,
        ...(shipped.failed ? { shippedFailed: shipped.failed } : {}),
        ...(namedKey !== undefined && namedKey !== key ? { namedKey } : {}),
      };
    },
    // Fresh for the moment between the route's prefetch and the page's first render; imports may change on another
    // page, so coming back reads them again.
    staleTime: 5_000,
  });

/**
 * Where the build lists the site's speakers: the library's speaker facet (`LIBRARY_FOLDER` and `facetFile` of
 * `core/archive/library-split`, spelled out here: importing that module put it in a chunk shared with the library's,
 * one chunk past what the bundler can name).
 */
export const SITE_SPEAKERS = 'articles/library/speakers.json';

/**
 * Every speaker the site's articles or this browser's imports quote. The site's list is asked for only where an
 * address names no speaker (it is ~50 bytes a speaker); when it cannot be had (offline), the imports' alone.
 */
async function knownSpeakers(imported: ImportedQuotes): Promise<KnownSpeaker[]> {
  const site = await fetchSiteJson(SITE_SPEAKERS, true).catch(() => undefined);
  const speakers = Array.isArray(site)
    ? site.filter(
        (value: unknown): value is KnownSpeaker =>
          typeof value === 'object' &&
          value !== null &&
          typeof (value as KnownSpeaker).key === 'string' &&
          typeof (value as KnownSpeaker).name === 'string',
      )
    : [];
  for (const quote of imported.quotes) if (quote.speaker) speakers.push(quote.speaker);
  return speakers;
}
