/**
 * Extended participle attributes ("erweiterte Partizipialattribute"): German puts a whole phrase between the
 * article and its noun when a participle closes it, "die in Hamburg geborene Sängerin", "die zur Universität
 * gehörende Stiftung", "die das Unglück überlebende Frau". The noun the article belongs to is the one right after
 * the participle; the nouns inside the attribute ("Hamburg", "Universität", "Unglück") are objects of the
 * participle or of a preposition, never the head of the phrase. Every scan is bounded to a few tokens.
 */
import type { Token } from '../text/tokens';

/** How many tokens an attribute may hold before its participle: "die seit 1990 in der Stadt lebende Autorin". */
const ATTRIBUTE_REACH = 10;

/** Inflection endings of an attributive adjective or participle: "geborene", "gehörenden", "lebender". */
const INFLECTED = /(?:e|en|er|es|em)$/;

/** A present participle, inflected: "lebende", "gehörenden", "überlebender". */
const PRESENT_PARTICIPLE = /end(?:e|en|er|es|em)$/;

/** A past participle, inflected, in "-t" or "-en": "ernannte", "geborenen", "gewählter", "kritisierte". */
const PAST_PARTICIPLE = /(?:[^aeiouäöü]t|[^aeiouäöü]en)(?:e|en|er|es|em)$/;

/**
 * The ways a past participle begins or ends: "ge-" after a separable prefix ("vorgestellte", "angekündigte"), an
 * inseparable prefix that takes no "ge-" ("ernannte", "bekannte", "verbreitete"), or "-iert" ("kritisierte").
 */
const PAST_PARTICIPLE_FORM =
  /^(?:\p{L}{0,6}ge|be|er|ver|zer|ent|emp|miss|über|unter|hinter|wider)\p{L}{2,}|iert(?:e|en|er|es|em)$/u;

/** A past participle as it closes a perfect ("bedroht haben", "ausgelaufen sein"), uninflected. */
const PERFECT_PARTICIPLE =
  /^(?:\p{L}{0,6}ge|be|er|ver|zer|ent|emp|miss|über|unter|hinter|wider)\p{L}{2,}(?:t|en)$|iert$/u;

/** Whether a lower-case word can be the past participle of a perfect: "angegriffen", "gewesen", "kritisiert". */
export function isPerfectParticiple(word: string): boolean {
  return PERFECT_PARTICIPLE.test(word);
}

/** Whether a lower-case word can be an inflected participle before a noun: "geborene", "gehörende", "ernannte". */
export function isAttributiveParticiple(word: string): boolean {
  if (!INFLECTED.test(word) || word.length < 6) return false;
  return PRESENT_PARTICIPLE.test(word) || (PAST_PARTICIPLE.test(word) && PAST_PARTICIPLE_FORM.test(word));
}

/**
 * The index of the participle that closes an attribute opening at `at` ("die ⟨in Hamburg geborene⟩ Müller"):
 * the first lower-case participle, within a few words and before any punctuation, that a capitalised word (the
 * phrase's noun) follows; `undefined` when there is none, so "die in Hamburg lebt" stays a relative clause.
 */
export function participleClosing(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at; k < tokens.length && k - at < ATTRIBUTE_REACH; k++) {
    const token = tokens[k] as Token;
    if (!token.word) return undefined;
    if (!token.capital && isAttributiveParticiple(token.lower) && (tokens[k + 1]?.capital ?? false)) return k;
  }
  return undefined;
}

/**
 * Where the noun of a phrase stands when an attribute closed by a participle precedes it: the index after the
 * last such participle in `words` ("Die das Feuer überlebende Anna Berg" gives the index of "Anna"), or `head`
 * when there is none.
 */
export function headAfterAttribute(words: readonly Token[], head: number): number {
  let found = head;
  for (let k = head + 1; k < words.length - 1 && k - head < ATTRIBUTE_REACH; k++) {
    const word = words[k] as Token;
    if (!word.capital && isAttributiveParticiple(word.lower) && (words[k + 1] as Token).capital)
      found = k + 1;
  }
  return found;
}
