/**
 * The parts of the article page that the first paint of its text does not need, in one chunk loaded after the app
 * has started (see `./deferred`): the aside (quote panel, speaker legend, timeline), the reading time and
 * provenance above the text, the speaker list for print, and the switch between original, translation and side by
 * side, and machine translation.
 */
import type { ReactNode } from 'react';
import type { Article } from '../core/article/schema';
import { PrintSpeakerList } from '../features/article-meta/PrintSpeakerList';
import { ProvenanceBanner } from '../features/article-meta/ProvenanceBanner';
import { ReadingTime } from '../features/article-meta/ReadingTime';
import { SkipToAside } from '../features/article-meta/SkipToAside';
import { QuotePanel } from '../features/quotes/QuotePanel';
import { SpeakerLegend } from '../features/speakers/SpeakerLegend';
import { Timeline } from '../features/timeline/Timeline';
export { TextModeSwitch } from '../features/reader/TextModeSwitch';
export { MachineTranslationBar } from '../features/translation/MachineTranslationBar';
import type { ReaderState, UnknownInState } from '../core/reader/url-state';
import type { UpdateReaderState } from '../ui/use-reader-state';

export interface ArticleAsideProps {
  article: Article;
  state: ReaderState;
  /** Ids in the URL that the article does not have (shown by the quote panel). */
  unknown: UnknownInState;
  update: UpdateReaderState;
  hrefWith: (patch: Partial<ReaderState>) => string;
  /** Tools shown in the quote panel for the selected quote (corrections, for imported articles). */
  quoteTools?: (quoteId: string) => ReactNode;
}

export function ArticleAside({ article, state, unknown, update, hrefWith, quoteTools }: ArticleAsideProps) {
  return (
    <>
      <QuotePanel
        article={article}
        state={state}
        unknown={unknown}
        update={update}
        hrefWith={hrefWith}
        renderTools={quoteTools}
      />
      <SpeakerLegend article={article} speaker={state.speaker} update={update} />
      <Timeline article={article} state={state} hrefWith={hrefWith} update={update} />
    </>
  );
}

/** Above the text: its reading time (in `language`), a link past it to the speakers and timeline, and where it comes from. */
export function ArticleHeaderExtra({ article, language }: { article: Article; language: string }) {
  return (
    <>
      <ReadingTime article={article} language={language} />
      <SkipToAside article={article} />
      <ProvenanceBanner article={article} />
    </>
  );
}

export { PrintSpeakerList };
