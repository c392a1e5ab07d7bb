/**
 * Quotation marks around names rather than speech: titles, newspapers, ships, products ("die Zeitung „…“",
 * "unter dem Motto „…“", „Blaue Stunde“), short forms and translations ("kurz „VDB“"). A passage that only
 * looks like a name is speech when a cue stands right next to it; one that its context names never is.
 */
import type { TextModel } from '../model';
import type { QuotedPassage } from '../text/quotation-marks';
import { DEFINITE_AND_CONTRACTED, DEFINITE_ARTICLE_FORMS } from '../lexicon/articles';
import {
  GLOSS_WORDS,
  MAXIM_NOUNS,
  NAMING_NOUNS,
  NOT_NAMING,
  SOURCE_WORDS,
  TITLE_FUNCTION_WORDS,
} from '../lexicon/quoting-words';
import { CLAUSE_WORDS } from '../lexicon/verb-forms';

/**
 * Whether a passage names something: `name` when its context says so (a naming noun before it, a hyphen joining
 * it to the next word, or capitalised words ending in such a noun), `capitalised` when every word is capitalised
 * or a number and there is no sentence punctuation („Nordlicht 2“, „Blaue Stunde“), otherwise `undefined`.
 */
export function looksLikeTitle(model: TextModel, passage: QuotedPassage): 'name' | 'capitalised' | undefined {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return undefined;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (/^[-‐–]?\p{L}/u.test(text.slice(part.end, part.end + 2)) && text[part.end] !== ' ') return 'name';
  const before = wordBefore(text, part.start);
  if (namesWhatFollows(before) || SOURCE_WORDS.has(before)) return 'name';
  const inner = text.slice(part.start + 1, part.end - 1);
  if (/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}$/u.test(inner)) return 'name'; // a web address: „beispiel.de“
  if (
    DEFINITE_AND_CONTRACTED.has(before) &&
    /^[\p{Lu}\d]/u.test(inner) &&
    !/[!?,;]|\p{Ll}{2}[.:]/u.test(inner)
  ) {
    const innerWords = inner.split(/\s+/);
    const lower = lowerContentWords(innerWords);
    const phrase = (innerWords.length > LONGEST_NAME && lower > 0) || (innerWords.length >= 4 && lower >= 2);
    if (!phrase && !innerWords.some((w) => CLAUSE_WORDS.has(w))) return 'name';
  }
  if (/[.!?,;]/.test(inner)) return undefined;
  // "(Motto: „…“)", "ist ihr erstes Werk: „…“", "(Überschrift auf der Seite: „…“)": a naming noun before a colon.
  let colon = part.start;
  while (colon > 0 && text[colon - 1] === ' ') colon--;
  if (text[colon - 1] === ':' && namesInClause(text, colon - 1)) return 'name';
  const words = inner.split(/\s+/).filter((w) => w !== '');
  if (words.length > 6) return undefined;
  const lastWord = (words[words.length - 1] ?? '').toLowerCase();
  // A title opens with a capital ("Der Name der Rose"); "auf Messers Schneide" is a phrase, not a name.
  const capitalised =
    !TITLE_FUNCTION_WORDS.has(words[0] ?? '') &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || /\p{Lu}/u.test(w.slice(1)) || TITLE_FUNCTION_WORDS.has(w));
  if (capitalised && words.length > 1 && namesWhatFollows(lastWord)) return 'name';
  return capitalised ? 'capitalised' : undefined;
}

/**
 * Whether the words around a passage alone make it a name, so that it is not speech even with a cue next to it
 * ("Der Verband, kurz „VDB“, warnte", "ein Mann mit dem Beinamen „Der Fuchs“, sagte"): a naming noun or "laut"
 * right before it ("die Zeitung „…“", "laut „…“"), a gloss word ("kurz: „…“", "auf Deutsch: „…“", "Codename
 * „…“"), or parentheses right after a name or another quotation ("die Partei Ruch („Bewegung …“)"). A passage
 * that ends like a sentence is never named this way.
 */
export function namedByContext(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (/[.!?…]$/u.test(text.slice(part.start + 1, part.end - 1))) return false;
  const at = part.start;
  const before = wordBefore(text, at);
  if (text[at - 1] === ' ' && (namesWhatFollows(before) || SOURCE_WORDS.has(before))) return true;
  if (namesItself(text, part.start, part.end)) return true;
  let i = at;
  while (i > 0 && text[i - 1] === ' ') i--;
  const mark = text[i - 1];
  if (mark === ':') return GLOSS_WORDS.has(wordBefore(text, i - 1));
  if (mark !== '(' && mark !== '[') {
    const word = wordBefore(text, at);
    return word !== 'etwa' && GLOSS_WORDS.has(word);
  }
  let j = i - 1;
  while (j > 0 && text[j - 1] === ' ') j--;
  const previous = text[j - 1] ?? '';
  if (/["“”»«’]/u.test(previous)) return true;
  let k = j;
  while (k > 0 && /[\p{L}\d.-]/u.test(text[k - 1] as string)) k--;
  return /\p{Lu}/u.test(text[k] ?? '');
}

/**
 * A passage after a definite article with more words than this and a lower-case word that no title has is a
 * phrase, not a name: "der „Verbesserung des Austauschs und zur besseren Abstimmung zwischen den Ämtern“".
 */
const LONGEST_NAME = 6;

/**
 * Whether one of the (at most eight) words of the clause before `at` is a naming noun: the colon of "Der Titel
 * seines Buches: „…“" or "ist ihr literarisches Erstwerk: „…“" introduces a name. Only asked when no speech verb
 * stands next to the passage ("Im Buch schreibt sie: „…“" is speech).
 */
function namesInClause(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 80), at).split(/\s+/u);
  for (let k = words.length - 1, n = 0; k >= 0 && n < 8; k--) {
    const word = words[k] as string;
    if (word === '') continue;
    n++;
    if (n > 1 && /[.,;:!?()]$/u.test(word)) return false;
    if (
      namesWhatFollows(
        word
          .replace(/^[(„"]/u, '')
          .replace(/[:,]$/u, '')
          .toLowerCase(),
      )
    )
      return true;
    if (/^\(/u.test(word)) return false;
  }
  return false;
}

/** How many words after the first start in lower case and are no function word of a title ("um", "der"). */
function lowerContentWords(words: readonly string[]): number {
  let count = 0;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (/^\p{Ll}/u.test(word) && !TITLE_FUNCTION_WORDS.has(word)) count++;
  }
  return count;
}

/**
 * Whether a passage of four or more words that opens with a capital reads as a piece of a sentence: two or more
 * lower-case words that no title has ("„Regelfall um vier Jahre verschoben“", "„Missstände aufmerksam zu
 * machen“"). On the train split of the corpus 90 of 100 such passages are quotations, and most of the others are
 * named by their context (a title, a song).
 */
export function clauseLike(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part) return false;
  const inner = (model.paragraphs[part.paragraph]?.text ?? '').slice(part.start + 1, part.end - 1);
  if (!/^\p{Lu}/u.test(inner)) return false;
  const words = inner.split(/\s+/).filter((w) => w !== '');
  return words.length >= 4 && lowerContentWords(words) >= 2;
}

/**
 * "die sich selbst „…“ nennt", "nennt sich „…“", "das sich „…“ bezeichnet": a group or event naming itself. A
 * bounded look at 40 characters before the passage and 20 after it.
 */
function namesItself(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!/\bsich (?:selbst |selber )?$/u.test(before)) return false;
  return SELF_NAMING.test(before) || SELF_NAMING.test(text.slice(end, end + 20));
}

const SELF_NAMING = /\b(?:nenn|nann|bezeichn|heiß|hieß)\p{Ll}*/u;

/**
 * "das Prinzip „…“", "den Grundsatz „…“", "die Weisheit, „…“": a maxim cited by the noun that names it, with or
 * without a comma or colon between, is a saying, not somebody's words here, even as a lower-case fragment
 * ("den Grundsatz „im Zweifel für den Angeklagten“"). Slogans are different: "die Parole „…“" is what people
 * chanted.
 */
export function citesMaxim(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  let i = part.start;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (text[i - 1] === ',' || text[i - 1] === ':') i--;
  return MAXIM_NOUNS.has(wordBefore(text, i));
}

/**
 * Whether a passage is one inflected adjective right before its noun ("der „drastischen“ Erhöhung", "mit
 * „fremden“ Männern"): the author keeps a distance from a word, a scare quote rather than a quotation. On the
 * train split 1 of 5 such passages is annotated as a direct quotation; an uninflected adverb ("„händeringend“
 * gesucht") is not one of them.
 */
export function scareQuotedAdjective(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  return ATTRIBUTIVE.test(text.slice(part.start, part.end + 2));
}

/**
 * Whether a passage is a definite article with one noun ("zwischen „dem Guten“ und „dem Bösen“", "eine Warnung
 * an „den Westen“"): a term the author cites, article and all, not words somebody said (none of the three such
 * passages in the corpus is a quotation).
 */
export function citedTerm(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const inner = (model.paragraphs[part.paragraph]?.text ?? '').slice(part.start + 1, part.end - 1);
  const [article, noun, ...more] = inner.split(' ');
  return (
    more.length === 0 && DEFINITE_ARTICLE_FORMS.includes(article ?? '') && CAPITALISED_WORD.test(noun ?? '')
  );
}

const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;

const ATTRIBUTIVE = /^[„»"]\p{Ll}[\p{L}-]*(?:e|en|er|es|em)[“”«"] \p{Lu}/u;

/** The word just before `at`, lower-cased, skipping white space. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /[\p{L}-]/u.test(text[start - 1] as string)) start--;
  return text.slice(start, end).toLowerCase();
}

function namesWhatFollows(word: string): boolean {
  if (word.length < 3 || NOT_NAMING.has(word)) return false;
  // The genitive too: "des Magazins „…“", "des Internetdienstes „…“".
  const stem = word.endsWith('es') ? word.slice(0, -2) : word.endsWith('s') ? word.slice(0, -1) : word;
  return NAMING_NOUNS.some((noun) => word.endsWith(noun) || stem.endsWith(noun));
}

/**
 * Whether a passage is a scare quote: at most {@link SCARE_QUOTE_WORDS} words, all lower case, no punctuation
 * ("„ruhigen“", "„schick“", "„sanfte Wende“"). Such a passage is somebody's words only when its own sentence
 * says so (a cue, Konjunktiv, a source); in a descriptive sentence the author keeps a distance from a word.
 */
export function scareQuotedWords(model: TextModel, passage: QuotedPassage): boolean {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return false;
  const inner = (model.paragraphs[part.paragraph]?.text ?? '').slice(part.start + 1, part.end - 1);
  const words = inner.split(' ');
  return words.length <= SCARE_QUOTE_WORDS && words.every((w) => LOWER_WORD.test(w));
}

/** The most words a scare quote has; a longer lower-case run reads as a piece of somebody's sentence. */
const SCARE_QUOTE_WORDS = 1;

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
