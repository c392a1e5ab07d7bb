import './import.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { canChangeTextLanguage } from '../../core/annotator/text-language';
import { ANNOTATOR_TOOL } from '../../core/annotator/tool';
import type { Article } from '../../core/article/schema';
import { deleteImported } from '../../storage/imported-articles';
import { downloadJson } from '../../ui/download';
import { useFormatLocale } from '../../ui/use-format-locale';
import { useLanguageNames } from '../../ui/use-language-names';
import { TextLanguageChange } from './TextLanguageChange';

/**
 * Above an imported article: says it was annotated automatically (and how many annotations want review), and
 * offers export as article JSON and deletion; a text the importer made can have its language changed (the new
 * article goes to `onChange`, to be saved); `tools` (the route's: marking a missed quote) go below.
 */
export function ImportedArticleBar({
  article,
  onChange,
  tools,
}: {
  article: Article;
  onChange?: (next: Article) => void;
  tools?: ReactNode;
}) {
  const { t, i18n } = useTranslation('import');
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
  const nameOf = useLanguageNames();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  // Delete and its confirmation replace each other: the focus goes to the one shown, to Cancel (not to the
  // destructive button) when asked to confirm, and back to Delete after Cancel.
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);
  const review =
    article.quotes.filter((q) => q.needsReview).length + article.events.filter((e) => e.needsReview).length;
  const automatic = article.annotation.method === 'automatic';
  // A text the importer kept in another language was not annotated at all: say why, not "no quotes found".
  const language = article.originalLanguage;
  const unread = article.annotation.tool === ANNOTATOR_TOOL && language !== 'de';
  const languageName = unread ? nameOf(language) : '';

  return (
    <section className="imported-bar" aria-label={t('bar.label')}>
      {unread ? (
        <p className="imported-bar__text">
          {t('bar.otherLanguage', { language: languageName })}{' '}
          {t('bar.otherLanguageWrong', { language: languageName })}
        </p>
      ) : (
        <p className="imported-bar__text">
          {[
            automatic ? t('bar.automatic') : t('bar.imported'),
            review > 0 ? t('bar.review', { count: review, locale: formats }) : '',
            automatic && article.quotes.length === 0 ? t('bar.noQuotes') : '',
          ]
            .filter((sentence) => sentence !== '')
            .join(' ')}
        </p>
      )}
      <div className="imported-bar__actions">
        <button type="button" className="button" onClick={() => downloadJson(`${article.id}.json`, article)}>
          {t('bar.export')}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="button button--danger"
              onClick={() => void deleteImported(article.id).then(() => navigate('/'))}
            >
              {t('bar.confirmDelete')}
            </button>
            <button ref={cancelButton} type="button" className="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button ref={deleteButton} type="button" className="button" onClick={() => setConfirming(true)}>
            {t('bar.delete')}
          </button>
        )}
      </div>
      {onChange && canChangeTextLanguage(article) ? (
        <TextLanguageChange article={article} onChange={onChange} />
      ) : null}
      {tools ? <div className="imported-bar__tools">{tools}</div> : null}
    </section>
  );
}
