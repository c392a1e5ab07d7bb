import './corrections.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../core/article/schema';
import { useFormatLocale } from '../../ui/use-format-locale';
import {
  choiceAfter,
  choiceComplete,
  extendOver,
  firstChoice,
  markQuote,
  NewQuoteFields,
  replaceWithQuote,
} from './NewQuoteFields';
import { CrossingChoices, overlapNote, overlapsOf } from './OverlapNote';
import { selectionInParagraph, type TextSelection } from './selection';
import { excerpt, QuotedWords } from './excerpt';

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
  const { t, i18n } = useTranslation('corrections');
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
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

  const noteId = useId();
  const overlaps = overlapsOf(article, selection);
  const note = selection ? overlapNote(t, i18n.resolvedLanguage, article, overlaps, formats) : '';
  const done = ([next, id]: [Article, string]) => {
    setSelection(undefined);
    document.getSelection()?.removeAllRanges();
    setChoice(choiceAfter(next, id, choice));
    onChange(next, id);
  };

  return (
    <>
      {/* Present while there is no bar, so that the note is announced when a selection brings the bar. */}
      <p id={noteId} role="status" className="visually-hidden">
        {note}
      </p>
      {selection ? (
        <section className="mark-bar" aria-label={t('markTitle')}>
          <p className="mark-bar__excerpt">
            {t('selected')} <QuotedWords words={excerpt(selection.text)} lang={selection.language} />
          </p>
          {/* Shown here, said by the status line above (and described by it on the choices). */}
          {note ? (
            <p className="mark-bar__note" aria-hidden="true">
              {note}
            </p>
          ) : null}
          <NewQuoteFields article={article} words={selection.text} choice={choice} onChoice={setChoice} />
          {overlaps.crossing.length > 0 ? (
            <CrossingChoices
              article={article}
              crossing={overlaps.crossing}
              crossed={overlaps.crossed}
              describedBy={noteId}
              onExtend={(quoteId) => done(extendOver(article, selection, quoteId))}
              onReplace={() => {
                if (choiceComplete(choice)) done(replaceWithQuote(article, selection, choice));
              }}
            />
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={!choiceComplete(choice)}
              onClick={() => done(markQuote(article, selection, choice))}
            >
              {t('mark')}
            </button>
          )}
          <button type="button" className="button" onClick={() => setSelection(undefined)}>
            {t('dismiss')}
          </button>
        </section>
      ) : null}
    </>
  );
}
