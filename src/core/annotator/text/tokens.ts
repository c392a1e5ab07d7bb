/**
 * Words and punctuation of a stretch of text, with their offsets: the unit the cue, speaker and date rules work on.
 */
import { isSpace } from './paragraphs';
import { isWordChar } from './sentences';
import { NAME_PARTICLES } from '../lexicon/nouns';
import { TOP_LEVEL_DOMAINS } from '../lexicon/abbreviations';

/** A word ("US-Verteidigungsminister", "13", "geht’s") or a single punctuation character. */
export interface Token {
  text: string;
  /** `text` in lower case, for lexicon look-ups. */
  lower: string;
  /** Half-open UTF-16 offsets into the text that was tokenised (a paragraph). */
  start: number;
  end: number;
  /** Whether this is a word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Whether the word starts with a capital letter. */
  capital: boolean;
  /** The word form this token is an occurrence of: shared by every token of the same text in a pass. */
  form: WordForm;
}

/**
 * What a pass knows of one word form (one `Token.text`), shared by all its occurrences: the answers of the word
 * tests of the speaker rules (name, role, group, speaking noun; see `speakers/word-classes.ts`), which depend on
 * the text alone, so that each test runs once per form of a pass, however many tokens and rules ask.
 */
export interface WordForm {
  readonly text: string;
  readonly lower: string;
  /** Whether the first character is a capital letter (the token's `capital` when it is a word). */
  readonly capital: boolean;
  /** Bits of `speakers/word-classes.ts`. Starts at 0. */
  classes: number;
}

/**
 * The word forms of one pass, by their text: {@link tokenize} gives every token of the same text the same form (and
 * the same `text` and `lower` strings). An open-addressing table keyed by a hash of the characters, so that a form
 * seen before is found in place, without cutting its text out of the paragraph. Made by the caller for one text and
 * dropped with it.
 */
/**
 * A noun compound whose first part is a lower-case abbreviation ("ai-Bericht", "dpa-Meldung", "taz-Interview"):
 * German capitalises a noun, and a compound is written with the capital of its last part when its first part is
 * written lower case, so such a word is a noun like "Bericht".
 */
const LOWER_PREFIX_COMPOUND = /^(\p{Ll}{2,4})-\p{Lu}\p{Ll}/u;

/** A noun compound whose first part is a figure ("52-Jährige", "100-Meter-Lauf"): a noun like its last part. */
const FIGURE_COMPOUND = /^\d+-\p{Lu}/u;

/** The longest top-level domain in {@link TOP_LEVEL_DOMAINS}. */
const DOMAIN_LENGTH = 4;

/**
 * Where a top-level domain that starts at `at` ends ("de" in "heise.de", written in lower case and followed by no
 * letter or digit), or `undefined`. Reads at most a few characters.
 */
function topLevelDomainEnd(text: string, at: number, to: number): number | undefined {
  let end = at;
  while (end < to && end - at <= DOMAIN_LENGTH && isWordChar(text.charCodeAt(end))) end++;
  if (end < to && isWordChar(text.charCodeAt(end))) return undefined;
  return TOP_LEVEL_DOMAINS.has(text.slice(at, end)) ? end : undefined;
}

/** Whether a word is a web address ("t-online.de", "heise.de"): the name of a site, a noun in any case. */
export function isWebAddress(word: string): boolean {
  const dot = word.lastIndexOf('.');
  return dot > 0 && TOP_LEVEL_DOMAINS.has(word.slice(dot + 1));
}

/** Whether a word is such a compound, and not a name after a particle ("al-Assadi", "de-Gaulle"). */
function lowerPrefixCompound(word: string): boolean {
  const prefix = LOWER_PREFIX_COMPOUND.exec(word)?.[1];
  return prefix !== undefined && !NAME_PARTICLES.has(prefix);
}

export class WordForms {
  private slots: (WordForm | undefined)[] = new Array<WordForm | undefined>(1024).fill(undefined);
  private hashes = new Int32Array(1024);
  private count = 0;

  /** The form of `text.slice(start, end)`, whose characters hash to `hash` ({@link hashOf}); made when new. */
  at(text: string, start: number, end: number, hash: number): WordForm {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let form = this.slots[slot]; form; form = this.slots[slot]) {
      if (this.hashes[slot] === hash && form.text.length === end - start && text.startsWith(form.text, start))
        return form;
      slot = (slot + 1) & mask;
    }
    const value = text.slice(start, end);
    const first = value[0] as string;
    const form: WordForm = {
      text: value,
      lower: value.toLowerCase(),
      capital:
        first !== first.toLowerCase() ||
        lowerPrefixCompound(value) ||
        FIGURE_COMPOUND.test(value) ||
        isWebAddress(value),
      classes: 0,
    };
    this.slots[slot] = form;
    this.hashes[slot] = hash;
    if (++this.count * 2 > this.slots.length) this.grow();
    return form;
  }

  /** Doubles the table, keeping it at most half full so that a probe ends soon. */
  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Array<WordForm | undefined>(slots.length * 2).fill(undefined);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    slots.forEach((form, i) => {
      if (!form) return;
      const hash = hashes[i] as number;
      let slot = hash & mask;
      while (this.slots[slot]) slot = (slot + 1) & mask;
      this.slots[slot] = form;
      this.hashes[slot] = hash;
    });
  }
}

/** A 32-bit hash of the UTF-16 code units of `text.slice(start, end)`, for {@link WordForms}. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

const JOINERS = "-‐‑’'";

/** Whether the UTF-16 code unit `code` separates words: white space (`isSpace` of the paragraphs) or a line break. */
const separates = (code: number): boolean => isSpace(code) || code === 10 || code === 13;

/** Whether the UTF-16 code unit `code` is an ASCII digit. */
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether `text.slice(start, end)` is all ASCII digits (or digits and the colons of a time, the comma of a
 * decimal or the points between groups of thousands already joined).
 */
function allDigits(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++)
    if (!isDigit(text.charCodeAt(k)) && text[k] !== ':' && text[k] !== ',' && text[k] !== '.') return false;
  return end > start;
}

/**
 * Whether the point at `at` groups thousands: "20.000", "1.200.000". German writes a point between groups of three
 * digits, so the figures before it are one to three digits (or groups already joined) and exactly three digits
 * follow it. A date's points stand between one- or two-digit figures ("3.4.2008", "24.12.99") and stay
 * punctuation, as does a time ("20.15 Uhr").
 */
function groupsThousands(text: string, start: number, at: number, to: number): boolean {
  if (text[at] !== '.' || at + 4 > to) return false;
  for (let k = at + 1; k < at + 4; k++) if (!isDigit(text.charCodeAt(k))) return false;
  if (at + 4 < to && isDigit(text.charCodeAt(at + 4))) return false;
  const lead = text.slice(start, at).split('.');
  return /^\d{1,3}$/.test(lead[0] as string) && lead.slice(1).every((group) => /^\d{3}$/.test(group));
}

/**
 * Tokenises `text.slice(from, to)`; offsets stay relative to `text`. Linear in the length of the range. Tokens of
 * the same text share their {@link WordForm} from `forms`, which a pass passes for all its sentences.
 */
export function tokenize(text: string, from = 0, to = text.length, forms = new WordForms()): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      let end = i + 1;
      for (;;) {
        while (end < to && isWordChar(text.charCodeAt(end))) end++;
        if (end + 1 < to && JOINERS.includes(text[end] as string) && isWordChar(text.charCodeAt(end + 1))) {
          end++;
          continue;
        }
        // "08:15 Uhr", "ein 2:1": a colon between figures is part of a clock time or a score, no punctuation
        // "3,6 Millionen", "1,9 Promille": a comma between figures is a decimal comma, no punctuation either
        const joins = text[end] === ':' || text[end] === ',';
        if (joins && isDigit(text.charCodeAt(end + 1)) && allDigits(text, i, end)) {
          end++;
          continue;
        }
        // "20.000 Fahrgäste": a point between groups of thousands is part of the number; as punctuation it would
        // end the clause for every rule that looks for a subject or a cue
        if (groupsThousands(text, i, end, to)) {
          end++;
          continue;
        }
        // "t-online.de", "heise.de": a full stop before a top-level domain belongs to a web address
        const domainEnd = text[end] === '.' ? topLevelDomainEnd(text, end + 1, to) : undefined;
        if (domainEnd !== undefined) {
          end = domainEnd;
          continue;
        }
        break;
      }
      if (tokens[tokens.length - 1]?.capital && ordinalNumeral(text, i, end, to)) end++;
      // "Kinder- und Jugendärzte", "14- bis 17-Jährige": a hyphen right after a word and before a space stands for
      // the part of a compound that the next word gives (Ergänzungsstrich); it belongs to the word
      else if (
        text[end] === '-' &&
        end + 1 < to &&
        (separates(text.charCodeAt(end + 1)) || text[end + 1] === ',')
      )
        end++;
      tokens.push(makeToken(forms.at(text, i, end, hashOf(text, i, end)), i, end, true));
      i = end;
    } else if (separates(code)) {
      i++;
    } else {
      tokens.push(makeToken(forms.at(text, i, i + 1, hashOf(text, i, i + 1)), i, i + 1, false));
      i++;
    }
  }
  return tokens;
}

/** A Roman numeral of two letters or more: "XIV", not the initial "K." nor the pronoun "I". */
const ROMAN_NUMERAL = /^[IVXLC]{2,}$/;

/**
 * "Papst Leo XIV. bat …", "König Rama IX. (…)": a Roman numeral after a name (the caller checks the word before)
 * is an ordinal, and its full stop belongs to it when the sentence goes on after it (a stop that ends the
 * sentence is the range's last character).
 */
function ordinalNumeral(text: string, start: number, end: number, to: number): boolean {
  return text[end] === '.' && end + 1 < to && ROMAN_NUMERAL.test(text.slice(start, end));
}

function makeToken(form: WordForm, start: number, end: number, word: boolean): Token {
  return { text: form.text, lower: form.lower, start, end, word, capital: word && form.capital, form };
}

/** The index of the first token that starts at or after `offset` (`tokens.length` if none). Binary search. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
