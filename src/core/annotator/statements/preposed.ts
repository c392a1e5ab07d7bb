/**
 * What stands before a speech verb and its comma: a preposed statement ("Der Plan sei gescheitert, sagte X") or
 * the verb's own subject with an apposition or relative clause ("Anna Berger, Leiterin des Amts, kritisierte …",
 * "In einem Bericht, der am Montag erschien, rechtfertigte …"); and an apposition to the speaker after the verb.
 */
import { type Cue } from '../grammar/cues';
import { endsClause } from '../grammar/clause-ends';
import { PHRASE_INNER_PREPOSITIONS, PREDICATIVE_MARKERS, PREPOSITIONS } from '../lexicon/prepositions';
import { FOCUS_PARTICLES, TIME_ADVERBS } from '../lexicon/adverbs';
import { CONTRASTING, COORDINATORS, SUBORDINATE_OPENERS } from '../lexicon/conjunctions';
import { DETERMINERS, PRONOUNS } from '../lexicon/nouns';
import { isNameToken } from '../speakers/naming-words';
import { isAdjective } from '../grammar/noun-phrases';
import { tokenIndexAt, type Token } from '../text/tokens';
import { APPOSITION_WORDS } from '../lexicon/prepositions';
import { GENITIVE_PRONOUNS, POINTING_BACK, RELATIVE_PRONOUNS } from '../lexicon/articles';
import { RESUMPTION_MARKS } from '../lexicon/punctuation';
import { HABEN, LASSEN_FORMS } from '../lexicon/verb-forms';

/**
 * "Anna Berger, Leiterin des Amts, kritisierte …", "Der Leiter des Amts, Paul Weber, sagte …": the commas before
 * the cue set off an apposition of its subject, not a preposed statement.
 */
export function appositionBefore(tokens: readonly Token[], cueIndex: number): boolean {
  // Bounded, so that a sentence with many cues stays linear: a subject and its apposition are short.
  if (tokens[cueIndex - 1]?.text !== ',' || cueIndex > 30) return false;
  const commas: number[] = [];
  for (let k = 0; k < cueIndex - 1; k++) if (tokens[k]?.text === ',') commas.push(k);
  if (commas.length !== 1) return false;
  const first = tokens.slice(0, commas[0]);
  const second = tokens.slice((commas[0] as number) + 1, cueIndex - 1);
  const names = (part: readonly Token[]): boolean =>
    part.length > 0 && part.length <= 4 && part.every((t) => isNameToken(t));
  return names(first) || (names(second) && DETERMINERS.has(first[0]?.lower ?? ''));
}

/**
 * "…“, sagte Paul Weber, ein Sprecher des Verbands.": after the speaker's comma an apposition to him, with no
 * verb: only capitalised words, articles and a few prepositions up to the end of the sentence.
 */
export function appositionAfter(tokens: readonly Token[], at: number, limit: number): boolean {
  let words = 0;
  for (let k = at; k < tokens.length && k - at < 30; k++) {
    if (k >= limit) return false;
    const token = tokens[k] as Token;
    if (!token.word) {
      if (endsClause(token) && !/^[,()„“»«]$/.test(token.text)) break;
      continue;
    }
    words++;
    if (!token.capital && !DETERMINERS.has(token.lower) && !APPOSITION_WORDS.has(token.lower)) return false;
  }
  return words > 0;
}

/**
 * Whether `tokens[from..to)` is a noun phrase, perhaps behind a preposition: capitalised words, articles, numbers
 * and lower-case words that stand before a noun ("die britische Königin", "In einem Bericht").
 */
function nounPhraseOnly(
  tokens: readonly Token[],
  from: number,
  to: number,
  inside: (t: Token) => boolean,
): boolean {
  let attributive = false;
  let words = 0;
  for (let k = to - 1; k >= from; k--) {
    const token = tokens[k] as Token;
    // "der CDU/CSU-Fraktion": a slash joins two names.
    if (inside(token) || (!token.word && /^[().„“"/]$/.test(token.text))) continue;
    if (!token.word) return false;
    words++;
    const fits =
      token.capital ||
      // "Omar al-Nasri": a name with a lower-case particle.
      /^\p{Ll}+-\p{Lu}/u.test(token.text) ||
      /^\d/.test(token.text) ||
      DETERMINERS.has(token.lower) ||
      PREPOSITIONS.has(token.lower) ||
      PHRASE_INNER_PREPOSITIONS.has(token.lower) ||
      (attributive && isAdjective(token.lower)) ||
      // "einem heute vorgelegten Bericht": an adverb before an adjective of the phrase.
      (attributive && TIME_ADVERBS.has(token.lower)) ||
      // "Der frühere Bürgermeister und Senator": nouns joined by a coordinator are one phrase.
      (COORDINATORS.has(token.lower) && !!tokens[k + 1]?.capital && !!tokens[k - 1]?.capital);
    if (!fits) return false;
    attributive =
      token.capital ||
      (attributive &&
        !DETERMINERS.has(token.lower) &&
        (isAdjective(token.lower) || TIME_ADVERBS.has(token.lower)));
  }
  return words > 0;
}

/**
 * Whether `tokens[from..to)`, the stretch between two commas after a noun phrase, is an insertion into that noun
 * phrase's clause rather than a clause of its own: an apposition ("Präsident der Kammer"), a relative clause ("der
 * am Montag erschien", "auf die der Bericht verweist": its finite verb last, in lower case), a present participle's
 * phrase ("wohl auf das Echo reagierend") or a zu-infinitive ("… behandeln zu lassen").
 */
function insertion(
  tokens: readonly Token[],
  from: number,
  to: number,
  inside: (t: Token) => boolean,
): boolean {
  const opener = tokens[from];
  const last = tokens[to - 1];
  if (!opener || !last || to - from > 40) return false;
  if (nounPhraseOnly(tokens, from, to, inside)) return true;
  const pronoun = PREPOSITIONS.has(opener.lower) ? tokens[from + 1] : opener;
  const verbLast = last.word && !last.capital && !inside(last);
  if (pronoun && RELATIVE_PRONOUNS.has(pronoun.lower) && verbLast && to - from >= 3) return true;
  return verbLast && (/end$/.test(last.lower) || tokens[to - 2]?.lower === 'zu');
}

/**
 * "Kurt Weber, Präsident der Kammer, begrüßte …", "In einem Bericht, der am Montag erschien, rechtfertigte …",
 * "Anna Berg, eine der Ärztinnen, die den Aufruf unterschrieben, verurteilte …": the words before the cue's
 * comma are a noun phrase (a focus particle before it, "aber" or "jedoch" after it) with insertions, appositions
 * or relative clauses, participle phrases, zu-infinitives, not a statement: a preposed statement has a finite verb
 * of its own main clause, and every comma here sets off an insertion ending in its own verb or having none. It only
 * stops a preposed statement; whether the cue's clause then reports by itself is `subjectWithInsertion`'s business
 * (the wider test let two more reports through that the corpus leaves out, "schloss … aus", "wies auf … hin").
 */
export function insertedSubject(
  tokens: readonly Token[],
  comma: number,
  inside: (t: Token) => boolean,
): boolean {
  const commas: number[] = [];
  for (let k = 1; k < comma && commas.length < 4; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',' && !inside(token) && !/^\d/.test(tokens[k + 1]?.text ?? '')) commas.push(k);
  }
  const first = commas[0];
  if (first === undefined || commas.length > 3) return false;
  const from = FOCUS_PARTICLES.has(tokens[0]?.lower ?? '') ? 1 : 0;
  const to = CONTRASTING.has(tokens[first - 1]?.lower ?? '') ? first - 1 : first;
  if (to <= from || !nounPhraseOnly(tokens, from, to, inside)) return false;
  const bounds = [...commas, comma];
  return bounds.every((at, i) => i === 0 || insertion(tokens, (bounds[i - 1] as number) + 1, at, inside));
}

/**
 * "Kurt Weber, Präsident der Kammer, begrüßte …", "In einem Bericht, der am Montag erschien, rechtfertigte …": the
 * words before the cue's comma are a noun phrase with an apposition or a relative clause, not a statement.
 */
export function subjectWithInsertion(
  tokens: readonly Token[],
  comma: number,
  inside: (t: Token) => boolean,
): boolean {
  const commas: number[] = [];
  for (let k = 1; k < comma && commas.length < 3; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',' && !inside(token) && !/^\d/.test(tokens[k + 1]?.text ?? '')) commas.push(k);
  }
  const first = commas[0];
  // One insertion that reaches the cue's comma; a third clause after it would be the statement proper.
  if (first === undefined || commas.length > 1 || !nounPhraseOnly(tokens, 0, first, inside)) return false;
  const opener = tokens[first + 1];
  const next = tokens[first + 2];
  if (!opener || !next) return false;
  const relative = RELATIVE_PRONOUNS.has(opener.lower) && !next.capital && !isAdjective(next.lower);
  return relative || nounPhraseOnly(tokens, first + 1, comma, inside);
}

/**
 * How many words outside quotation marks make a sentence that closes with a quotation the writer's statement with
 * a quotation nested in it ("Das sei „kein Zustand“, sagte X": subject and verb), not a direct quote.
 */
export const MIN_WORDS_AROUND_QUOTATION = 2;

/** "…, sagte der Minister": the statement before the comma that precedes an inverted cue; its end offset. */
export function preposedBefore(
  tokens: readonly Token[],
  cue: Cue,
  inside: (token: Token) => boolean,
): number | undefined {
  // "…, sieht X in dem Plan eine Gefahr", "…, hält X den Plan für richtig": a judging verb's content is its
  // object, so the clause before its comma is none of it.
  if (cue.verb.needs) return undefined;
  const verb =
    !cue.participle && tokens[cue.index - 1]?.text === ',' ? cue.index : bracketOpening(tokens, cue);
  if (verb === undefined) return undefined;
  const comma = tokens[verb - 1];
  if (comma?.text !== ',' || verb < 4) return undefined;
  // the caller tested the words before the cue's own comma for a subject with insertions; a frame's, here
  if (
    verb !== cue.index &&
    (insertedSubject(tokens, verb - 1, inside) || subjectWithInsertion(tokens, verb - 1, inside))
  )
    return undefined;
  const after = tokens[verb + 1];
  // "…, hieß es (aus dem Rathaus)": the impersonal formula of reporting has the expletive "es" as its subject
  const impersonal = cue.verb.lemma === 'heißen' && after?.lower === 'es';
  const determiner = DETERMINERS.has(after?.lower ?? '') || GENITIVE_PRONOUNS.has(after?.lower ?? '');
  if (!after || !(impersonal || after.capital || PRONOUNS.has(after.lower) || determiner)) {
    return undefined;
  }
  const first = tokens[0];
  if (!first || inside(first)) return undefined;
  // "Während die Abgeordneten zustimmten, kritisierte X …": a subordinate clause is not what X said.
  if (SUBORDINATE_OPENERS.has(first.lower)) return undefined;
  // "Die Politik könne schaffen, „dass …“, erklärte X": a quotation at the end of an indirect statement is
  // nested in it; a statement that is all quotation is a direct quote, not this.
  if (inside(tokens[cue.index - 2] as Token)) {
    const own = tokens.slice(0, Math.min(cue.index - 1, 60)).filter((t) => t.word && !inside(t));
    if (own.length < MIN_WORDS_AROUND_QUOTATION) return undefined;
  }
  return comma.start;
}

/** How many tokens the middle field of an inverted frame may hold: "hatte der Minister am Montag in Kiel gesagt". */
const FRAME_REACH = 10;

/**
 * "…, hatte der Minister gesagt", "…, ließ die Ministerin mitteilen": a frame whose finite verb right after the
 * comma is an auxiliary of the perfect before a participle cue, or "lassen" before an infinitive cue, the cue closing
 * the clause; the index of that finite verb.
 */
function bracketOpening(tokens: readonly Token[], cue: Cue): number | undefined {
  const next = tokens[cue.index + 1];
  if (next && !endsClause(next)) return undefined;
  const opens = cue.participle
    ? HABEN
    : /en$/.test(tokens[cue.index]?.lower ?? '')
      ? LASSEN_FORMS
      : undefined;
  if (!opens) return undefined;
  for (let k = cue.index - 1; k >= 1 && k >= cue.index - FRAME_REACH; k--) {
    const token = tokens[k] as Token;
    // "…, hat das Gericht für zulässig erklärt": a predicative with "für" or "als" makes the verb a judgement of
    // its object, which the words before the comma are, not a statement
    if (endsClause(token) || PREDICATIVE_MARKERS.has(token.lower)) return undefined;
    if (opens.has(token.lower)) return tokens[k - 1]?.text === ',' ? k : undefined;
  }
  return undefined;
}

/**
 * "Die Kamera ist ausgefallen, das teilte das Institut mit", "… – das zumindest meint der Sprecher": a demonstrative
 * right after a comma or dash, next to the cue (or one adverb away) with more of the cue's clause after it, is the
 * object the cue's clause puts first, and it takes up the clause before the mark as what was said. The end offset of
 * that clause.
 */
export function resumedBefore(tokens: readonly Token[], cue: Cue): number | undefined {
  // "…, das heißt …" glosses the words before it ("that is"); nobody says them.
  if (cue.verb.lemma === 'heißen') return undefined;
  let k = cue.index - 1;
  const between = tokens[k];
  if (between?.word && !between.capital && !POINTING_BACK.has(between.lower)) k--;
  const pronoun = tokens[k];
  const mark = tokens[k - 1];
  if (!pronoun || !POINTING_BACK.has(pronoun.lower) || !mark || !RESUMPTION_MARKS.has(mark.text) || k < 4)
    return undefined;
  const last = tokens[k - 2];
  return tokens[cue.index + 1]?.word && last ? last.end : undefined;
}

/**
 * For each token of a sentence, the index of the last colon outside quotation marks up to it (-1 where there is
 * none): computed in one pass, so that each frame of a long sentence finds its lead-in in constant time.
 */
export function leadInColons(tokens: readonly Token[], inside: (token: Token) => boolean): Int32Array {
  const colons = new Int32Array(tokens.length);
  let last = -1;
  tokens.forEach((token, k) => {
    if (token.text === ':' && !inside(token)) last = k;
    colons[k] = last;
  });
  return colons;
}

/**
 * "Der Verband blieb hart: Eine Einigung sei nicht in Sicht, sagte X": a colon outside quotation marks before a
 * statement ends the lead-in that announces it; the statement starts after the colon. The start offset of the
 * statement that ends at `end`, or `undefined` when no such colon stands before it or a quotation follows the colon
 * (a direct quote, the frame's own business). `colons` is {@link leadInColons} of `tokens`.
 */
export function afterLeadIn(
  tokens: readonly Token[],
  end: number,
  colons: Int32Array,
  inside: (token: Token) => boolean,
): number | undefined {
  const colon = colons[tokenIndexAt(tokens, end) - 1] ?? -1;
  const next = tokens[colon + 1];
  return colon > 0 && next && !inside(next) ? next.start : undefined;
}
