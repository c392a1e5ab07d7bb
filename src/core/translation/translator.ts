/**
 * One interface for every machine translator the reader can use. The browser's on-device Translator API is the
 * first provider (`src/features/translation/browser-translator.ts`); a deployer adds another (a self-hosted engine,
 * say) by implementing this interface and listing it in `src/features/translation/providers.ts`. The reader, the
 * span projection and the storage see only this interface.
 */

/** Why a translator cannot translate a language pair. */
export type UnavailableReason =
  /** The browser has no translator of this kind at all (e.g. no `Translator` global). */
  | 'noApi'
  /** The translator exists but does not translate this pair. */
  | 'languagePair'
  /** The translator refused to download what it needs, or the download failed. */
  | 'downloadFailed'
  /** Anything else the translator reported; `detail` says what. */
  | 'failed';

/**
 * Whether a translator can translate a language pair: `available` at once, `downloadable` after it has fetched a
 * language model (which needs the person's gesture), or `unavailable` with the reason.
 */
export type TranslatorAvailability =
  | { status: 'available' }
  | { status: 'downloadable' }
  | { status: 'unavailable'; reason: UnavailableReason; detail?: string };

/** A failure a translator reports, with the reason a person is told. */
export class TranslatorUnavailable extends Error {
  constructor(
    readonly reason: UnavailableReason,
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'TranslatorUnavailable';
  }
}

/**
 * What the core needs of an `AbortSignal` (the core is built without the DOM's types; a browser's `AbortSignal`
 * is one).
 */
export interface CancelSignal {
  readonly aborted: boolean;
  throwIfAborted(): void;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface PrepareOptions {
  signal: CancelSignal;
  /** The download of a language model, from 0 to 1, when the translator downloads one. */
  onDownloadProgress?: (fraction: number) => void;
}

/**
 * A machine translator. Languages are BCP 47 tags (`de`, `en`). Every method rejects with an `AbortError`
 * `DOMException` once `signal` is aborted, and with {@link TranslatorUnavailable} when it cannot do the work.
 */
export interface MachineTranslator {
  /** Names the translator where a translation is shown ("Translator API of the browser, on the device"). */
  readonly tool: string;
  /** Whether the pair can be translated; cheap, needs no gesture, downloads nothing. */
  availability(from: string, to: string): Promise<TranslatorAvailability>;
  /**
   * Readies the pair: downloads a language model if needed. Call it from the person's gesture (a click), since a
   * browser may refuse a download without one.
   */
  prepare(from: string, to: string, options: PrepareOptions): Promise<void>;
  /** Translates each text on its own; the result has one text per input text, in order. */
  translate(texts: readonly string[], from: string, to: string, signal: CancelSignal): Promise<string[]>;
}
