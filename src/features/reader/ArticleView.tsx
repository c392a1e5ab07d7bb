import './reader.css';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Mark } from '../../core/article/highlights';
import { planArticle } from '../../core/article/render-plan';
import type { Article, Quote } from '../../core/article/schema';
import { formatPartialDateFor, formatPublished } from '../../core/dates/format';
import { speakerSlots } from '../../core/speakers/colours';
import { ParagraphText, type MarkLabels } from './ParagraphText';

/** An article's header and text in its original language, every quote highlighted in its speaker's colour. */
export function ArticleView({ article }: { article: Article }) {
  const { t, i18n } = useTranslation('reader');
  const [searchParams] = useSearchParams();
  const locale = i18n.resolvedLanguage ?? 'en';
  const language = article.originalLanguage;

  const plan = useMemo(() => planArticle(article, language), [article, language]);
  const slots = useMemo(() => speakerSlots(article.speakers), [article.speakers]);
  const speakerNames = useMemo(
    () => new Map(article.speakers.map((s) => [s.id, s.localizedName?.[locale] ?? s.name])),
    [article.speakers, locale],
  );

  const quoteLabel = useCallback(
    (quote: Quote) => {
      const speaker =
        quote.speaker === null ? t('unattributed') : (speakerNames.get(quote.speaker) ?? quote.speaker);
      return t(`quoteLabel.${quote.kind}`, { speaker });
    },
    [t, speakerNames],
  );
  const href = useCallback(
    (mark: Mark) => {
      const next = new URLSearchParams(searchParams);
      next.delete('quote');
      next.delete('event');
      if (mark.type === 'quote') next.set('quote', mark.quote.id);
      else next.set('event', mark.event.id);
      return `?${next.toString()}`;
    },
    [searchParams],
  );
  const labels: MarkLabels = useMemo(
    () => ({
      quote: quoteLabel,
      event: (event) =>
        t('eventMention', { label: event.label[locale] ?? formatPartialDateFor(event.date, locale) }),
      href,
    }),
    [quoteLabel, href, t, locale],
  );

  const title = article.title[locale] ?? article.title[language] ?? article.id;
  return (
    <article className="article" lang={language}>
      <header className="article__header">
        <h1 className="article__title" lang={article.title[locale] !== undefined ? locale : language}>
          {title}
        </h1>
        <p className="article__meta" lang={locale}>
          <span>{t('published', { date: formatPublished(article.published, locale) })}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('source', { name: article.source.name })}</span>
        </p>
      </header>
      <div className="article__body">
        {article.paragraphs.map((paragraph) => {
          const segments = plan.get(paragraph.id);
          if (!segments) return null;
          return (
            <p
              key={paragraph.id}
              id={`para-${paragraph.id}`}
              className="paragraph"
              data-paragraph={paragraph.id}
            >
              <ParagraphText segments={segments} slots={slots} labels={labels} />
            </p>
          );
        })}
      </div>
    </article>
  );
}
