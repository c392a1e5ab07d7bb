import { useParams } from 'react-router';
import type { SpeakerFirstScreen } from '../core/archive/speaker-page';
import { speakerQueryOptions } from '../features/archive/speaker-data';
import { speakerFirstScreenKey } from '../features/archive/speaker-keys';
import { SpeakerPage } from '../features/archive/SpeakerPage';
import { prerenderedQueryData } from './prerendered';
import { appQueryClient } from './query-client';

/**
 * `/speakers/:key`, with the first screen its page was prerendered with (`speakerPageData` in the server entry).
 * A chunk of its own with the page, so that the first chunk every page loads carries none of it.
 */
export function SpeakerRoute() {
  const { key = '' } = useParams();
  const prerendered = prerenderedQueryData(speakerFirstScreenKey(key)) as SpeakerFirstScreen | undefined;
  return <SpeakerPage prerendered={prerendered} />;
}

/** Starts fetching a speaker's quotes (the router calls it with the page's code, so that they load in parallel). */
export function loadSpeaker(key: string): Promise<unknown> {
  return appQueryClient().query(speakerQueryOptions(key));
}
