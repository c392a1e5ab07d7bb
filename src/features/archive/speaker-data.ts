/** What a speaker's page shows: the quotes of the build's speaker file, and the imported articles' quotes. */
import { queryOptions } from '@tanstack/react-query';
import type { ArchiveQuote } from '../../core/archive/archive-quote';
import { readSpeakerFile, type ImportedQuotes } from '../../core/archive/speaker-page';
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
      return {
        shipped: shipped.quotes,
        imported,
        unreadable: imported.unreadable,
        ...(shipped.failed ? { shippedFailed: shipped.failed } : {}),
      };
    },
    // Fresh for the moment between the route's prefetch and the page's first render; imports may change on another
    // page, so coming back reads them again.
    staleTime: 5_000,
  });
