/**
 * Direct quotes: which quoted passages are speech, who said them, and which belong together. A passage is speech
 * when a cue stands next to it („…“, sagte Berger / Berger sagte: „…“), when its sentence has a speech verb or
 * reported speech around it (a partial quote), or when it is a whole sentence that follows a speaker. Short
 * passages of capitalised words (titles, ships, missions) and scare quotes with no speech around them are left out.
 */
import { endsClause, findCues, type Cue } from '../grammar/cues';
import { nounPhrase, subjectAfter } from '../grammar/noun-phrases';
import { findSubject } from '../grammar/subjects';
import { frameSubject } from '../grammar/opening-subjects';
import { KONJUNKTIV_I } from '../lexicon/konjunktiv';
import { DETERMINERS } from '../lexicon/nouns';
import type { FoundQuote, PassMemo, Sentence, SpeakerEntity, SpeechContext, TextModel } from '../model';
import { nextPassage, type PassState } from '../pass-state';
import { insideQuotes, partOf, sentenceAt } from '../text/text-model';
import { type SpeakerBook } from '../speakers/speaker-book';
import { isNameToken, isRoleToken } from '../speakers/naming-words';
import type { QuotedPart, QuotedPassage } from '../text/quotation-marks';
import { afterIndefinite, inLabelSlot, isLabellingVerb, labelledAs } from './labels';
import {
  citedTerm,
  citesMaxim,
  clauseLike,
  looksLikeTitle,
  namedByContext,
  scareQuotedAdjective,
} from './quoted-names';
import { tokenIndexAt, type Token } from '../text/tokens';
import { OBJECT_PREPOSITIONS } from '../lexicon/prepositions';
import { NAMING_VERBS } from '../lexicon/quoting-words';

/** Attribution found for a passage: cue, speaker mention and how sure the rule is. */
interface Attribution {
  cue: Token[];
  mention: Token[] | undefined;
  speaker: SpeakerEntity | undefined;
  confidence: number;
  /** The cue verb's infinitive, when there is a cue verb. */
  verb?: string;
  /** Token index in the cue's sentence after the cue clause, for an interrupted quote. */
  after?: number;
}

/**
 * Turns the passages that end in sentence `index` into direct quotes. A passage followed by another after its cue
 * („…“, sagte X, „…“) becomes one quote with two spans; merged passages are added to `state.consumed`.
 */
export function directQuotesIn(state: PassState, index: number): FoundQuote[] {
  const { model, book, speech: context, consumed, memo } = state;
  const sentences = model.sentences;
  const passages = state.passagesEndingIn.get(index) ?? [];
  const sentence = sentences[index] as Sentence;
  const found: FoundQuote[] = [];
  for (const passage of passages) {
    if (consumed.has(passage)) continue;
    const first = passage.parts[0];
    const last = passage.parts[passage.parts.length - 1];
    if (!first || !last) continue;
    const fragment = quotedFragment(model, passage);
    if ((!fragment && namedByContext(model, passage)) || citesMaxim(model, passage)) continue;
    if (scareQuotedAdjective(model, passage) || citedTerm(model, passage)) continue;
    const startSentence = sentences[sentenceAt(sentences, first.paragraph, first.start)] ?? sentence;
    const after = cueAfter(model, sentence, last, book);
    // "Wie „beispiel online“ berichtet": the quoted words are the verb's subject.
    if (!after && verbRightAfter(model, sentence, last)) continue;
    // "der Chefredakteur der „Abendpost“, sagte": a name inside the speaker's phrase, not the words said.
    if (after && looksLikeTitle(model, passage) === 'name') continue;
    const adjacent = after ?? cueBefore(model, startSentence, first.start, book, context);
    // A colon alone ("Motto: „…“", "kurz: „…“") is a cue only when the passage does not look like a name.
    const formula = afterWords(model, first);
    const title =
      (adjacent && adjacent.cue.length > 0) || formula ? undefined : looksLikeTitle(model, passage);
    if (title === 'name') continue;
    const around = adjacent ? undefined : cueAround(model, memo, startSentence, first.start, book, context);
    if (around && inMention(around, first.start)) continue;
    const labelled = labelledAs(model, startSentence, first, title === 'capitalised');
    const characterised = around !== undefined && around.cue.length > 0 && afterIndefinite(model, first);
    if (
      title === 'capitalised' &&
      !labelled &&
      !characterised &&
      !(names(around) && inLabelSlot(model, first))
    )
      continue;
    const recent = context.speaker && index - context.sentence <= 3 ? context.speaker : undefined;
    const sameParagraph = sentences[context.sentence]?.paragraph === first.paragraph;
    const whole = startsSentence(startSentence, first.start);
    if (
      !adjacent &&
      !around &&
      !whole &&
      !sourceFramed(model, startSentence) &&
      !labelled &&
      !(recent && sameParagraph) &&
      !paragraphHasCue(model, memo, first.paragraph) &&
      !fragment &&
      !formula &&
      !clauseLike(model, passage)
    ) {
      continue;
    }
    const subject = adjacent || around ? undefined : sentenceSubject(startSentence, first.start);
    const result: Attribution = adjacent ??
      around ??
      (subject ? attributed(book, [], subject, 0.6) : undefined) ?? {
        cue: [],
        mention: undefined,
        speaker: recent,
        confidence: recent ? 0.55 : 0.4,
      };
    const spans = [...passage.parts];
    if (result.after !== undefined) {
      const following = nextPassage(state, passage);
      const resume = sentence.tokens[result.after];
      const followingStart = following?.parts[0];
      if (
        following &&
        followingStart &&
        resume?.text === ',' &&
        followingStart.paragraph === sentence.paragraph
      ) {
        const gap = sentence.tokens[result.after + 1];
        if (!gap || gap.start >= followingStart.start) {
          spans.push(...following.parts);
          consumed.add(following);
        }
      }
    }
    consumed.add(passage);
    // The attribution may come from the sentence where the passage starts, in an earlier paragraph.
    const anchor = result.mention?.[0] ?? result.cue[0];
    const home = anchor && holds(startSentence, anchor) ? startSentence : sentence;
    const mention = result.mention && partOf(home.paragraph, result.mention);
    found.push({
      kind: 'direct',
      spans,
      cue: result.cue.map((t) => ({ paragraph: home.paragraph, start: t.start, end: t.end })),
      ...(mention ? { mention } : {}),
      ...(result.speaker ? { speaker: result.speaker } : {}),
      confidence: passage.closed ? result.confidence : result.confidence * 0.7,
      needsReview: result.confidence < 0.8 || !passage.closed,
    });
    context.speaker = result.speaker ?? context.speaker;
    context.sentence = index;
  }
  return found;
}

/** Whether `token` is one of the sentence's own tokens (not an equal one of another paragraph). Binary search. */
function holds(sentence: Sentence, token: Token): boolean {
  return sentence.tokens[tokenIndexAt(sentence.tokens, token.start)] === token;
}

/** „…“, sagte Berger / „…“, fügte er hinzu / „…“, so der Minister. */
function cueAfter(
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

/**
 * Whether the passage stands between "wie" and a speech verb with no comma ("Wie „beispiel online“ berichtet")
 * and does not end like a sentence: then it names the source, the verb's subject. (After an article the verb is
 * too often no speech verb: "von dem „…“ ausgehe".)
 */
function verbRightAfter(model: TextModel, sentence: Sentence, part: QuotedPart): boolean {
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
function cueBefore(
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
  if (phrase && (phrase.some(isNameToken) || tokens[k]?.capital)) return attributed(book, [], phrase, 0.7);
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

/** A partial quote inside a sentence with a speech verb, or inside reported speech. */
function cueAround(
  model: TextModel,
  memo: PassMemo,
  sentence: Sentence,
  start: number,
  book: SpeakerBook,
  context: SpeechContext,
): Attribution | undefined {
  const inside = insideQuotes(model, sentence.paragraph);
  const cues = cuesOf(memo, sentence, inside);
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
function sentenceSubject(sentence: Sentence, before: number): Token[] | undefined {
  const first = sentence.tokens[0];
  if (!first || first.start >= before || !(first.capital || DETERMINERS.has(first.lower))) return undefined;
  const phrase = nounPhrase(sentence.tokens, 0);
  if (!phrase || (phrase[phrase.length - 1]?.end ?? before) > before) return undefined;
  return phrase.some((t) => isNameToken(t) || isRoleToken(t)) ? phrase : undefined;
}

function attributed(
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

/**
 * Whether a passage lies inside the speaker's own phrase („Die „Aktion X“ teilte mit“, "ein Sprecher der „Y“
 * sagte"): then the quoted words name the speaker. A phrase that opens with a preposition or has "als" before the
 * passage is an object the subject search took for a subject ("Von einer „Krise“ sprach …", "… als „Z“ bezeichnet").
 */
function inMention(attribution: Attribution, start: number): boolean {
  const mention = attribution.mention ?? [];
  const first = mention[0];
  const last = mention[mention.length - 1];
  if (!first || !last || first.start > start || start >= last.end) return false;
  if (OBJECT_PREPOSITIONS.has(first.lower)) return false;
  return !mention.some((t) => t.end <= start && (t.lower === 'als' || t.lower === 'wie'));
}

function names(attribution: Attribution | undefined): boolean {
  const verb = attribution?.verb;
  return verb !== undefined && isLabellingVerb(verb);
}

/** Whether any sentence of the paragraph has a speech cue outside quotation marks: speech is around. */
function paragraphHasCue(model: TextModel, memo: PassMemo, paragraph: number): boolean {
  let value = memo.paragraphHasCue.get(paragraph);
  if (value === undefined) {
    const inside = insideQuotes(model, paragraph);
    value = false;
    for (let i = Math.max(0, sentenceAt(model.sentences, paragraph, 0)); i < model.sentences.length; i++) {
      const sentence = model.sentences[i] as Sentence;
      if (sentence.paragraph !== paragraph) break;
      if (cuesOf(memo, sentence, inside).length > 0) {
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
function quotedFragment(model: TextModel, passage: QuotedPassage): boolean {
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
function afterWords(model: TextModel, part: QuotedPassage['parts'][number]): boolean {
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  const before = text.slice(Math.max(0, part.start - 30), part.start);
  return /(?:\bWorten?|\bParolen?|\bSprüche)(?: wie(?: zum Beispiel| etwa)?)?:? *$/u.test(before);
}

/**
 * Whether the sentence names a source with "laut" or "zufolge" outside quotation marks ("dient laut einer Mitteilung
 * des Amts der „…“"): somebody's words are reported, so a quoted passage in it is theirs.
 */
function sourceFramed(model: TextModel, sentence: Sentence): boolean {
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
function startsSentence(sentence: Sentence, start: number): boolean {
  return start <= sentence.start;
}

/** The cues of a sentence, computed once per sentence however many passages it has. */
function cuesOf(memo: PassMemo, sentence: Sentence, inside: (token: Token) => boolean): Cue[] {
  let cues = memo.cues.get(sentence);
  if (!cues) {
    cues = findCues(sentence.tokens, inside);
    memo.cues.set(sentence, cues);
  }
  return cues;
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
