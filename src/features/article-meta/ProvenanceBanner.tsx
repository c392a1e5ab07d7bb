import './article-meta.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../core/article/localized';
import type { Article } from '../../core/article/schema';

/** Source kinds whose text is not the publisher's own reporting, and so are flagged above the article. */
const FLAGGED = ['syndicatedPressRelease', 'thirdParty'] as const;
type FlaggedKind = (typeof FLAGGED)[number];

function isFlagged(kind: string): kind is FlaggedKind {
  return (FLAGGED as readonly string[]).includes(kind);
}

/**
 * Says where the text comes from when it is a syndicated press release or third-party content: the kind in the
 * interface language, the distributor's disclaimer and description behind one disclosure, so that the banner takes
 * three short lines above the text (in the interface language if the article has them, else in the original, marked
 * with its language), and a link to the source.
 */
export function ProvenanceBanner({ article }: { article: Article }) {
  const { t, i18n } = useTranslation('articleMeta');
  const headingId = useId();
  const { source } = article;
  if (!isFlagged(source.kind)) return null;
  const locale = i18n.resolvedLanguage ?? 'en';
  const disclaimer = pickLocalized(source.disclaimer, locale, article.originalLanguage);
  const description = pickLocalized(source.description, locale, article.originalLanguage);

  return (
    <section className="provenance" aria-labelledby={headingId}>
      <h2 id={headingId} className="provenance__title">
        {t(`provenance.${source.kind}.title`)}
      </h2>
      <p>{t(`provenance.${source.kind}.body`, { name: source.name })}</p>
      {disclaimer || description || source.url ? (
        <div className="provenance__more">
          {disclaimer || description ? (
            <details className="provenance__about">
              <summary>{t('provenance.about', { name: source.name })}</summary>
              {disclaimer ? (
                <p className="provenance__disclaimer" lang={disclaimer.language}>
                  {disclaimer.text}
                </p>
              ) : null}
              {description ? <p lang={description.language}>{description.text}</p> : null}
            </details>
          ) : null}
          {source.url ? (
            <a className="provenance__link" href={source.url} rel="noopener noreferrer external">
              {t('provenance.link', { name: source.name })}
            </a>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
