/** What a speaker's page shows: the quotes of the build's speaker file, and the imported articles' quotes. */
import { queryOptions } from '@tanstack/react-query';
import type { ArchiveQuote } from '../../core/archive/archive-quote';
import { readSpeakerFile, type ImportedQuotes } from '../../core/archive/speaker-page';
import { importedQuotes } from './imported-quotes';
import { fetchSiteJson } from './site-files';

/** A speaker's shipped quotes (none when no shipped article quotes them), in date order, and the imported ones. */
export interface SpeakerData {
  shipped: ArchiveQuote[];
  imported: ImportedQuotes;
  unreadable: number;
}

export const speakerQueryOptions = (key: string) =>
  queryOptions({
    queryKey: ['archive', 'speaker', key],
    queryFn: async (): Promise<SpeakerData> => {
      const path = `archive/speakers/${encodeURIComponent(key)}.json`;
      const [shippedQuotes, imported] = await Promise.all([
        fetchSiteJson(path, true).then((data) => (data === undefined ? [] : readSpeakerFile(data, path))),
        importedQuotes(),
      ]);
      return { shipped: shippedQuotes, imported, unreadable: imported.unreadable };
    },
    // Fresh for the moment between the route's prefetch and the page's first render; imports may change on another
    // page, so coming back reads them again.
    staleTime: 5_000,
  });
