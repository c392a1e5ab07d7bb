/**
 * The reader's state that a person would want to link to, kept in the URL's query string:
 * `?quote=q5` (selected quote), `?event=e2` (selected event), `?speaker=s1` (speaker filter),
 * `?view=original|translation|parallel` (text mode), `?tl=en` (translation language).
 * Parsing never throws; values that do not fit the article are reported so the UI can say so gently.
 */

export type TextMode = 'original' | 'translation' | 'parallel';
export const TEXT_MODES: readonly TextMode[] = ['original', 'translation', 'parallel'];

export interface ReaderState {
  quote?: string;
  event?: string;
  speaker?: string;
  mode: TextMode;
  /** The translation shown in `translation` and `parallel` modes; a declared language other than the original. */
  translation?: string;
}

/**
 * The languages of the text on screen for a text mode, in column order: the original, the translation, or both
 * side by side (the original first). Without a translation there is only the original.
 */
export function shownLanguages(original: string, mode: TextMode, translation: string | undefined): string[] {
  if (translation === undefined || mode === 'original') return [original];
  if (mode === 'translation') return [translation];
  return [original, translation];
}

/** What the URL asked for that the article does not have. */
export interface UnknownInState {
  quote?: string;
  event?: string;
  speaker?: string;
}

export interface ArticleKeys {
  originalLanguage: string;
  languages: readonly string[];
  quoteIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  speakerIds: ReadonlySet<string>;
}

/** The one thing the core needs of a query string (`URLSearchParams` has it). */
export interface QueryParams {
  get(name: string): string | null;
}

/** Reads the reader state from a query string, keeping only what fits the article. */
export function parseReaderState(
  params: QueryParams,
  keys: ArticleKeys,
): { state: ReaderState; unknown: UnknownInState } {
  const unknown: UnknownInState = {};
  const state: ReaderState = { mode: 'original' };
  const pick = (name: 'quote' | 'event' | 'speaker', ids: ReadonlySet<string>) => {
    const value = params.get(name);
    if (value === null || value === '') return;
    if (ids.has(value)) state[name] = value;
    else unknown[name] = value;
  };
  pick('quote', keys.quoteIds);
  pick('event', keys.eventIds);
  pick('speaker', keys.speakerIds);

  const translations = keys.languages.filter((l) => l !== keys.originalLanguage);
  const requested = params.get('tl');
  const translation = requested !== null && translations.includes(requested) ? requested : translations[0];
  if (translation !== undefined) state.translation = translation;
  const view = params.get('view');
  if (translation !== undefined && (view === 'translation' || view === 'parallel')) state.mode = view;
  return { state, unknown };
}

/**
 * The query parameters to change for `patch`: a value to set, or `undefined` to remove the parameter.
 * Parameters the patch does not mention (and unrelated ones such as `lng`) are left alone.
 */
export function readerStateChanges(patch: Partial<ReaderState>): Record<string, string | undefined> {
  const changes: Record<string, string | undefined> = {};
  const set = (name: string, value: string | undefined) => {
    changes[name] = value === '' ? undefined : value;
  };
  if ('quote' in patch) set('quote', patch.quote);
  if ('event' in patch) set('event', patch.event);
  if ('speaker' in patch) set('speaker', patch.speaker);
  if ('mode' in patch) set('view', patch.mode === 'original' ? undefined : patch.mode);
  if ('translation' in patch) set('tl', patch.translation);
  return changes;
}

/** The ids an article offers, for {@link parseReaderState}. */
export function articleKeys(article: {
  originalLanguage: string;
  languages: readonly string[];
  quotes: readonly { id: string }[];
  events: readonly { id: string }[];
  speakers: readonly { id: string }[];
}): ArticleKeys {
  return {
    originalLanguage: article.originalLanguage,
    languages: article.languages,
    quoteIds: new Set(article.quotes.map((q) => q.id)),
    eventIds: new Set(article.events.map((e) => e.id)),
    speakerIds: new Set(article.speakers.map((s) => s.id)),
  };
}
