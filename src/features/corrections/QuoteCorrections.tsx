import './corrections.css';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addSpeaker,
  confirmQuote,
  deleteQuote,
  setQuoteKind,
  setQuoteSpeaker,
} from '../../core/article/edits';
import { QuoteKind, type Article, type Quote } from '../../core/article/schema';
import { focusInTextAfterDeletion, neighbourInText } from './focus-in-text';
import { useKeyedChange } from './keyed-change';
import { NEW_SPEAKER } from './NewQuoteFields';

/** Choices made with the arrow keys and not applied yet, for one quote. */
interface Staged {
  quote: string;
  speaker?: string;
  kind?: QuoteKind;
}

/**
 * Corrects one quote of an editable (imported) article: its speaker, its kind, confirm it as right, or delete
 * it. Every change is handed to `onChange` (a deletion to `onDelete`) as a new, valid article. An option picked from a field's list is
 * applied at once; one reached with the arrow keys on the closed field is staged (shown, said to be unsaved) until
 * Enter or Apply, and Escape takes it back: browsing the options stores nothing.
 */
export function QuoteCorrections({
  article,
  quoteId,
  onChange,
  onDelete,
}: {
  article: Article;
  quoteId: string;
  onChange: (article: Article, selectQuote: string | undefined) => void;
  /** The article without the quote, and the quote: a deletion, which the page offers to take back. */
  onDelete: (article: Article, quote: Quote) => void;
}) {
  const { t } = useTranslation('corrections');
  const id = useId();
  const [newName, setNewName] = useState<string | undefined>(undefined);
  const [stagedState, setStaged] = useState<Staged | undefined>(undefined);
  const keys = useKeyedChange();
  /** The field the last staged choice was made in: it has the focus back after Apply. */
  const stagedIn = useRef<HTMLSelectElement | null>(null);
  /** The speaker field: it has the focus once a new speaker is added (their name's field and button are gone). */
  const speakerField = useRef<HTMLSelectElement | null>(null);
  /** The form's heading: it has the focus once the quote is confirmed (the button is gone). */
  const heading = useRef<HTMLHeadingElement | null>(null);
  /** The quote last confirmed here, said in the status until another choice is made. */
  const [confirmed, setConfirmed] = useState<string | undefined>(undefined);
  const quote = article.quotes.find((q) => q.id === quoteId);
  if (!quote) return null;
  const staged = stagedState?.quote === quote.id ? stagedState : undefined;

  /** Applies `choice` (and the other field's staged choice with it, as one correction). */
  const apply = (choice: Omit<Staged, 'quote'>) => {
    const { speaker, kind } = { ...staged, ...choice };
    setStaged(undefined);
    if (speaker !== undefined) setNewName(speaker === NEW_SPEAKER ? '' : undefined);
    let next = article;
    if (speaker !== undefined && speaker !== NEW_SPEAKER && speaker !== (quote.speaker ?? ''))
      next = setQuoteSpeaker(next, quote.id, speaker === '' ? null : speaker);
    if (kind !== undefined && kind !== quote.kind) next = setQuoteKind(next, quote.id, kind);
    if (next !== article) onChange(next, quote.id);
  };
  const choose = (choice: Omit<Staged, 'quote'>, field: HTMLSelectElement) => {
    if (!keys.isKeyed()) return apply(choice);
    stagedIn.current = field;
    const next = { ...staged, ...choice, quote: quote.id };
    // Arrowed back to what is saved (and no new speaker's name is being typed): nothing is left to save.
    const unchanged =
      newName === undefined &&
      (next.speaker === undefined || next.speaker === (quote.speaker ?? '')) &&
      (next.kind === undefined || next.kind === quote.kind);
    setStaged(unchanged ? undefined : next);
  };
  const onFieldKey = (event: KeyboardEvent<HTMLSelectElement>) => {
    keys.onKeyDown(event);
    if (!staged || (event.key !== 'Enter' && event.key !== 'Escape')) return;
    event.preventDefault();
    if (event.key === 'Enter') apply({});
    else setStaged(undefined);
  };
  // The buttons go with the staged choice: the focus goes back to the field it was made in.
  const fromButton = (action: () => void) => () => {
    action();
    stagedIn.current?.focus();
  };
  const createSpeaker = () => {
    if (!newName?.trim()) return;
    const [withSpeaker, speakerId] = addSpeaker(article, newName);
    setNewName(undefined);
    onChange(setQuoteSpeaker(withSpeaker, quote.id, speakerId), quote.id);
    speakerField.current?.focus();
  };
  const confirm = () => {
    onChange(confirmQuote(article, quote.id), quote.id);
    setConfirmed(quote.id);
    heading.current?.focus();
  };
  const remove = () => {
    const neighbour = neighbourInText(quote.id);
    onDelete(deleteQuote(article, quote.id), quote);
    focusInTextAfterDeletion(quote.id, neighbour);
  };
  const shownSpeaker = staged?.speaker ?? (newName !== undefined ? NEW_SPEAKER : (quote.speaker ?? ''));

  return (
    <section className="corrections" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="corrections__title">
        {t('title')}
      </h3>
      <div className="corrections__fields">
        <label>
          <span>{t('speaker')}</span>
          <select
            ref={speakerField}
            value={shownSpeaker}
            onKeyDown={onFieldKey}
            onChange={(e) => choose({ speaker: e.target.value }, e.target)}
          >
            {article.speakers.map((speaker) => (
              <option key={speaker.id} value={speaker.id}>
                {speaker.name}
              </option>
            ))}
            <option value="">{t('unattributed')}</option>
            <option value={NEW_SPEAKER}>{t('newSpeaker')}</option>
          </select>
        </label>
        {newName !== undefined ? (
          <div className="corrections__new">
            <label>
              <span>{t('newSpeakerName')}</span>
              <input
                type="text"
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
                // Enter adds the speaker, as it would submit a form.
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  createSpeaker();
                }}
              />
            </label>
            <button type="button" className="button" onClick={createSpeaker} disabled={!newName.trim()}>
              {t('addSpeaker')}
            </button>
          </div>
        ) : null}
        <label>
          <span>{t('kind')}</span>
          <select
            value={staged?.kind ?? quote.kind}
            onKeyDown={onFieldKey}
            onChange={(e) => choose({ kind: QuoteKind.parse(e.target.value) }, e.target)}
          >
            {QuoteKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* Present before anything is staged, so that the note is announced when it appears. */}
      <p role="status" className="corrections__pending">
        {staged ? t('pending') : confirmed === quote.id && !quote.needsReview ? t('confirmed') : null}
      </p>
      <div className="corrections__actions">
        {staged ? (
          <>
            <button type="button" className="button button--primary" onClick={fromButton(() => apply({}))}>
              {t('apply')}
            </button>
            <button type="button" className="button" onClick={fromButton(() => setStaged(undefined))}>
              {t('cancel')}
            </button>
          </>
        ) : null}
        {quote.needsReview ? (
          <button type="button" className="button" onClick={confirm}>
            {t('confirm')}
          </button>
        ) : null}
        <button type="button" className="button button--danger" onClick={remove}>
          {t('delete')}
        </button>
      </div>
    </section>
  );
}
