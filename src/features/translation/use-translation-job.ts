import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../core/article/schema';
import type { LanguageLayer } from '../../core/translation/language-layer';
import { translateArticle, type TranslationProgress } from '../../core/translation/translate-article';
import {
  TranslatorUnavailable,
  type MachineTranslator,
  type UnavailableReason,
} from '../../core/translation/translator';

/** Where a translation into one language stands. */
export type TranslationJob =
  | { status: 'idle' }
  | { status: 'running'; language: string; progress: TranslationProgress | undefined }
  | { status: 'done'; language: string }
  | { status: 'cancelled'; language: string }
  | { status: 'failed'; language: string; reason: UnavailableReason | 'notKept'; detail?: string };

/**
 * Runs one translation at a time, with progress and cancellation (an `AbortController`, like the annotator's
 * Cancel), and hands the finished translation to `keep`. `start` must be called from the person's gesture: it
 * calls the translator's `prepare` (which may download a model) before it returns.
 */
export function useTranslationJob(keep: (layer: LanguageLayer) => Promise<void>) {
  const [job, setJob] = useState<TranslationJob>({ status: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  // A job still running when the reader leaves the article is cancelled.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (article: Article, language: string, translator: MachineTranslator) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setJob({ status: 'running', language, progress: undefined });
      const done = (next: TranslationJob) => {
        if (controller.current !== own) return;
        controller.current = undefined;
        setJob(next);
      };
      translateArticle(article, language, translator, {
        signal: own.signal,
        onProgress: (progress) => {
          if (controller.current === own) setJob({ status: 'running', language, progress });
        },
      })
        .then(async (layer) => {
          try {
            await keep(layer);
            done({ status: 'done', language });
          } catch (error) {
            done({ status: 'failed', language, reason: 'notKept', detail: describe(error) });
          }
        })
        .catch((error: unknown) => {
          if (own.signal.aborted) done({ status: 'cancelled', language });
          else if (error instanceof TranslatorUnavailable)
            done({ status: 'failed', language, reason: error.reason, detail: error.message });
          else done({ status: 'failed', language, reason: 'failed', detail: describe(error) });
        });
    },
    [keep],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  /** Says why a pair cannot be translated, as a failure of the person's attempt. */
  const refuse = useCallback(
    (language: string, reason: UnavailableReason, detail?: string) =>
      setJob({ status: 'failed', language, reason, detail }),
    [],
  );
  return { job, start, cancel, refuse };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
