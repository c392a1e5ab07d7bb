import './corrections.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addSpeaker,
  confirmQuote,
  deleteQuote,
  setQuoteKind,
  setQuoteSpeaker,
} from '../../core/article/edits';
import { QuoteKind, type Article } from '../../core/article/schema';

const NEW_SPEAKER = '__new__';

/**
 * Corrects one quote of an editable (imported) article: its speaker, its kind, confirm it as right, or delete
 * it. Every change is handed to `onChange` as a new, valid article.
 */
export function QuoteCorrections({
  article,
  quoteId,
  onChange,
}: {
  article: Article;
  quoteId: string;
  onChange: (article: Article, selectQuote: string | undefined) => void;
}) {
  const { t } = useTranslation('corrections');
  const id = useId();
  const [newName, setNewName] = useState<string | undefined>(undefined);
  const quote = article.quotes.find((q) => q.id === quoteId);
  if (!quote) return null;

  const onSpeaker = (value: string) => {
    if (value === NEW_SPEAKER) setNewName('');
    else onChange(setQuoteSpeaker(article, quote.id, value === '' ? null : value), quote.id);
  };
  const createSpeaker = () => {
    if (!newName?.trim()) return;
    const [withSpeaker, speakerId] = addSpeaker(article, newName);
    setNewName(undefined);
    onChange(setQuoteSpeaker(withSpeaker, quote.id, speakerId), quote.id);
  };

  return (
    <section className="corrections" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="corrections__title">
        {t('title')}
      </h3>
      <div className="corrections__fields">
        <label>
          <span>{t('speaker')}</span>
          <select
            value={newName !== undefined ? NEW_SPEAKER : (quote.speaker ?? '')}
            onChange={(e) => onSpeaker(e.target.value)}
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
              <input type="text" value={newName} onChange={(e) => setNewName(e.target.value)} />
            </label>
            <button type="button" className="button" onClick={createSpeaker} disabled={!newName.trim()}>
              {t('addSpeaker')}
            </button>
          </div>
        ) : null}
        <label>
          <span>{t('kind')}</span>
          <select
            value={quote.kind}
            onChange={(e) =>
              onChange(setQuoteKind(article, quote.id, QuoteKind.parse(e.target.value)), quote.id)
            }
          >
            {QuoteKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="corrections__actions">
        {quote.needsReview ? (
          <button
            type="button"
            className="button"
            onClick={() => onChange(confirmQuote(article, quote.id), quote.id)}
          >
            {t('confirm')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--danger"
          onClick={() => onChange(deleteQuote(article, quote.id), undefined)}
        >
          {t('delete')}
        </button>
      </div>
    </section>
  );
}
