import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../core/article/schema';
import { estimateReadingMinutes } from '../../core/text/reading-time';

/** "4 minutes to read": an estimate for the article's text in `language` (the one being read). */
export function ReadingTime({ article, language }: { article: Article; language: string }) {
  const { t, i18n } = useTranslation('articleMeta');
  const locale = i18n.resolvedLanguage ?? 'en';
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
    <p className="reading-time">
      {t('readingTime', { count: minutes, minutes: new Intl.NumberFormat(locale).format(minutes) })}
    </p>
  );
}
