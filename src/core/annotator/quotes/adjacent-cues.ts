/**
 * A cue right next to a quoted passage: „…“, sagte Berger / Berger sagte: „…“ / „…“, so der Minister — and the
 * passage that is no speech because the verb after it makes it the subject ("Wie „beispiel online“ berichtet").
 * Also the attribution these cues give: cue tokens, the speaker's phrase and how sure the rule is.
 */
import { findCues } from '../grammar/cues';
import { endsClause } from '../grammar/clause-ends';
import { nounPhrase } from '../grammar/noun-phrases';
import { subjectAfter } from '../grammar/inverted-subjects';
import { findSubject } from '../grammar/subjects';
import { frameSubject } from '../grammar/opening-subjects';
import { DETERMINERS } from '../lexicon/nouns';
import type { Sentence, SpeakerEntity, SpeechContext, TextModel } from '../model';
import { insideQuotes } from '../text/text-model';
import { type SpeakerBook } from '../speakers/speaker-book';
import { isNameToken } from '../speakers/naming-words';
import type { QuotedPart } from '../text/quotation-marks';
import { tokenIndexAt, type Token } from '../text/tokens';
import { NAMING_VERBS, TEXT_KIND_LABELS } from '../lexicon/quoting-words';

/** Attribution found for a passage: cue, speaker mention and how sure the rule is. */
export interface Attribution {
  cue: Token[];
  mention: Token[] | undefined;
  speaker: SpeakerEntity | undefined;
  confidence: number;
  /** The cue verb's infinitive, when there is a cue verb. */
  verb?: string;
  /** Token index in the cue's sentence after the cue clause, for an interrupted quote. */
  after?: number;
}

/** „…“, sagte Berger / „…“, fügte er hinzu / „…“, so der Minister. */
export function cueAfter(
  model: TextModel,
  sentence: Sentence,
  part: QuotedPart,
  book: SpeakerBook,
): Attribution | undefined {
  const tokens = sentence.tokens;
  const end = part.end;
  let j = tokenIndexAt(tokens, end);
  if (j >= tokens.length) return undefined;
  const text = model.paragraphs[sentence.paragraph]?.text ?? '';
  // "„We need streets“ („Wir brauchen Straßen“), sagte Gehl": a parenthesis after the quotation (its translation, a
  // note) stands between it and its cue
  if (tokens[j]?.text === '(') {
    const close = closingParenthesis(tokens, j);
    if (close === undefined) return undefined;
    j = close + 1;
  }
  if (tokens[j]?.text === ',') j++;
  // Without a comma a cue follows only a quotation that ends its own sentence („Ja!“ rief er) or holds several
  // (the comma forgotten); otherwise the quoted words are the verb's subject, a name: „Der Kurier“ meldet.
  else if (!/[.!?…]/.test(text[end - 2] ?? '') && !SENTENCE_INSIDE.test(text.slice(part.start, end)))
    return undefined;
  const token = tokens[j];
  if (!token?.word) return undefined;
  // "„…“, so heißt das Projekt" names the passage; "„…“, so der Minister" attributes it.
  if (token.lower === 'so' && NAMING_VERBS.has(tokens[j + 1]?.lower ?? '')) return undefined;
  if (token.lower === 'so' || token.lower === 'meint' || token.lower === 'betont') {
    const phrase = subjectAfter(tokens, { index: j, tokens: [token] });
    if (!phrase) return undefined;
    return attributed(book, [token], phrase, 0.85, j + 1 + phrase.length);
  }
  const cue = findCues(tokens, insideQuotes(model, sentence.paragraph), j, j + 1)[0];
  if (!cue) return undefined;
  const phrase = findSubject(tokens, cue);
  const lastOfPhrase = phrase?.[phrase.length - 1];
  const afterIndex = lastOfPhrase ? tokenIndexAt(tokens, lastOfPhrase.start) + 1 : j + 1;
  const particle = cue.tokens[1];
  const after = particle ? Math.max(afterIndex, tokenIndexAt(tokens, particle.start) + 1) : afterIndex;
  return attributed(book, cue.tokens, phrase, 0.9, after);
}

/** Most tokens a parenthesis between a quotation and its cue holds: a translated sentence. */
const PARENTHESIS_REACH = 40;

/** The index of the ")" that closes the parenthesis opened at `open`, if it closes within reach. */
function closingParenthesis(tokens: readonly Token[], open: number): number | undefined {
  for (let k = open + 1; k < tokens.length && k - open <= PARENTHESIS_REACH; k++) {
    const text = (tokens[k] as Token).text;
    if (text === ')') return k;
    if (text === '(') return undefined;
  }
  return undefined;
}

/**
 * Whether the passage stands between "wie" and a speech verb with no comma ("Wie „beispiel online“ berichtet")
 * and does not end like a sentence: then it names the source, the verb's subject. (After an article the verb is
 * too often no speech verb: "von dem „…“ ausgehe".)
 */
export function verbRightAfter(model: TextModel, sentence: Sentence, part: QuotedPart): boolean {
  const text = model.paragraphs[sentence.paragraph]?.text ?? '';
  if (/[.!?…]/u.test(text[part.end - 2] ?? '') || SENTENCE_INSIDE.test(text.slice(part.start, part.end)))
    return false;
  const j = tokenIndexAt(sentence.tokens, part.end);
  const token = sentence.tokens[j];
  const before = sentence.tokens[tokenIndexAt(sentence.tokens, part.start) - 1];
  if (!token?.word || before?.lower !== 'wie') return false;
  return findCues(sentence.tokens, insideQuotes(model, sentence.paragraph), j, j + 1).length > 0;
}

/** A sentence end inside a quoted passage: „Wir bleiben. Das ist klar“. */
const SENTENCE_INSIDE = /\p{Ll}[.!?] \p{Lu}/u;

/** Berger sagte: „…“ / Der Minister: „…“. */
export function cueBefore(
  model: TextModel,
  sentence: Sentence,
  start: number,
  book: SpeakerBook,
  context: SpeechContext,
): Attribution | undefined {
  const upTo = tokenIndexAt(sentence.tokens, start);
  const tokens = sentence.tokens.slice(Math.max(0, upTo - 30), upTo);
  const colon = tokens[tokens.length - 1];
  if (colon?.text !== ':') return undefined;
  const cues = findCues(tokens, insideQuotes(model, sentence.paragraph));
  const cue = cues[cues.length - 1];
  if (cue) return attributed(book, cue.tokens, findSubject(tokens, cue), 0.85);
  // "Der Leiter, Paul Weber, sieht die Schuld beim Amt: „…“": the subject of the clause before the colon
  const framed = frameSubject(clauseBeforeColon(tokens), (names) => book.knows(names));
  if (framed) return attributed(book, [], framed, 0.7);
  let k = tokens.length - 1;
  while (k > 0 && !endsClause(tokens[k - 1] as Token)) k--;
  const phrase = nounPhrase(tokens, k);
  // "Interview: „…“": a headline that names the kind of piece, not its speaker
  const label = phrase?.length === 1 && TEXT_KIND_LABELS.has((phrase[0] as Token).lower);
  if (phrase && !label && (phrase.some(isNameToken) || tokens[k]?.capital))
    return attributed(book, [], phrase, 0.7);
  const inner = subjectAfter(tokens, { index: k, tokens: [] });
  if (inner && (inner.some(isNameToken) || DETERMINERS.has(inner[0]?.lower ?? ''))) {
    return attributed(book, [], inner, 0.6);
  }
  return { cue: [], mention: undefined, speaker: context.speaker, confidence: 0.5 };
}

/** The words before a closing colon back to the colon or semicolon before them, without the closing colon. */
function clauseBeforeColon(tokens: readonly Token[]): readonly Token[] {
  const end = tokens.length - 1;
  for (let k = end - 1; k >= 0; k--) {
    const text = (tokens[k] as Token).text;
    if (text === ':' || text === ';') return tokens.slice(k + 1, end);
  }
  return tokens.slice(0, end);
}

/** The attribution of a cue and the phrase that names the speaker, resolved in the speaker book. */
export function attributed(
  book: SpeakerBook,
  cue: Token[],
  phrase: Token[] | undefined,
  confidence: number,
  after?: number,
): Attribution {
  const resolved = phrase ? book.resolve(phrase) : undefined;
  const sure = resolved?.how === 'name' ? confidence : confidence - 0.1;
  return {
    cue,
    mention: phrase,
    speaker: resolved?.speaker,
    confidence: resolved ? sure : confidence - 0.25,
    ...(after !== undefined ? { after } : {}),
  };
}
