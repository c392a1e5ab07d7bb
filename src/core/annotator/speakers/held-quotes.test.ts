/**
 * Speaker rules of the seventh round, each with sentences of our own: a partial quote inside a statement that has a
 * cue of its own is that statement's speaker's, not the speaker of another cue in the sentence
 * (`speakers/borrowed-speakers.ts`); a capitalised word after an article and an adjective is a common noun, so no
 * person a role noun or a pronoun takes up, and after "die" with an adjective in "-en" a plural, which speaks not at
 * all (`speakers/speaker-book.ts`, `speakers/animacy.ts`).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';

/** Speaker of each direct quote of `text` (its quotation marks included), in text order. */
function directSpeakers(text: string): { quote: string; speaker: string | null }[] {
  return findQuotes(text, '2024-05-02')
    .filter((q) => q.kind === 'direct' && !q.relay)
    .map((q) => ({ quote: text.slice(...q.quote[0]!), speaker: q.speaker }));
}

describe('a partial quote inside a statement with a cue of its own', () => {
  it.each([
    {
      name: 'a noun with its genitive, before another cue',
      text: 'Zur Forderung der Gewerkschaft, die Löhne sollten um „mindestens acht Prozent“ steigen, sagte der Vorstand, dass dies zu teuer sei.',
      quote: '„mindestens acht Prozent“',
      speaker: 'Gewerkschaft',
    },
    {
      name: 'every partial quote of the statement',
      text: 'Auf die Kritik der Gewerkschaft, der Konzern wolle die Belegschaft „kleinhalten“, mit der man die Löhne „drücken“ wolle, antwortete der Vorstand, dass er verhandle.',
      quote: '„drücken“',
      speaker: 'Gewerkschaft',
    },
    {
      name: 'the sentence’s only cue keeps its own speaker',
      text: 'Die Bürgermeisterin Anna Roth sagte, die Lage sei „sehr ernst“.',
      quote: '„sehr ernst“',
      speaker: 'Anna Roth',
    },
    {
      name: 'a quote outside the statement keeps the cue’s speaker',
      text: 'Auf den Vorwurf der Opposition, der Plan sei zu teuer, entgegnete die Regierung: „Das stimmt nicht.“',
      quote: '„Das stimmt nicht.“',
      speaker: 'Regierung',
    },
  ])('$name', ({ text, quote, speaker }) => {
    expect(directSpeakers(text).find((q) => q.quote === quote)?.speaker).toBe(speaker);
  });
});

/** Speaker of each quote of `text` whose words include `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return findQuotes(text, '2024-05-02').find((q) => text.slice(...q.quote[0]!).includes(words))?.speaker;
}

describe('a common noun after an article and an adjective is no person', () => {
  it.each([
    {
      name: 'a role noun takes up no plural common noun',
      text: 'Die Universität prüft die Arbeit. Anders ließen sich die vielen kopierten Passagen nicht erklären, sagte der Dekan.',
      words: 'Anders ließen',
      speaker: 'Dekan',
    },
    {
      name: 'a role noun takes up the person named before, not a singular common noun',
      text: 'Ministerin Anna Roth besuchte die Stadt. Der alte Hafen zeige, dass die Stadt einst reich gewesen sei, sagte die Ministerin.',
      words: 'Der alte Hafen',
      speaker: 'Anna Roth',
    },
    {
      name: 'a pronoun takes up the person named before',
      text: 'Ministerin Anna Roth besuchte die Stadt. Der alte Hafen zeige, dass die Stadt einst reich gewesen sei. Sie sagte, die Stadt habe Zukunft.',
      words: 'habe Zukunft',
      speaker: 'Anna Roth',
    },
    {
      name: 'a plural after "die" and an adjective in "-en" does not speak',
      text: 'Minister Paul Weber besuchte die Werft. Die hohen Kosten zeigten, dass gespart werden müsse. Er sagte, die Werft habe Zukunft.',
      words: 'gespart',
      speaker: null,
    },
    {
      name: 'so the pronoun after it is the person’s',
      text: 'Minister Paul Weber besuchte die Werft. Die hohen Kosten zeigten, dass gespart werden müsse. Er sagte, die Werft habe Zukunft.',
      words: 'habe Zukunft',
      speaker: 'Paul Weber',
    },
    {
      name: 'a name after an article and an adjective in the singular still speaks',
      text: 'Der 84-jährige Berger sagte, die Werft habe Zukunft.',
      words: 'habe Zukunft',
      speaker: 'Berger',
    },
  ])('$name', ({ text, words, speaker }) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
