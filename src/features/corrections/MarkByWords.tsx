import './corrections.css';
import { useEffect, useId, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findWords, type FoundWords } from '../../core/article/find-words';
import type { Article } from '../../core/article/schema';
import {
  choiceAfter,
  choiceComplete,
  extendOver,
  firstChoice,
  markQuote,
  NewQuoteFields,
  replaceWithQuote,
  wordsOf,
} from './NewQuoteFields';
import { useFormatLocale } from '../../ui/use-format-locale';
import { CrossingChoices, overlapNote, overlapsOf } from './OverlapNote';

/** Characters of context shown on each side of an occurrence, to tell occurrences apart. */
const CONTEXT = 30;

/**
 * Marks a quote the annotator missed by its words, without selecting text (the keyboard's way; the mouse's is
 * `MarkQuoteBar`): a disclosure with a field for the words, which are looked for in the original text as they are
 * typed (`core/article/find-words.ts`), the place to choose where they occur more than once, and the speaker and
 * kind. It makes the same correction as marking a selection of the same words.
 */
export function MarkByWords({
  article,
  onChange,
}: {
  article: Article;
  onChange: (article: Article, selectQuote: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation('corrections');
  const formats = useFormatLocale(i18n.resolvedLanguage ?? 'en');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [words, setWords] = useState('');
  const [picked, setPicked] = useState<{ words: string; index: number } | undefined>(undefined);
  const [choice, setChoice] = useState(() => firstChoice(article));
  const toggle = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // Opening the disclosure is a request to type: the field takes the focus.
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  const language = article.originalLanguage;
  const found = useMemo(() => findWords(article, language, words), [article, language, words]);
  const index = found.length === 1 ? 0 : picked?.words === words ? picked.index : undefined;
  const stretch = index === undefined ? undefined : found[index];

  const close = () => {
    setOpen(false);
    setWords('');
  };
  const paragraphNumber = (found: FoundWords) =>
    article.paragraphs.findIndex((p) => p.id === found.paragraph) + 1;
  const [first] = found;
  const outcome =
    words.trim() === ''
      ? ''
      : found.length > 1
        ? t('words.foundMany', { count: found.length, locale: formats })
        : first
          ? t('words.foundOnce', { paragraph: paragraphNumber(first) })
          : t('words.notFound');
  // The quotes the words lie in, around or across: said before anything is marked; a crossing is not marked as
  // it is but resolved (see `OverlapNote`).
  const overlaps = overlapsOf(article, stretch && { language, ...stretch });
  const note = overlapNote(t, i18n.resolvedLanguage, article, overlaps, formats);
  const crossing = overlaps.crossing.length > 0;
  const done = ([next, quoteId]: [Article, string]) => {
    close();
    setChoice(choiceAfter(next, quoteId, choice));
    // The quote made or changed is selected: the quote panel takes the focus.
    onChange(next, quoteId);
  };

  const mark = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Enter in the field while the words cross a quote marks nothing: the status line says what to choose.
    if (!stretch || crossing || !choiceComplete(choice)) return;
    done(markQuote(article, { language, ...stretch }, choice));
  };

  return (
    <div className="mark-words">
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen(!open)}
      >
        {t('words.open')}
      </button>
      <form id={`${id}-form`} className="mark-words__form" hidden={!open} onSubmit={mark}>
        <label>
          <span>{t('words.label')}</span>
          <input
            type="text"
            lang={language}
            value={words}
            aria-describedby={`${id}-hint`}
            ref={field}
            onChange={(e) => setWords(e.target.value)}
          />
        </label>
        <p id={`${id}-hint`} className="mark-words__hint">
          {t('words.hint')}
        </p>
        <p id={`${id}-outcome`} role="status" className="mark-words__outcome">
          {outcome}
          {note ? ` ${note}` : null}
        </p>
        {found.length > 1 ? (
          <fieldset className="mark-words__places">
            <legend>{t('words.whichOne')}</legend>
            {found.map((place, i) => (
              <label key={`${place.paragraph}:${place.start}`}>
                <input
                  type="radio"
                  name={`${id}-place`}
                  checked={index === i}
                  onChange={() => setPicked({ words, index: i })}
                />
                <span>
                  {t('words.place', { paragraph: paragraphNumber(place) })}{' '}
                  <Context article={article} language={language} place={place} />
                </span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="mark-words__fields">
          <NewQuoteFields
            article={article}
            words={stretch ? wordsOf(article, { language, ...stretch }) : words}
            choice={choice}
            onChoice={setChoice}
          />
        </div>
        <div className="mark-words__actions">
          {stretch && crossing ? (
            <CrossingChoices
              article={article}
              crossing={overlaps.crossing}
              crossed={overlaps.crossed}
              describedBy={`${id}-outcome`}
              onExtend={(quoteId) => done(extendOver(article, { language, ...stretch }, quoteId))}
              onReplace={() => {
                if (choiceComplete(choice)) done(replaceWithQuote(article, { language, ...stretch }, choice));
              }}
            />
          ) : (
            <button
              type="submit"
              className="button button--primary"
              disabled={!stretch || !choiceComplete(choice)}
            >
              {t('mark')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => {
              close();
              toggle.current?.focus();
            }}
          >
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** An occurrence in its sentence: some words before and after it, the words themselves marked. */
function Context({ article, language, place }: { article: Article; language: string; place: FoundWords }) {
  const text = article.paragraphs.find((p) => p.id === place.paragraph)?.text[language] ?? '';
  const from = Math.max(0, place.start - CONTEXT);
  const to = Math.min(text.length, place.end + CONTEXT);
  return (
    <span lang={language}>
      {from > 0 ? '…' : ''}
      {text.slice(from, place.start)}
      <mark>{text.slice(place.start, place.end)}</mark>
      {text.slice(place.end, to)}
      {to < text.length ? '…' : ''}
    </span>
  );
}
