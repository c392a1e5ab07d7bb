/**
 * A stand-in for the browser's Translator API, installed before the page loads: the same interface
 * (`Translator.availability`, `Translator.create` with a download monitor, `translate`), deterministic (the word
 * list of `src/testing/fake-translator.ts`, which reorders some sentences), with a download phase and failure modes.
 */
import type { Page } from '@playwright/test';
import { GERMAN_ENGLISH, translateWithWordList, type WordListTable } from '../../src/testing/fake-translator';

export type StandInMode =
  /** Translates German into English after a short download. */
  | 'works'
  /** Knows no German → English. */
  | 'noPair'
  /** The model download fails half-way. */
  | 'downloadFails'
  /** The model download stops half-way until it is cancelled. */
  | 'downloadHangs'
  /** The model download stops half-way until the test calls {@link finishDownload}, then goes on as `works`. */
  | 'downloadWaits'
  /** No `Translator` at all, as in browsers without the API. */
  | 'noApi';

interface StandInOptions {
  mode: StandInMode;
  table: WordListTable;
}

/** Installs the stand-in in every page `page` loads from now on. */
export async function installTranslator(page: Page, mode: StandInMode = 'works'): Promise<void> {
  const options: StandInOptions = { mode, table: GERMAN_ENGLISH };
  await page.addInitScript({
    content: `(${standIn.toString()})(${translateWithWordList.toString()}, ${JSON.stringify(options)});`,
  });
}

/** Lets a `downloadWaits` stand-in's download go on: a test holds it to see what shows while it runs. */
export async function finishDownload(page: Page): Promise<void> {
  await page.waitForFunction(() => 'finishTranslatorDownload' in window);
  await page.evaluate(() =>
    (window as unknown as { finishTranslatorDownload: () => void }).finishTranslatorDownload(),
  );
}

/** Runs in the page: sends nothing anywhere, and references nothing outside its arguments. */
function standIn(translate: (text: string, table: WordListTable) => string, { mode, table }: StandInOptions) {
  if (mode === 'noApi') {
    Object.defineProperty(window, 'Translator', { value: undefined, configurable: true, writable: true });
    return;
  }
  const DOWNLOAD_STEPS = 4;
  let downloaded = false;
  const supports = (from: string, to: string) => mode !== 'noPair' && from === 'de' && to === 'en';
  const aborted = (signal: AbortSignal | undefined) =>
    new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(signal.reason as Error);
      signal?.addEventListener('abort', () => reject(signal.reason as Error));
    });
  const StandIn = {
    availability({ sourceLanguage, targetLanguage }: { sourceLanguage: string; targetLanguage: string }) {
      if (!supports(sourceLanguage, targetLanguage)) return Promise.resolve('unavailable');
      return Promise.resolve(downloaded ? 'available' : 'downloadable');
    },
    async create(options: {
      sourceLanguage: string;
      targetLanguage: string;
      signal?: AbortSignal;
      monitor?: (monitor: EventTarget) => void;
    }) {
      if (!supports(options.sourceLanguage, options.targetLanguage))
        throw new DOMException(
          'Unable to create translator for the given source and target language.',
          'NotSupportedError',
        );
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      for (let step = 1; step <= DOWNLOAD_STEPS && !downloaded; step++) {
        if (step === 3 && mode === 'downloadFails')
          throw new DOMException('The model download failed.', 'NetworkError');
        if (step === 3 && mode === 'downloadHangs') await aborted(options.signal);
        if (step === 3 && mode === 'downloadWaits')
          await Promise.race([
            new Promise((resolve) =>
              Object.defineProperty(window, 'finishTranslatorDownload', {
                value: resolve,
                configurable: true,
              }),
            ),
            aborted(options.signal),
          ]);
        await Promise.race([new Promise((resolve) => setTimeout(resolve, 30)), aborted(options.signal)]);
        monitor.dispatchEvent(
          Object.assign(new Event('downloadprogress'), { loaded: step / DOWNLOAD_STEPS }),
        );
      }
      downloaded = true;
      return {
        translate(text: string, translateOptions?: { signal?: AbortSignal }) {
          if (translateOptions?.signal?.aborted)
            return Promise.reject(translateOptions.signal.reason as Error);
          return Promise.resolve(translate(text, table));
        },
        destroy() {},
      };
    },
  };
  Object.defineProperty(window, 'Translator', { value: StandIn, configurable: true, writable: true });
}
