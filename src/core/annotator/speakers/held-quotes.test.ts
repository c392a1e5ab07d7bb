/**
 * Speaker rules of the seventh round (`speakers/attribution.ts`), each with sentences of our own: a partial quote
 * inside a statement that has a cue of its own is that statement's speaker's, not the speaker of another cue in the
 * sentence.
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
