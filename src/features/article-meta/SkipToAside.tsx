import { useTranslation } from 'react-i18next';
import type { Article } from '../../core/article/schema';

/** The ids of the headings of the speaker legend and the timeline (`features/speakers`, `features/timeline`). */
const SPEAKERS_HEADING = 'speaker-legend-heading';
const TIMELINE_HEADING = 'timeline-heading';

/**
 * A link above the text, seen when it has the focus, to the speaker legend and the timeline after it: a long text
 * has hundreds of quote and date links, each a Tab stop, between the top and them. The heading it goes to takes
 * the focus, so Tab goes on from there.
 */
export function SkipToAside({ article }: { article: Article }) {
  const { t } = useTranslation('articleMeta');
  const speakers = article.quotes.some((quote) => quote.speaker !== null || quote.relayedBy !== undefined);
  const timeline = article.events.length > 0;
  if (!speakers && !timeline) return null;
  const target = speakers ? SPEAKERS_HEADING : TIMELINE_HEADING;
  return (
    <a
      className="skip-to-aside visually-hidden-unless-focused"
      href={`#${target}`}
      onClick={(event) => {
        const heading = document.getElementById(target);
        if (!heading) return;
        event.preventDefault();
        heading.focus();
      }}
    >
      {t(
        speakers && timeline
          ? 'skipToAside.both'
          : speakers
            ? 'skipToAside.speakers'
            : 'skipToAside.timeline',
      )}
    </a>
  );
}
