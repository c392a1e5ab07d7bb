/**
 * Quoted words used as a label: somebody calls something by the quoted word ("nannte den Plan einen „Irrweg“",
 * "wies den Vorwurf als „Unsinn“ zurück", "sei nur ein „Papiertiger“"). A label is speech even when it looks
 * like a title; the rules here say where a label stands and which verbs give one.
 */
import { LIST_CONJUNCTIONS } from '../lexicon/conjunctions';
import { PASSIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { type Sentence, type TextModel } from '../model';
import { insideQuotes } from '../text/text-model';
import type { QuotedPart } from '../text/quotation-marks';
import { tokenIndexAt, type Token } from '../text/tokens';
import { DEFINITE_ARTICLES, INDEFINITE_ARTICLES } from '../lexicon/articles';
import { JUDGING_FORMS, LABELLING_VERBS, LABEL_WORDS, NENNEN_FORMS } from '../lexicon/quoting-words';

/**
 * Whether a passage stands where a label goes: after an indefinite article, "als" or "von" within three words
 * ("nannte es einen „Irrweg“", "sieht einen wachsenden „Graben“", "bezeichnete ihn als „Held“"), with no definite
 * article nearer (the definite article goes with names: "nennt die Modelle „Aster“").
 */
export function inLabelSlot(model: TextModel, part: QuotedPart): boolean {
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  const words = text.slice(Math.max(0, part.start - 40), part.start).split(/\s+/);
  for (let k = words.length - 1, n = 0; k >= 0 && n < 4; k--) {
    const word = (words[k] as string).toLowerCase();
    if (word === '') continue;
    n++;
    if (/[.,;:!?)]$/u.test(word)) return false;
    if (LABEL_WORDS.has(word)) return true;
    if (DEFINITE_ARTICLES.has(word)) return false;
  }
  return false;
}

/**
 * Whether a passage is the label in "X als „…“ bezeichnen / charakterisieren / sehen / zurückweisen": "als" (or
 * "als ein") right before it and a verb of judging in the same clause, outside quotation marks. "bekannt als „…“"
 * gives a name, not a judgement, and has no such verb; neither has a passive that defines a term ("der als
 * „Sonnenwind“ bezeichnet wird"), which counts only for a passage that is no title ("als „neblig“ beschrieben").
 */
export function labelledAs(model: TextModel, sentence: Sentence, part: QuotedPart, title: boolean): boolean {
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  const before = text.slice(Math.max(0, part.start - 16), part.start);
  if (!/\bals (?:eine[mnrs]? |ein )?$/u.test(before)) return false;
  const tokens = sentence.tokens;
  const inside = insideQuotes(model, sentence.paragraph);
  const judging = (k: number): boolean => {
    const token = tokens[k] as Token;
    if (inside(token) || !JUDGING_FORMS.has(token.lower)) return false;
    if (!title) return true;
    const next = tokens[k + 1];
    return (
      !token.lower.startsWith('ge') && !(next && (PASSIVE_AUXILIARIES.has(next.lower) || next.text === ')'))
    );
  };
  const at = tokenIndexAt(tokens, part.start);
  for (let k = at - 1; k >= 0 && at - k <= 16; k--) {
    if (endsClauseOrJoins(tokens[k] as Token)) break;
    if (judging(k)) return true;
  }
  for (let k = tokenIndexAt(tokens, part.end); k < tokens.length && k - at <= 12; k++) {
    if (endsClauseOrJoins(tokens[k] as Token)) break;
    if (judging(k)) return true;
  }
  return false;
}

/**
 * Whether a passage in lower case is the predicate of "nennen" ("nannte die Haltung des Clubs „rückwärtsgewandt“"):
 * a form of the verb earlier in its clause, outside quotation marks, and the passage closing the clause. Somebody
 * judges with it, even after a noun that names what follows ("des Clubs „…“"): a thing's own name is capitalised.
 */
export function nennenPredicate(model: TextModel, sentence: Sentence, part: QuotedPart): boolean {
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (!/^\p{Ll}/u.test(text.slice(part.start + 1, part.start + 2))) return false;
  const tokens = sentence.tokens;
  const next = tokens[tokenIndexAt(tokens, part.end)];
  if (next && next.start >= part.end && !/^[.,;:!?)]$/u.test(next.text)) return false;
  const inside = insideQuotes(model, sentence.paragraph);
  const at = tokenIndexAt(tokens, part.start);
  for (let k = at - 1; k >= 0 && at - k <= 12; k--) {
    const token = tokens[k] as Token;
    if (endsClauseOrJoins(token)) return false;
    if (!inside(token) && NENNEN_FORMS.has(token.lower)) return true;
  }
  return false;
}

function endsClauseOrJoins(token: Token): boolean {
  return /^[,;:()]$/u.test(token.text) || LIST_CONJUNCTIONS.has(token.lower);
}

/**
 * Whether a passage is one word right after an indefinite article ("einen „Ruck“", "nur ein „Papiertiger“"): a
 * common noun used to characterise something, since names hardly take an indefinite article. Counted as speech
 * when a speech verb stands in the sentence (on train +1 quotation for +1 false one; with an adjective between or
 * several words, more false ones than quotations; Konjunktiv alone instead of a verb, no more quotations).
 */
export function afterIndefinite(model: TextModel, part: QuotedPart): boolean {
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (/\s/u.test(text.slice(part.start + 1, part.end - 1))) return false;
  const words = text.slice(Math.max(0, part.start - 12), part.start).split(' ');
  return text[part.start - 1] === ' ' && INDEFINITE_ARTICLES.has(words[words.length - 2] ?? '');
}

/** Whether a speech verb (by its infinitive) names or labels what it is about: nennen, bezeichnen, sprechen von. */
export function isLabellingVerb(lemma: string): boolean {
  return LABELLING_VERBS.has(lemma);
}
