import './translation.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../core/article/schema';
import type { LanguageLayer } from '../../core/translation/language-layer';
import type { TranslationProgress } from '../../core/translation/translate-article';
import { interfaceLanguages } from '../../locales/languages';
import { useFormatLocale } from '../../ui/use-format-locale';
import { chooseTranslator, type TranslatorChoice } from './providers';
import { useTranslationJob, type TranslationJob } from './use-translation-job';

/** Storage and validation, loaded when a translation is kept, removed or looked up (not with the page). */
const keeping = () => import('./keep-translation');

export interface MachineTranslationBarProps {
  /** The article as it came (for a shipped article: without the translations this browser keeps for it). */
  base: Article;
  /** The article as shown, with its machine translations. */
  article: Article;
  /** Where translations are kept: in the imported article's record, or apart for a shipped article. */
  kept: 'imported' | 'shipped';
  /** The article with a translation added or removed. */
  onArticle: (article: Article) => void;
  /** The translation language on screen, if any. */
  shown: string | undefined;
  /** Shows the translation into `language` side by side with the original. */
  onShow: (language: string) => void;
}

/**
 * The languages to offer a machine translation into: the interface language where the article lacks it; where the
 * article has no translation at all, every interface language it lacks.
 */
export function translationTargets(
  article: Article,
  locale: string,
  candidates: readonly string[],
): string[] {
  const lacking = (l: string) => !article.languages.includes(l);
  if (lacking(locale)) return [locale];
  return article.languages.length > 1 ? [] : candidates.filter(lacking);
}

/**
 * In the text-mode bar: "Translate into …" where the article lacks the reader's language, the translation's
 * progress with Cancel, why it cannot be done where it cannot, and, over a machine translation, whose it is and
 * a way to remove it.
 */
export function MachineTranslationBar({
  base,
  article,
  kept,
  onArticle,
  shown,
  onShow,
}: MachineTranslationBarProps) {
  const { t, i18n } = useTranslation('translation');
  const locale = i18n.resolvedLanguage ?? 'en';
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale]);
  const name = (language: string) => names.of(language) ?? language;
  const from = article.originalLanguage;

  // A shipped article: the translations this browser keeps for it, looked up once the page is idle (the storage
  // and the validator load then), and only where the article lacks a language one could have been made into.
  useEffect(() => {
    const lacking = interfaceLanguages.filter((l) => !base.languages.includes(l));
    if (kept !== 'shipped' || lacking.length === 0) return;
    let current = true;
    const look = () =>
      void keeping()
        .then(({ withKeptTranslations }) => withKeptTranslations(base, lacking))
        .then(
          (withKept) => {
            if (current && withKept !== base) onArticle(withKept);
          },
          () => undefined, // No storage (a private window): nothing kept, nothing to show.
        );
    // Safari has no requestIdleCallback: a short delay there.
    const idle =
      'requestIdleCallback' in window ? window.requestIdleCallback(look, { timeout: 1000 }) : undefined;
    const timer = idle === undefined ? window.setTimeout(look, 500) : undefined;
    return () => {
      current = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [base, kept, onArticle]);

  const targets = translationTargets(article, locale, interfaceLanguages);
  const targetsKey = targets.join(' ');
  const [choices, setChoices] = useState<ReadonlyMap<string, TranslatorChoice>>(new Map());
  useEffect(() => {
    let current = true;
    void Promise.all(
      targetsKey
        .split(' ')
        .filter(Boolean)
        .map(async (to) => [to, await chooseTranslator(from, to)] as const),
    ).then((found) => {
      if (!current) return;
      setChoices(new Map(found.flatMap(([to, choice]) => (choice ? [[to, choice] as const] : []))));
    });
    return () => {
      current = false;
    };
  }, [from, targetsKey]);

  const keep = useCallback(
    async (layer: LanguageLayer) => {
      const { keepTranslation } = await keeping();
      onArticle(await keepTranslation(kept, base, layer));
      onShow(layer.language);
    },
    [kept, base, onArticle, onShow],
  );
  const { job, start, cancel, refuse } = useTranslationJob(keep);
  const [removeFailure, setRemoveFailure] = useState<string | undefined>(undefined);

  const offer = (to: string) => {
    used.current = true;
    const choice = choices.get(to);
    if (!choice) return;
    if (choice.availability.status === 'unavailable')
      refuse(to, choice.availability.reason, choice.availability.detail);
    else start(kept === 'shipped' ? base : article, to, choice.translator);
  };
  const remove = (language: string) => {
    used.current = true;
    setRemoveFailure(undefined);
    keeping()
      .then(({ removeTranslation }) => removeTranslation(kept, base, article, language))
      .then(onArticle, (error: unknown) =>
        setRemoveFailure(error instanceof Error ? error.message : String(error)),
      );
  };

  const machine =
    shown !== undefined && article.translations?.[shown]?.method === 'machine' ? shown : undefined;
  const running = job.status === 'running';
  const bar = useRef<HTMLDivElement>(null);
  // Whether the person has used the bar's controls: only then does the focus follow them (never on the page's load).
  // The offer to translate comes back once the translator has been asked again (`choices`), after the removal.
  const used = useRef(false);
  useEffect(() => {
    if (used.current) focusSuccessor(bar.current);
  }, [job.status, machine, choices]);
  return (
    <div className="machine-translation" ref={bar}>
      {machine !== undefined ? (
        <p className="machine-translation__mark" tabIndex={-1}>
          {t('mark', {
            language: name(machine),
            tool: article.translations?.[machine]?.tool ?? t('unknownTool'),
          })}{' '}
          <button
            type="button"
            className="button machine-translation__button"
            onClick={() => remove(machine)}
          >
            {t('remove', { language: name(machine) })}
          </button>
        </p>
      ) : null}
      {targets.map((to) =>
        choices.has(to) && !(running && job.language === to) ? (
          <button
            key={to}
            type="button"
            className="button machine-translation__button machine-translation__offer"
            onClick={() => offer(to)}
            disabled={running}
          >
            {t('offer', { language: name(to) })}
          </button>
        ) : null,
      )}
      <JobStatus job={job} from={name(from)} name={name} shown={machine} onCancel={cancel} />
      {removeFailure !== undefined ? (
        <p role="alert" className="machine-translation__problem">
          {t('removeFailed', { detail: removeFailure })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Each control of the bar is replaced by the next when it is used (Translate by Cancel, Cancel by the translation's
 * mark or by Translate again, Remove by Translate), and the focus, which fell to the page's body with it, goes to
 * that successor: the Cancel button while a translation runs, else the offer to translate, else the mark of the
 * translation just shown. A focus the person has put elsewhere meanwhile stays where it is.
 */
function focusSuccessor(bar: HTMLElement | null): void {
  if (!bar || (document.activeElement !== null && document.activeElement !== document.body)) return;
  for (const selector of SUCCESSORS) {
    const successor = bar.querySelector<HTMLElement>(selector);
    if (successor) {
      successor.focus();
      return;
    }
  }
}

/** The controls that can take the focus from a used one, first the one to prefer (see `focusSuccessor`). */
const SUCCESSORS = [
  '.machine-translation__progress button',
  'button.machine-translation__offer',
  '.machine-translation__mark',
];

function JobStatus({
  job,
  from,
  name,
  shown,
  onCancel,
}: {
  job: TranslationJob;
  from: string;
  name: (language: string) => string;
  /** The machine translation on screen, if any. */
  shown: string | undefined;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('translation');
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
  const percent = useMemo(
    () => new Intl.NumberFormat(formats, { style: 'percent', maximumFractionDigits: 0 }),
    [formats],
  );
  if (job.status === 'idle') return null;
  // Said once the translation is on screen, and as long as it is.
  if (job.status === 'done')
    return job.language === shown ? (
      <p role="status" className="machine-translation__status">
        {t('done', { language: name(job.language) })}
      </p>
    ) : null;
  if (job.status === 'cancelled')
    return (
      <p role="status" className="machine-translation__status">
        {t('cancelled', { language: name(job.language) })}
      </p>
    );
  if (job.status === 'failed') {
    const values = { from, to: name(job.language), detail: job.detail ?? '' };
    return (
      <p role="alert" className="machine-translation__problem">
        {t(`problem.${job.reason}`, values)}
      </p>
    );
  }
  return (
    <div className="machine-translation__progress">
      <ProgressLine
        progress={job.progress}
        language={name(job.language)}
        percent={percent}
        locale={formats}
      />
      <button type="button" className="button machine-translation__button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

function ProgressLine({
  progress,
  language,
  percent,
  locale,
}: {
  progress: TranslationProgress | undefined;
  language: string;
  /** How the download's share is written (`Intl`, in `locale`). */
  percent: Intl.NumberFormat;
  /** The locale of the counts in the words (the interface language's regional variant, `useFormatLocale`). */
  locale: string;
}) {
  const { t } = useTranslation('translation');
  // The short texts (title, roles, labels) are the first step; the paragraphs the rest.
  const label =
    progress === undefined
      ? t('starting', { language })
      : progress.phase === 'download'
        ? t('downloading', { language, percent: percent.format(progress.fraction) })
        : t('translating', {
            language,
            done: Math.max(0, progress.done - 1),
            count: progress.total - 1,
            locale,
          });
  const value =
    progress === undefined
      ? undefined
      : progress.phase === 'download'
        ? progress.fraction
        : progress.done / progress.total;
  return (
    <>
      <span role="status" className="machine-translation__status">
        {label}
      </span>
      <progress className="machine-translation__bar" max={1} value={value} aria-label={label} />
    </>
  );
}
