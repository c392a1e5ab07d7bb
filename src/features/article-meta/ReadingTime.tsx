import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../core/article/schema';
import { estimateReadingMinutes } from '../../core/text/reading-time';
import { useFormatLocale } from '../../ui/use-format-locale';
import { useNumberFormat } from '../../ui/use-number-format';

/**
 * "4 minutes to read": an estimate for the article's text in `language` (the one being read). Memoised, so that a
 * change of the page's state that is not the language (a quote selected) does not render it again.
 */
export const ReadingTime = memo(function ReadingTime({
  article,
  language,
}: {
  article: Article;
  language: string;
}) {
  const { t, i18n } = useTranslation('articleMeta');
  const locale = i18n.resolvedLanguage ?? 'en';
  const formats = useFormatLocale(locale);
  const numbers = useNumberFormat(formats);
  const minutes = useMemo(
    () =>
      estimateReadingMinutes(
        article.paragraphs.flatMap((paragraph) => paragraph.text[language] ?? []),
        language,
      ),
    [article.paragraphs, language],
  );
  if (minutes === 0) return null;
  return (
    <p className="reading-time">{t('readingTime', { count: minutes, minutes: numbers.format(minutes) })}</p>
  );
});
