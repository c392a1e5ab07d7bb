import './import.css';
import { useEffect, useRef, useState, type DragEvent, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Link } from '../../ui/Link';
import { parseArticleJson } from '../../core/article/parse';
import type { ArticleProblem } from '../../core/article/problems';
import { ArticleProblemText } from '../../ui/ArticleProblemText';
import type { Article } from '../../core/article/schema';
import { freeImportedId, importedWithText, saveImported } from '../../storage/imported-articles';
import { askToKeepStorage, isQuotaError } from '../../storage/persistence';
import { isShippedArticle } from '../../storage/shipped-articles';
import { Notice } from '../../ui/Notice';
import { useFormatLocale } from '../../ui/use-format-locale';
import { annotateInWorker, type AnnotationJob } from './annotate-in-worker';
import { TextLanguageField } from './TextLanguageField';
import { decodeTextFile } from './decode-text-file';
import { localDay } from '../../core/dates/local-day';
import { pickLocalized } from '../../core/article/localized';
import { unwrapLines } from '../../core/text/unwrap-lines';

type Status =
  | { kind: 'idle' }
  | { kind: 'annotating'; progress: number | undefined; characters: number }
  | { kind: 'failed'; message: string; problems?: ArticleProblem[] }
  /** The same text is in the library already: open it, or import it again on purpose. */
  | { kind: 'duplicate'; id: string; title: string };

/** Texts longer than this show a progress bar while they are annotated. */
const LONG_TEXT = 20_000;

/** Today where the reader is: the default publication date of a pasted text. */
function today(): string {
  return localDay(new Date());
}

/**
 * Saves a new import, then asks the browser to keep the library (`navigator.storage.persist()`): the first import is
 * when there starts to be something to lose.
 */
async function keepImport(article: Article): Promise<void> {
  await saveImported(article, 0);
  void askToKeepStorage();
}

/**
 * `/import`: paste German text or drop a `.txt` file, optionally with title and publication date; the annotator
 * runs in a Web Worker and the result opens in the reader. A dropped article JSON file is validated and imported
 * as it is.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation(['import', 'offline']);
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState(today);
  const [language, setLanguage] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const job = useRef<AnnotationJob | undefined>(undefined);
  const annotateButton = useRef<HTMLButtonElement>(null);
  // Leaving the page stops an annotation still running: it would otherwise open its result wherever the reader
  // has gone since.
  useEffect(() => {
    const running = job;
    return () => running.current?.cancel();
  }, []);
  const numbers = new Intl.NumberFormat(useFormatLocale(i18n.resolvedLanguage ?? 'en'));

  const saveFailure = (error: unknown) =>
    isQuotaError(error) ? t('offline:save.full') : t('annotationFailed', { detail: String(error) });

  const importJson = async (json: string, fileName: string) => {
    const result = parseArticleJson(json);
    if (!result.ok) {
      setStatus({ kind: 'failed', message: t('invalidJson', { name: fileName }), problems: result.problems });
      return;
    }
    try {
      const id = await freeImportedId(result.article.id);
      await keepImport({ ...result.article, id });
      void navigate(`/imported/${id}`);
    } catch (error) {
      setStatus({ kind: 'failed', message: saveFailure(error) });
    }
  };

  const acceptFile = async (file: File) => {
    setStatus({ kind: 'idle' });
    const content = decodeTextFile(await file.arrayBuffer());
    if (content === undefined) {
      setStatus({ kind: 'failed', message: t('notText', { name: file.name }) });
      return;
    }
    // A backup of the library (JSON Lines) is not a text to annotate: it belongs to the library's restore.
    if (/\.(?:jsonl|ndjson)$/i.test(file.name)) {
      setStatus({ kind: 'failed', message: t('backupFile', { name: file.name }) });
      return;
    }
    if (file.name.toLowerCase().endsWith('.json') || file.type === 'application/json') {
      await importJson(content, file.name);
      return;
    }
    if (content.trim() === '') {
      setStatus({ kind: 'failed', message: t('emptyFile', { name: file.name }) });
      return;
    }
    // The title stays the reader's to give: the text's headline names it better than the file's name ("t2-crlf",
    // "Dokument1"), which left the headline as the text's first paragraph.
    setText(content);
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void acceptFile(file);
  };

  const onSubmit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    await annotateText(false);
  };

  const annotateText = async (again: boolean) => {
    if (text.trim() === '') {
      setStatus({ kind: 'failed', message: t('emptyText') });
      return;
    }
    // A text copied from a PDF or an e-mail breaks its sentences over lines, which the annotator reads as paragraphs.
    const prose = unwrapLines(text);
    // The same text twice would count its quotes twice on speaker pages and in the search: say so first.
    const existing = again ? undefined : await importedWithText(prose).catch(() => undefined);
    if (existing) {
      const locale = i18n.resolvedLanguage ?? 'en';
      const shown = pickLocalized(existing.title, locale, existing.originalLanguage)?.text ?? existing.id;
      setStatus({ kind: 'duplicate', id: existing.id, title: shown });
      return;
    }
    setStatus({ kind: 'annotating', progress: undefined, characters: text.length });
    const running = annotateInWorker(
      {
        text: prose,
        title: title || undefined,
        published: published || undefined,
        language: language || undefined,
      },
      (fraction) => setStatus((s) => (s.kind === 'annotating' ? { ...s, progress: fraction } : s)),
    );
    job.current = running;
    try {
      // The id is the slug of the title the article has (the one given, else the text's first words, its headline
      // where it has one, after a dateline), not of the text's first characters. Not a shipped article's id either:
      // the import would stand in for that article's quotes (as a copy of it).
      const annotated = await running.result;
      const article = { ...annotated, id: await freeImportedId(annotated.id, isShippedArticle) };
      await keepImport(article);
      void navigate(`/imported/${article.id}`);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        // The Cancel button goes away with the annotation: the focus goes to Annotate, enabled again.
        flushSync(() => setStatus({ kind: 'idle' }));
        annotateButton.current?.focus();
      } else setStatus({ kind: 'failed', message: saveFailure(error) });
    } finally {
      job.current = undefined;
    }
  };

  const busy = status.kind === 'annotating';
  return (
    <section className="import" aria-labelledby="import-title">
      <h1 id="import-title" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="import__intro">{t('intro')}</p>
      <form className="import__form" onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <div
          className={`import__drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor="import-text" className="import__label">
            {t('textLabel')}
          </label>
          <p id="import-text-hint" className="import__hint">
            {t('textHint')}
          </p>
          <textarea
            id="import-text"
            aria-describedby="import-text-hint"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={14}
            lang={language || 'de'}
            disabled={busy}
          />
          <label className="import__file">
            <span>{t('fileLabel')}</span>
            <input
              type="file"
              accept=".txt,.json,text/plain,application/json"
              disabled={busy}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void acceptFile(file);
                event.target.value = '';
              }}
            />
          </label>
        </div>
        <div className="import__fields">
          <label>
            <span>{t('titleLabel')}</span>
            <input
              type="text"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              disabled={busy}
            />
          </label>
          <label>
            <span>{t('publishedLabel')}</span>
            <input
              type="date"
              value={published}
              onChange={(event) => setPublished(event.target.value)}
              aria-describedby="import-published-hint"
              disabled={busy}
            />
          </label>
          <p id="import-published-hint" className="import__hint">
            {t('publishedHint')}
          </p>
          <TextLanguageField value={language} onChange={setLanguage} disabled={busy} />
        </div>
        <div className="import__actions">
          <button ref={annotateButton} type="submit" className="button button--primary" disabled={busy}>
            {t('annotate')}
          </button>
          {busy ? (
            <button type="button" className="button" onClick={() => job.current?.cancel()}>
              {t('cancel')}
            </button>
          ) : null}
        </div>
      </form>
      {status.kind === 'annotating' ? (
        <div role="status" className="import__progress">
          <p>{t('annotating', { characters: numbers.format(status.characters) })}</p>
          {status.characters >= LONG_TEXT ? (
            <progress max={1} value={status.progress} aria-label={t('progressLabel')} />
          ) : null}
        </div>
      ) : null}
      {status.kind === 'duplicate' ? (
        <Notice
          title={t('duplicate.title')}
          role="alert"
          actions={
            <>
              <Link className="button button--primary" to={`/imported/${status.id}`}>
                {t('duplicate.open', { title: status.title })}
              </Link>
              <button type="button" className="button" onClick={() => void annotateText(true)}>
                {t('duplicate.again')}
              </button>
            </>
          }
        >
          <p>{t('duplicate.body')}</p>
        </Notice>
      ) : null}
      {status.kind === 'failed' ? (
        <Notice title={t('failedTitle')} tone="error" role="alert">
          <p>{status.message}</p>
          {status.problems ? (
            <ul className="problem-list">
              {status.problems.slice(0, 50).map((problem, i) => (
                <li key={i}>
                  <ArticleProblemText problem={problem} />
                </li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </section>
  );
}
