import './article-meta.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, QuoteKind } from '../../core/article/schema';
import { speakerSlots } from '../../core/speakers/colours';
import { speakerName } from '../../core/speakers/names';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'reported', 'freeIndirect'];

/**
 * Shown only on paper: who speaks, keyed by the number the print styles put before each quote (colours do not
 * survive a black-and-white printer), and what each underline style means.
 */
export function PrintSpeakerList({ article }: { article: Article }) {
  const { t, i18n } = useTranslation('articleMeta');
  const headingId = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const slots = speakerSlots(article.speakers);
  const quoted = new Set(article.quotes.map((quote) => quote.speaker));
  const speakers = article.speakers.filter((speaker) => quoted.has(speaker.id));
  if (speakers.length === 0) return null;
  return (
    <section className="print-only print-speakers" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('print.speakers')}</h2>
      <ul className="print-speakers__list">
        {speakers.map((speaker) => {
          const role = speaker.role?.[locale] ?? speaker.role?.[article.originalLanguage];
          return (
            <li key={speaker.id}>
              <span className="print-speakers__key">[{(slots.get(speaker.id) ?? 0) + 1}]</span>{' '}
              <strong>{speakerName(speaker, locale)}</strong>
              {role ? `, ${role}` : ''}
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
}
