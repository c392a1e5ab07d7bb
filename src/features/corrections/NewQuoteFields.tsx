import { useTranslation } from 'react-i18next';
import { addQuote, extendQuote } from '../../core/article/edits';
import { fitStretch, withoutCrossedParts, type Stretch } from '../../core/article/quote-overlaps';
import { QuoteKind, type Article } from '../../core/article/schema';

/** Speaker and kind of a quote being marked; `''` as the speaker is nobody (unattributed). */
export interface NewQuoteChoice {
  speaker: string;
  kind: QuoteKind;
}

/** The first choice offered: the article's first speaker, a direct quote. */
export const firstChoice = (article: Article): NewQuoteChoice => ({
  speaker: article.speakers[0]?.id ?? '',
  kind: 'direct',
});

/**
 * `article` with the stretch marked as a quote of `choice`, and the new quote's id: the one correction both ways
 * of marking (a selection, typed words) make. The stretch is fitted to the quotes it nests with first, so that a
 * quotation mark selected with the words never pokes out of (or into) the quote around (or inside) it.
 */
export function markQuote(
  article: Article,
  stretch: Stretch,
  { speaker, kind }: NewQuoteChoice,
): [Article, string] {
  const { language, paragraph, start, end } = fitStretch(article, stretch);
  return addQuote(article, {
    language,
    paragraph,
    start,
    end,
    speaker: speaker === '' ? null : speaker,
    kind,
  });
}

/**
 * `article` with the parts of quotes the stretch crosses removed and the stretch marked in their place (a crossing
 * resolved): a quote interrupted by its cue keeps the parts the stretch does not touch.
 */
export function replaceWithQuote(
  article: Article,
  stretch: Stretch,
  choice: NewQuoteChoice,
): [Article, string] {
  return markQuote(withoutCrossedParts(article, stretch), stretch, choice);
}

/** `article` with quote `quoteId` extended over the stretch (a crossing resolved), and that quote's id. */
export function extendOver(article: Article, stretch: Stretch, quoteId: string): [Article, string] {
  return [extendQuote(article, quoteId, stretch), quoteId];
}

/** The speaker and kind fields of a quote being marked, with the text selected or with the words typed. */
export function NewQuoteFields({
  article,
  choice,
  onChoice,
}: {
  article: Article;
  choice: NewQuoteChoice;
  onChoice: (choice: NewQuoteChoice) => void;
}) {
  const { t } = useTranslation('corrections');
  return (
    <>
      <label>
        <span>{t('speaker')}</span>
        <select value={choice.speaker} onChange={(e) => onChoice({ ...choice, speaker: e.target.value })}>
          {article.speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value="">{t('unattributed')}</option>
        </select>
      </label>
      <label>
        <span>{t('kind')}</span>
        <select
          value={choice.kind}
          onChange={(e) => onChoice({ ...choice, kind: QuoteKind.parse(e.target.value) })}
        >
          {QuoteKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
