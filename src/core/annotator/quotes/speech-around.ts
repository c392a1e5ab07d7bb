/**
 * Speech around a quoted passage with no cue next to it: a speech verb or Konjunktiv in its sentence, a cue in its
 * paragraph, a source named by "laut" or "zufolge", "mit den Worten", a lower-case fragment of a sentence. Cues and
 * Konjunktiv are found once per sentence (`PassMemo`).
 */
import { endsAsCompound } from '../lexicon/endings';
import { VON } from '../lexicon/prepositions';
import type { Cue } from '../grammar/cues';
import { cuesOf } from '../pass-state';
import { nounPhrase } from '../grammar/noun-phrases';
import { findSubject } from '../grammar/subjects';
import { KONJUNKTIV_I } from '../lexicon/konjunktiv';
import { DETERMINERS } from '../lexicon/nouns';
import type { PassMemo, Sentence, SpeechContext, TextModel } from '../model';
import { insideQuotes, sentenceAt } from '../text/text-model';
import { type SpeakerBook } from '../speakers/speaker-book';
import { isNameToken, isRoleToken } from '../speakers/naming-words';
import type { QuotedPassage } from '../text/quotation-marks';
import { tokenIndexAt, type Token } from '../text/tokens';
import { GENITIVE_ARTICLES } from '../lexicon/articles';
import { SPEECH_ACT_NOUNS } from '../lexicon/quoting-words';
import { attributed, type Attribution } from './adjacent-cues';

/** A partial quote inside a sentence with a speech verb, or inside reported speech. */
export function cueAround(
  model: TextModel,
  memo: PassMemo,
  sentence: Sentence,
  start: number,
  book: SpeakerBook,
  context: SpeechContext,
): Attribution | undefined {
  const inside = insideQuotes(model, sentence.paragraph);
  const cues = cuesOf(memo, model, sentence);
  const beforeCount = countCuesBefore(cues, start);
  const cueIndex = beforeCount > 0 ? beforeCount - 1 : 0;
  const cue: Cue | undefined = cues[cueIndex];
  if (cue) {
    for (let k = cueIndex; k >= 0; k--) {
      const phrase = findSubject(sentence.tokens, cues[k] as Cue);
      if (phrase) return { ...attributed(book, cue.tokens, phrase, 0.75), verb: cue.verb.lemma };
    }
    return {
      cue: cue.tokens,
      mention: undefined,
      speaker: context.speaker,
      confidence: 0.6,
      verb: cue.verb.lemma,
    };
  }
  const reported = hasKonjunktiv(memo, sentence, inside);
  if (reported) {
    return { cue: [], mention: undefined, speaker: context.speaker, confidence: 0.55 };
  }
  return undefined;
}

/**
 * "Der Minister Hans Weber nannte den Plan einen „Irrweg“": with no speech verb, the name or role that opens the
 * sentence is the best guess for who is quoted. Only a phrase with a name or a role noun counts.
 */
export function sentenceSubject(sentence: Sentence, before: number): Token[] | undefined {
  const first = sentence.tokens[0];
  if (!first || first.start >= before || !(first.capital || DETERMINERS.has(first.lower))) return undefined;
  const phrase = nounPhrase(sentence.tokens, 0);
  if (!phrase || (phrase[phrase.length - 1]?.end ?? before) > before) return undefined;
  return phrase.some((t) => isNameToken(t) || isRoleToken(t)) ? phrase : undefined;
}

/** Whether any sentence of the paragraph has a speech cue outside quotation marks: speech is around. */
export function paragraphHasCue(model: TextModel, memo: PassMemo, paragraph: number): boolean {
  let value = memo.paragraphHasCue.get(paragraph);
  if (value === undefined) {
    value = false;
    for (let i = Math.max(0, sentenceAt(model.sentences, paragraph, 0)); i < model.sentences.length; i++) {
      const sentence = model.sentences[i] as Sentence;
      if (sentence.paragraph !== paragraph) break;
      if (cuesOf(memo, model, sentence).length > 0) {
        value = true;
        break;
      }
    }
    memo.paragraphHasCue.set(paragraph, value);
  }
  return value;
}

/**
 * Whether a passage is a run of at least four words that starts in lower case ("„weit hinter der Linie“",
 * "„dass keine Grundlage besteht“"): a piece of someone's sentence, which names and titles hardly ever are. On the
 * train split of the corpus 139 of 144 such passages are annotated as direct quotations, speech verb or not.
 */
export function quotedFragment(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part) return false;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (!/\p{Ll}/u.test(text[part.start + 1] ?? '')) return false;
  let words = 1;
  for (let i = part.start + 1; i < part.end && words < 4; i++) if (text[i] === ' ') words++;
  return words >= 4;
}

/**
 * Whether a passage follows "mit den Worten", the newspaper formula for a quotation, or a word for a chanted or
 * written slogan ("die Parole „…“", "Parolen wie zum Beispiel „…“", "Sprüche wie „…“"): speech with or without
 * a verb.
 */
export function afterWords(model: TextModel, part: QuotedPassage['parts'][number]): boolean {
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  const before = text.slice(Math.max(0, part.start - 30), part.start);
  return /(?:\bWorten?|\bParolen?|\bSprüche)(?: wie(?: zum Beispiel| etwa)?)?:? *$/u.test(before);
}

/**
 * Whether the sentence names a source with "laut" or "zufolge" outside quotation marks ("dient laut einer Mitteilung
 * des Amts der „…“"): somebody's words are reported, so a quoted passage in it is theirs.
 */
export function sourceFramed(model: TextModel, sentence: Sentence): boolean {
  const inside = insideQuotes(model, sentence.paragraph);
  return sentence.tokens.some(
    (t, i) =>
      (t.lower === 'laut' || (t.lower === 'zufolge' && i > 0)) &&
      !inside(t) &&
      (t.lower === 'zufolge' ||
        DETERMINERS.has(sentence.tokens[i + 1]?.lower ?? '') ||
        (sentence.tokens[i + 1]?.capital ?? false)),
  );
}

/** Whether a passage opens its sentence (a quotation that stands as a sentence of its own). */
export function startsSentence(sentence: Sentence, start: number): boolean {
  return start <= sentence.start;
}

/** Whether the sentence has a Konjunktiv I verb outside quotation marks, computed once per sentence. */
function hasKonjunktiv(memo: PassMemo, sentence: Sentence, inside: (token: Token) => boolean): boolean {
  let value = memo.konjunktiv.get(sentence);
  if (value === undefined) {
    value = sentence.tokens.some((t) => !inside(t) && KONJUNKTIV_I.has(t.lower));
    memo.konjunktiv.set(sentence, value);
  }
  return value;
}

/** How many cues start before `offset` (cues are in text order). Binary search. */
function countCuesBefore(cues: readonly Cue[], offset: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (((cues[mid] as Cue).tokens[0]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many tokens before a passage a speech-act noun with its source may stand. */
const SPEECH_NOUN_REACH = 20;

/**
 * "die wiederholten Aussagen der Regierung über den „langen Weg“", "nach den Worten von Anna Roth „ein Fehler“": a
 * noun for what somebody said, followed by a genitive or "von" phrase that names who, before the passage in its
 * sentence. Returns the noun and the speaker's phrase (the nearest such noun counts).
 */
export function speechNounBefore(
  model: TextModel,
  sentence: Sentence,
  start: number,
): { noun: Token; phrase: Token[] } | undefined {
  const tokens = sentence.tokens;
  const inside = insideQuotes(model, sentence.paragraph);
  const at = tokenIndexAt(tokens, start);
  for (let k = at - 1; k >= 0 && at - k <= SPEECH_NOUN_REACH; k--) {
    const noun = tokens[k] as Token;
    if (!noun.capital || inside(noun) || !isSpeechActNoun(noun.lower)) continue;
    const link = tokens[k + 1];
    if (!link || !(GENITIVE_ARTICLES.has(link.lower) || VON.has(link.lower))) continue;
    const from = VON.has(link.lower) ? k + 2 : k + 1;
    const phrase = nounPhrase(tokens, from);
    const last = phrase?.[phrase.length - 1];
    if (phrase && last && last.end <= start && phrase.some((t) => t.capital && !inside(t)))
      return { noun, phrase };
  }
  return undefined;
}

function isSpeechActNoun(lower: string): boolean {
  return endsAsCompound(lower, SPEECH_ACT_NOUNS);
}
