import './corrections.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Quote } from '../../core/article/schema';
import { quoteWords } from '../../core/archive/archive-quote';
import { speakerName } from '../../core/speakers/names';
import { excerpt, QuotedWords } from './excerpt';

/** A quote just deleted: the article before and after, so that the deletion can be taken back. */
export interface Deletion {
  before: Article;
  after: Article;
  quote: Quote;
}

/**
 * Offers to take back the quote just deleted, in a bar at the bottom of the window (the quote's panel, with its
 * Delete button, is gone; the person may be far down a long text), with Undo, Ctrl+Z (⌘Z) outside a text field, or
 * Dismiss. A deletion is the one correction that cannot be made again from the quote's panel.
 */
export function UndoDeletion({
  deletion,
  onUndo,
  onDismiss,
}: {
  deletion: Deletion | undefined;
  onUndo: (deletion: Deletion) => void;
  onDismiss: () => void;
}) {
  const { t, i18n } = useTranslation('corrections');

  useEffect(() => {
    if (!deletion) return;
    const onKey = (event: KeyboardEvent) => {
      const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
      if (!undoKey || event.key.toLowerCase() !== 'z' || event.defaultPrevented) return;
      if (inField(event.target)) return; // the field's own undo
      event.preventDefault();
      onUndo(deletion);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [deletion, onUndo]);

  const { before, quote } = deletion ?? {};
  const speakerOfQuote = before?.speakers.find((candidate) => candidate.id === quote?.speaker);
  const speaker = speakerOfQuote && speakerName(speakerOfQuote, i18n.resolvedLanguage ?? 'en');
  const message = deletion
    ? speaker === undefined
      ? t('undo.deleted_nobody')
      : t('undo.deleted', { speaker })
    : '';
  const words = before && quote ? excerpt(quoteWords(quote, before.originalLanguage) ?? '') : '';

  return (
    <>
      {/* Present while there is no bar, so that the deletion is announced when the bar appears. */}
      <p role="status" className="visually-hidden">
        {deletion ? `${message} ${words} ${t('undo.hint')}` : ''}
      </p>
      {deletion ? (
        <section className="mark-bar undo-bar" aria-label={t('undo.title')}>
          <p className="mark-bar__excerpt" aria-hidden="true">
            {message} <QuotedWords words={words} lang={before?.originalLanguage} />
          </p>
          <button type="button" className="button button--primary" onClick={() => onUndo(deletion)}>
            {t('undo.undo')}
          </button>
          <button type="button" className="button" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </section>
      ) : null}
    </>
  );
}

/**
 * Whether `target` is a form field or editable text, where Ctrl+Z is the browser's own undo. `ui/keyboard.ts` has
 * `isTypingTarget` for the letter shortcuts; importing it here made that module a chunk of its own and the first
 * screen's JavaScript grow past its budget.
 */
const inField = (target: EventTarget | null) =>
  target instanceof Element &&
  target.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]') !== null;
