import { useTranslation } from 'react-i18next';
import { addQuote, addSpeaker, extendQuote } from '../../core/article/edits';
import { fitStretch, withoutCrossedParts, type Stretch } from '../../core/article/quote-overlaps';
import { kindOfWords } from '../../core/article/kind-of-words';
import { QuoteKind, type Article } from '../../core/article/schema';

/** The speaker field's value that stands for a speaker not in the article yet, named in a field of its own. */
export const NEW_SPEAKER = '__new__';

/**
 * Speaker and kind of a quote being marked; `''` as the speaker is nobody (unattributed), {@link NEW_SPEAKER} one
 * the annotator did not find, added by `newName`. Without a `kind` the person has not chosen one, and the words
 * marked decide it ({@link kindFor}).
 */
export interface NewQuoteChoice {
  speaker: string;
  kind?: QuoteKind;
  newName?: string;
}

/** The kind `choice` marks `words` as: the person's choice, else direct for words in quotation marks. */
export const kindFor = (choice: NewQuoteChoice, words: string): QuoteKind =>
  choice.kind ?? kindOfWords(words);

/** Whether `choice` can mark a quote: a new speaker needs a name. */
export const choiceComplete = ({ speaker, newName }: NewQuoteChoice): boolean =>
  speaker !== NEW_SPEAKER || (newName ?? '').trim() !== '';

/** The first choice offered: the article's first speaker, and the kind the words marked suggest. */
export const firstChoice = (article: Article): NewQuoteChoice => ({
  speaker: article.speakers[0]?.id ?? '',
});

/** The words of `stretch` in `article`, as selected or found. */
export const wordsOf = (article: Article, { language, paragraph, start, end }: Stretch): string =>
  article.paragraphs.find((p) => p.id === paragraph)?.text[language]?.slice(start, end) ?? '';

/**
 * `article` with the stretch marked as a quote of `choice`, and the new quote's id: the one correction both ways
 * of marking (a selection, typed words) make. The stretch is fitted to the quotes it nests with first, so that a
 * quotation mark selected with the words never pokes out of (or into) the quote around (or inside) it. A new
 * speaker ({@link NEW_SPEAKER}) is added to the article first; `choice` must be {@link choiceComplete}.
 */
export function markQuote(article: Article, stretch: Stretch, choice: NewQuoteChoice): [Article, string] {
  const { speaker, newName } = choice;
  // The kind is read from the words as selected, before fitting may drop a quotation mark that pokes out.
  const kind = kindFor(choice, wordsOf(article, stretch));
  const [withSpeaker, speakerId] =
    speaker === NEW_SPEAKER ? addSpeaker(article, newName ?? '') : [article, speaker];
  const { language, paragraph, start, end } = fitStretch(withSpeaker, stretch);
  return addQuote(withSpeaker, {
    language,
    paragraph,
    start,
    end,
    speaker: speakerId === '' ? null : speakerId,
    kind,
  });
}

/**
 * The choice to offer for the next quote after one was marked with `choice` as quote `quoteId` of `article`: a new
 * speaker is in the article now, and chosen by their id (not added a second time). A kind the person chose stays
 * chosen; one they did not is read from the next words again.
 */
export function choiceAfter(article: Article, quoteId: string, choice: NewQuoteChoice): NewQuoteChoice {
  if (choice.speaker !== NEW_SPEAKER) return choice;
  const speaker = article.quotes.find((q) => q.id === quoteId)?.speaker ?? '';
  return choice.kind ? { speaker, kind: choice.kind } : { speaker };
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

/**
 * The speaker and kind fields of a quote being marked, with the text selected or with the words typed. The speaker
 * may be one the annotator missed: "New speaker…" shows a field for their name. Until the person chooses a kind,
 * the one `words` suggest is shown.
 */
export function NewQuoteFields({
  article,
  words,
  choice,
  onChoice,
}: {
  article: Article;
  words: string;
  choice: NewQuoteChoice;
  onChoice: (choice: NewQuoteChoice) => void;
}) {
  const { t } = useTranslation('corrections');
  return (
    <>
      <label>
        <span>{t('speaker')}</span>
        <select
          value={choice.speaker}
          onChange={(e) => onChoice({ ...choice, speaker: e.target.value, newName: undefined })}
        >
          {article.speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value="">{t('unattributed')}</option>
          <option value={NEW_SPEAKER}>{t('newSpeaker')}</option>
        </select>
      </label>
      {choice.speaker === NEW_SPEAKER ? (
        <label>
          <span>{t('newSpeakerName')}</span>
          <input
            type="text"
            required
            value={choice.newName ?? ''}
            onChange={(e) => onChoice({ ...choice, newName: e.target.value })}
          />
        </label>
      ) : null}
      <label>
        <span>{t('kind')}</span>
        <select
          value={kindFor(choice, words)}
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
