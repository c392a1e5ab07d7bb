import './corrections.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../core/article/schema';
import { firstChoice, markQuote, NewQuoteFields } from './NewQuoteFields';
import { selectionInParagraph, type TextSelection } from './selection';

/**
 * Marks a stretch the annotator missed: select text in one paragraph of the original, choose speaker and kind,
 * and add it as a quote. The bar appears while such a selection exists. (`MarkByWords` is the keyboard's way.)
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
  const [choice, setChoice] = useState(() => firstChoice(article));

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
    const [next, id] = markQuote(article, selection, choice);
    setSelection(undefined);
    document.getSelection()?.removeAllRanges();
    onChange(next, id);
  };

  return (
    <section className="mark-bar" aria-label={t('markTitle')}>
      <p className="mark-bar__excerpt">
        {t('selected')} <q lang={selection.language}>{excerpt}</q>
      </p>
      <NewQuoteFields article={article} choice={choice} onChoice={setChoice} />
      <button type="button" className="button button--primary" onClick={mark}>
        {t('mark')}
      </button>
      <button type="button" className="button" onClick={() => setSelection(undefined)}>
        {t('dismiss')}
      </button>
    </section>
  );
}
