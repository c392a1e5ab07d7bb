import './article-meta.css';
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, QuoteKind } from '../../core/article/schema';
import { speakerSlots } from '../../core/speakers/colours';
import { speakerName } from '../../core/speakers/names';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'reported', 'freeIndirect'];

/**
 * Shown only on paper: who speaks, keyed by the number the print styles put before each quote (colours do not
 * survive a black-and-white printer), and what each underline style means. Memoised: it depends on the article
 * alone, and finding the quoted speakers walks every quote (thousands on a long article) on each render.
 */
export const PrintSpeakerList = memo(function PrintSpeakerList({ article }: { article: Article }) {
  const { t, i18n } = useTranslation('articleMeta');
  const headingId = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const slots = useMemo(() => speakerSlots(article.speakers), [article.speakers]);
  const speakers = useMemo(() => {
    const quoted = new Set(article.quotes.map((quote) => quote.speaker));
    return article.speakers.filter((speaker) => quoted.has(speaker.id));
  }, [article.quotes, article.speakers]);
  if (speakers.length === 0) return null;
  return (
    <section className="print-only print-speakers" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('print.speakers')}</h2>
      <ul className="print-speakers__list">
        {speakers.map((speaker) => {
          // A role the article does not give in the interface language is shown in its own, and marked so.
          const roleLanguage = speaker.role?.[locale] !== undefined ? locale : article.originalLanguage;
          const role = speaker.role?.[roleLanguage];
          return (
            <li key={speaker.id}>
              <span className="print-speakers__key">[{(slots.get(speaker.id) ?? 0) + 1}]</span>{' '}
              <strong>{speakerName(speaker, locale)}</strong>
              {role ? (
                <>
                  , <span lang={roleLanguage === locale ? undefined : roleLanguage}>{role}</span>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <h3>{t('print.kinds')}</h3>
      <ul className="print-speakers__kinds">
        {KINDS.map((kind) => (
          <li key={kind}>
            <span className={`hl hl--${kind} print-speakers__sample`}>{t(`print.kind.${kind}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
