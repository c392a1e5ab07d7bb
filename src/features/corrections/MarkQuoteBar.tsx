import './corrections.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addQuote } from '../../core/article/edits';
import { QuoteKind, type Article } from '../../core/article/schema';
import { selectionInParagraph, type TextSelection } from './selection';

/**
 * Marks a stretch the annotator missed: select text in one paragraph of the original, choose speaker and kind,
 * and add it as a quote. The bar appears while such a selection exists.
 */
export function MarkQuoteBar({
  article,
  onChange,
}: {
  article: Article;
  onChange: (article: Article, selectQuote: string | undefined) => void;
}) {
  const { t } = useTranslation('corrections');
  const [selection, setSelection] = useState<TextSelection | undefined>(undefined);
  const [speaker, setSpeaker] = useState<string>(article.speakers[0]?.id ?? '');
  const [kind, setKind] = useState<QuoteKind>('direct');

  useEffect(() => {
    const onSelection = () => {
      const current = selectionInParagraph(document.getSelection());
      // Keep the last selection while the person works in the bar (focus there collapses the page selection).
      // Only a selection with words in it can become a quote (white space alone cannot).
      if (current && current.language === article.originalLanguage && current.text.trim() !== '') {
        setSelection(current);
      }
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [article.originalLanguage]);

  if (!selection) return null;
  const excerpt = selection.text.length > 80 ? `${selection.text.slice(0, 77)}…` : selection.text;
  const mark = () => {
    const [next, id] = addQuote(article, { ...selection, speaker: speaker === '' ? null : speaker, kind });
    setSelection(undefined);
    document.getSelection()?.removeAllRanges();
    onChange(next, id);
  };

  return (
    <section className="mark-bar" aria-label={t('markTitle')}>
      <p className="mark-bar__excerpt">
        {t('selected')} <q lang={selection.language}>{excerpt}</q>
      </p>
      <label>
        <span>{t('speaker')}</span>
        <select value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
          {article.speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value="">{t('unattributed')}</option>
        </select>
      </label>
      <label>
        <span>{t('kind')}</span>
        <select value={kind} onChange={(e) => setKind(QuoteKind.parse(e.target.value))}>
          {QuoteKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--primary" onClick={mark}>
        {t('mark')}
      </button>
      <button type="button" className="button" onClick={() => setSelection(undefined)}>
        {t('dismiss')}
      </button>
    </section>
  );
}
