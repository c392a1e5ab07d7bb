/**
 * The browser's on-device Translator API as a {@link MachineTranslator}: Chrome 138 and newer on desktop (and
 * Chromium builds that ship the API) translate with a language model they download once per language pair and run
 * on the device, so the text never leaves the browser. `Translator.create()` may download that model and needs the
 * person's gesture: it is called only from `prepare`, which the reader calls from a click.
 */
import {
  TranslatorUnavailable,
  type MachineTranslator,
  type TranslatorAvailability,
} from '../../core/translation/translator';

/** What the reader uses of the API (https://webmachinelearning.github.io/translation-api/). */
interface BrowserTranslatorSession {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

interface DownloadProgressEvent extends Event {
  /** 0 to 1. */
  loaded: number;
}

interface TranslatorGlobal {
  availability(options: {
    sourceLanguage: string;
    targetLanguage: string;
  }): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    signal?: AbortSignal;
    monitor?: (monitor: EventTarget) => void;
  }): Promise<BrowserTranslatorSession>;
}

function translatorApi(): TranslatorGlobal | undefined {
  return (globalThis as { Translator?: TranslatorGlobal }).Translator;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A provider over the `Translator` global; its sessions (one per language pair) live as long as it does. */
export function createBrowserTranslator(): MachineTranslator {
  const sessions = new Map<string, BrowserTranslatorSession>();
  const pair = (from: string, to: string) => `${from}>${to}`;

  return {
    tool: 'Translator API of the browser (on the device)',

    async availability(from, to): Promise<TranslatorAvailability> {
      const api = translatorApi();
      if (!api) return { status: 'unavailable', reason: 'noApi' };
      try {
        const answer = await api.availability({ sourceLanguage: from, targetLanguage: to });
        if (answer === 'available') return { status: 'available' };
        if (answer === 'unavailable') return { status: 'unavailable', reason: 'languagePair' };
        return { status: 'downloadable' };
      } catch (error) {
        return { status: 'unavailable', reason: 'failed', detail: message(error) };
      }
    },

    async prepare(from, to, { signal, onDownloadProgress }) {
      const api = translatorApi();
      if (!api) throw new TranslatorUnavailable('noApi');
      if (sessions.has(pair(from, to))) return;
      try {
        const session = await api.create({
          sourceLanguage: from,
          targetLanguage: to,
          signal: signal as AbortSignal,
          monitor: (monitor) =>
            monitor.addEventListener('downloadprogress', (event) =>
              onDownloadProgress?.((event as DownloadProgressEvent).loaded),
            ),
        });
        sessions.set(pair(from, to), session);
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new TranslatorUnavailable('downloadFailed', message(error));
      }
    },

    async translate(texts, from, to, signal) {
      const session = sessions.get(pair(from, to));
      if (!session) throw new TranslatorUnavailable('failed', `${from} → ${to} was not prepared`);
      const out: string[] = [];
      for (const text of texts) {
        signal.throwIfAborted();
        try {
          out.push(
            text.trim() === '' ? text : await session.translate(text, { signal: signal as AbortSignal }),
          );
        } catch (error) {
          if (isAbort(error)) throw error;
          throw new TranslatorUnavailable('failed', message(error));
        }
      }
      return out;
    },
  };
}
