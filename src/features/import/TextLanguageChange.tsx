import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasReaderDecisions, readerDecisions, textLanguageInput } from '../../core/annotator/text-language';
import type { Article } from '../../core/article/schema';
import { GUESSABLE_LANGUAGES } from '../../core/text/function-words';
import { downloadJson } from '../../ui/download';
import { useFormatLocale } from '../../ui/use-format-locale';
import { useLanguageNames } from '../../ui/use-language-names';
import { annotateInWorker, type AnnotationJob } from './annotate-in-worker';

/**
 * The language of an imported text, changed where it is read: the text is made into an article again as the
 * importer would have made it in that language (German is annotated, in the annotator's Web Worker; any other
 * language is kept unannotated), and handed to `onChange` to be saved as one revision. When the reader has
 * corrected, marked or translated anything, which the change would drop, it asks first and offers the export;
 * Cancel or Escape keeps everything as it is.
 */
export function TextLanguageChange({
  article,
  onChange,
}: {
  article: Article;
  onChange: (next: Article) => void;
}) {
  const { t, i18n } = useTranslation('import');
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
  const nameOf = useLanguageNames();
  const current = article.originalLanguage;
  const [choice, setChoice] = useState(current);
  // A change saved (here or in another tab) shows the article's language again.
  const [shownFor, setShownFor] = useState(current);
  if (shownFor !== current) {
    setShownFor(current);
    setChoice(current);
  }
  const [asking, setAsking] = useState<string | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState('');
  const job = useRef<AnnotationJob | undefined>(undefined);
  const changeButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const running = job;
    return () => running.current?.cancel();
  }, []);
  useEffect(() => {
    if (asking !== undefined) cancelButton.current?.focus();
  }, [asking]);

  const languages = GUESSABLE_LANGUAGES.some((language) => language === current)
    ? GUESSABLE_LANGUAGES
    : [current, ...GUESSABLE_LANGUAGES];

  const apply = async (language: string) => {
    // The question goes: the focus goes back to the button that asked, not to the page's start.
    setAsking(undefined);
    changeButton.current?.focus();
    setFailure('');
    setRunning(true);
    setAnnouncement(t('language.working', { language: nameOf(language) }));
    const started = annotateInWorker(textLanguageInput(article, language), () => undefined);
    job.current = started;
    try {
      const next = await started.result;
      onChange(next);
      setAnnouncement(
        language === 'de'
          ? t('language.doneGerman', {
              count: next.quotes.length,
              language: nameOf(language),
              locale: formats,
            })
          : t('language.doneOther', { language: nameOf(language) }),
      );
    } catch (error) {
      setAnnouncement('');
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setFailure(t('annotationFailed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      job.current = undefined;
      setRunning(false);
      changeButton.current?.focus();
    }
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (running || choice === current) return;
    if (hasReaderDecisions(article)) setAsking(choice);
    else void apply(choice);
  };

  const cancel = () => {
    setAsking(undefined);
    setChoice(current);
    changeButton.current?.focus();
  };

  return (
    <div className="imported-bar__language">
      <form className="imported-bar__language-form" onSubmit={onSubmit}>
        <label>
          <span>{t('languageLabel')}</span>{' '}
          <select
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            disabled={running || asking !== undefined}
          >
            {languages.map((language) => (
              <option key={language} value={language}>
                {nameOf(language)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button ref={changeButton} type="submit" className="button" aria-disabled={running || undefined}>
          {t('language.change')}
        </button>
      </form>
      {asking !== undefined ? (
        <div
          role="group"
          aria-labelledby={`${id}-question`}
          className="imported-bar__question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              cancel();
            }
          }}
        >
          <p id={`${id}-question`}>
            <strong>{t('language.question', { language: nameOf(asking) })}</strong>
          </p>
          <LossDescription article={article} nameOf={nameOf} />
          <div className="imported-bar__actions">
            <button
              type="button"
              className="button"
              onClick={() => downloadJson(`${article.id}.json`, article)}
            >
              {t('bar.export')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void apply(asking)}>
              {t('language.confirm', { language: nameOf(asking) })}
            </button>
            <button ref={cancelButton} type="button" className="button" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {/* A polite live region without the status role: the bar's other tools have a status of their own. It is
          there before anything is said, so that it is announced; empty, it holds no paragraph. */}
      <div aria-live="polite" aria-atomic="true" className="imported-bar__status">
        {announcement ? <p>{announcement}</p> : null}
      </div>
      {failure ? (
        <p role="alert" className="imported-bar__failure">
          {failure}
        </p>
      ) : null}
    </div>
  );
}

/** What a change of language would drop: the reader's corrections and the translations, in words. */
function LossDescription({ article, nameOf }: { article: Article; nameOf: (language: string) => string }) {
  const { t, i18n } = useTranslation('import');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const decided = readerDecisions(article);
  const parts = [
    decided.quotes > 0 ? t('language.quotes', { count: decided.quotes, locale: formats }) : '',
    decided.events > 0 ? t('language.events', { count: decided.events, locale: formats }) : '',
  ].filter((part) => part !== '');
  return (
    <p>
      {parts.length > 0 ? `${t('language.corrections', { what: list.format(parts) })} ` : null}
      {decided.translations.length > 0
        ? `${t('language.translations', {
            count: decided.translations.length,
            locale: formats,
            languages: list.format(decided.translations.map(nameOf)),
          })} `
        : null}
      {t('language.exportFirst')}
    </p>
  );
}
