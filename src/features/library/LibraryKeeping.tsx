import './library-keeping.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { storageState } from '../../storage/persistence';
import { ArticleProblemText } from '../../ui/ArticleProblemText';
import { downloadText } from '../../ui/download';
import { formatBytes } from '../../ui/format-bytes';
import { useFormatLocale } from '../../ui/use-format-locale';
import {
  applyRestore,
  backupFileName,
  libraryBackup,
  planRestore,
  type BrokenLine,
  type RestorePlan,
  type RestoreReport,
} from './backup';
import { localDay } from '../../core/dates/local-day';

type Restore =
  | { kind: 'idle' }
  | { kind: 'choosing'; name: string; plan: RestorePlan; replace: ReadonlySet<number> }
  | { kind: 'restoring' }
  /** `articles`: how many lines of the file were articles (none: it is not a backup, or a damaged one). */
  | { kind: 'done'; name: string; report: RestoreReport; articles: number }
  | { kind: 'failed'; message: string };

/** Queries that show the library and its storage, read again after a restore. */
const LIBRARY_QUERIES = [['imported-list'], ['storage-state']];

/**
 * The library's own part of the library page: whether the browser keeps it and how much space it takes, a backup
 * of every imported article as one JSON Lines file, and restoring from such a file.
 */
export function LibraryKeeping() {
  const { t, i18n } = useTranslation('offline');
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
  const numbers = new Intl.NumberFormat(formats);
  const queryClient = useQueryClient();
  const fileInput = useId();
  const storage = useQuery({ queryKey: ['storage-state'], queryFn: storageState, staleTime: 0 });
  const [exported, setExported] = useState<string | undefined>(undefined);
  const [restore, setRestore] = useState<Restore>({ kind: 'idle' });
  // The choices go when restoring starts or is cancelled, and the focus with them: back to the file field.
  const fileField = useRef<HTMLInputElement>(null);
  const backToFileField = () => requestAnimationFrame(() => fileField.current?.focus());
  // The choices come after a file is chosen (or another file while they are shown): the focus goes to their
  // heading, and their question is said. A choice made keeps the plan, and the focus where it is.
  const choicesHeading = useRef<HTMLHeadingElement>(null);
  const choosingPlan = restore.kind === 'choosing' ? restore.plan : undefined;
  useEffect(() => {
    if (choosingPlan) choicesHeading.current?.focus();
  }, [choosingPlan]);

  const refresh = () =>
    Promise.all(LIBRARY_QUERIES.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

  const backUp = async () => {
    setRestore({ kind: 'idle' });
    try {
      const { text, count } = await libraryBackup();
      const file = backupFileName(localDay(new Date()));
      downloadText(file, text, 'application/jsonl');
      setExported(t('backup.exported', { count, file, locale: formats }));
    } catch (error) {
      setExported(t('backup.exportFailed', { detail: String(error) }));
    }
  };

  const finish = async (name: string, plan: RestorePlan, replace: ReadonlySet<number>) => {
    setRestore({ kind: 'restoring' });
    const report = await applyRestore(plan, (item) => replace.has(item.line));
    setRestore({ kind: 'done', name, report, articles: plan.items.length });
    await refresh();
  };

  const chooseFile = async (file: File) => {
    setExported(undefined);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      setRestore({ kind: 'failed', message: t('backup.notUtf8', { name: file.name }) });
      return;
    }
    const plan = await planRestore(text);
    if (plan.items.length === 0 && plan.broken.length === 0) {
      setRestore({ kind: 'failed', message: t('backup.empty', { name: file.name }) });
      return;
    }
    if (plan.items.some((item) => item.status === 'differs'))
      setRestore({ kind: 'choosing', name: file.name, plan, replace: new Set() });
    else await finish(file.name, plan, new Set());
  };

  const onRestore = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (restore.kind === 'choosing')
      void finish(restore.name, restore.plan, restore.replace).then(backToFileField);
  };

  // What the last backup or restore did, said in one live region that is always there: a region added with its
  // message already in it is not announced by every screen reader.
  const outcome =
    restore.kind === 'restoring'
      ? t('backup.restoring')
      : restore.kind === 'done'
        ? restore.articles === 0
          ? t('backup.notBackup', { name: restore.name })
          : t('backup.done', {
              name: restore.name,
              added: numbers.format(restore.report.added),
              replaced: numbers.format(restore.report.replaced),
              copies: numbers.format(restore.report.copies),
              skipped: numbers.format(restore.report.skipped),
            })
        : exported;

  return (
    <section className="library-keeping" aria-labelledby="library-keeping-title">
      <h2 id="library-keeping-title">{t('storage.title')}</h2>
      {storage.data ? (
        <p>
          {storage.data.persisted === true
            ? t('storage.kept')
            : storage.data.persisted === false
              ? t('storage.notKept')
              : t('storage.unknown')}{' '}
          {storage.data.usage === undefined
            ? null
            : storage.data.quota === undefined
              ? t('storage.usageOnly', { used: formatBytes(storage.data.usage, formats) })
              : t('storage.usage', {
                  used: formatBytes(storage.data.usage, formats),
                  quota: formatBytes(storage.data.quota, formats),
                })}
        </p>
      ) : null}
      <div className="library-keeping__row">
        <button type="button" className="button" onClick={() => void backUp()} aria-describedby="backup-hint">
          {t('backup.export')}
        </button>
        <p id="backup-hint" className="library-keeping__hint">
          {t('backup.exportHint')}
        </p>
      </div>
      <div className="library-keeping__row">
        <label htmlFor={fileInput}>{t('backup.restoreLabel')}</label>
        <input
          ref={fileField}
          id={fileInput}
          type="file"
          accept=".jsonl,.ndjson,application/jsonl,application/x-ndjson,text/plain"
          disabled={restore.kind === 'restoring'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void chooseFile(file);
            event.target.value = '';
          }}
        />
      </div>
      <p role="status" className="library-keeping__outcome">
        {outcome}
      </p>
      {restore.kind === 'choosing' ? (
        <form
          className="library-keeping__choices"
          aria-labelledby="restore-choices-title"
          onSubmit={onRestore}
        >
          <h3 id="restore-choices-title" ref={choicesHeading} tabIndex={-1}>
            {t('backup.differTitle')}
          </h3>
          <p role="status">
            {t('backup.differIntro', {
              count: restore.plan.items.filter((item) => item.status === 'differs').length,
              name: restore.name,
              locale: formats,
            })}
          </p>
          {restore.plan.items
            .filter((item) => item.status === 'differs')
            .map((item) => {
              const language = item.article.originalLanguage;
              const choose = (replace: boolean) => {
                const next = new Set(restore.replace);
                if (replace) next.add(item.line);
                else next.delete(item.line);
                setRestore({ ...restore, replace: next });
              };
              return (
                <fieldset key={item.line}>
                  <legend>
                    <span lang={language}>{item.article.title[language] ?? item.article.id}</span> (
                    <code>{item.article.id}</code>)
                  </legend>
                  <label>
                    <input
                      type="radio"
                      name={`restore-${item.line}`}
                      checked={!restore.replace.has(item.line)}
                      onChange={() => choose(false)}
                    />{' '}
                    {t('backup.keepCopy')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`restore-${item.line}`}
                      checked={restore.replace.has(item.line)}
                      onChange={() => choose(true)}
                    />{' '}
                    {t('backup.replace')}
                  </label>
                </fieldset>
              );
            })}
          <div className="notice__actions">
            <button type="submit" className="button button--primary">
              {t('backup.restore')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setRestore({ kind: 'idle' });
                backToFileField();
              }}
            >
              {t('backup.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {restore.kind === 'failed' ? <p role="alert">{restore.message}</p> : null}
      {restore.kind === 'done' && restore.report.broken.length > 0 ? (
        <BrokenLines lines={restore.report.broken} numbers={numbers} />
      ) : null}
    </section>
  );
}

/** The lines of a backup that were not restored, by number and id, with their problems. */
function BrokenLines({ lines, numbers }: { lines: BrokenLine[]; numbers: Intl.NumberFormat }) {
  const { t } = useTranslation('offline');
  return (
    <section
      role="alert"
      className="notice notice--error library-keeping__broken"
      aria-labelledby="broken-title"
    >
      <h3 id="broken-title" className="notice__title">
        {t('backup.brokenTitle')}
      </h3>
      <ul className="problem-list">
        {lines.map((broken) => (
          <li key={broken.line}>
            {broken.id === null
              ? t('backup.brokenLine', { line: numbers.format(broken.line) })
              : t('backup.brokenLineWithId', { line: numbers.format(broken.line), id: broken.id })}{' '}
            {broken.kind === 'invalid'
              ? broken.problems.slice(0, 3).map((problem, i) => (
                  <Fragment key={i}>
                    {i > 0 ? '; ' : null}
                    <ArticleProblemText problem={problem} inLine />
                  </Fragment>
                ))
              : broken.kind === 'error'
                ? t('backup.markedFailed', { error: broken.error })
                : broken.quota
                  ? t('backup.full')
                  : t('backup.saveFailed', { detail: broken.detail })}
          </li>
        ))}
      </ul>
    </section>
  );
}
