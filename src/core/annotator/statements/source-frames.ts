/**
 * Statements framed without a speech verb: "laut X", "X zufolge", "nach Angaben von X", "…, so X", a noun that
 * announces a statement, and a headline colon ("Berger: …"). Sentences that continue someone's speech without a
 * frame of their own are in `continuation.ts`.
 */
import { endsClause } from '../grammar/cues';
import { canSpeak } from '../speakers/animacy';
import { isAdjective, nounPhrase } from '../grammar/noun-phrases';
import { DETERMINERS } from '../lexicon/nouns';
import { type FoundQuote, type Sentence, type TextModel } from '../model';
import { contentEnd, insideQuotes, partOf } from '../text/text-model';
import { type SpeakerBook } from '../speakers/speaker-book';
import { isNameToken } from '../speakers/naming-words';
import type { QuotedPart } from '../text/quotation-marks';
import type { Token } from '../text/tokens';
import { isReportedVerbAt } from '../grammar/reported-verbs';
import { nounStatementIn } from './noun-cues';
import type { SpeechContext } from '../model';
import { GENITIVE_ARTICLES } from '../lexicon/articles';
import { CLAUSE_OPENERS } from '../lexicon/conjunctions';
import { SOURCE_NOUNS } from '../lexicon/nouns';

/** Possessives: "seiner Meinung nach", "ihrer Ansicht nach". */
const POSSESSIVE = /^(?:sein|ihr)(?:e|er|en|em|es)?$/;

/** Statements framed by "laut", "zufolge", "nach Angaben", "so" or a colon in `sentence`. */
export function framedStatementsIn(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
): FoundQuote[] {
  const inside = insideQuotes(model, sentence.paragraph);
  const tokens = sentence.tokens;
  const end = contentEnd(model, sentence);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word || inside(token)) continue;
    let frame: { from: number; to: number; cue: Token[]; phrase: Token[] } | undefined;
    if (token.lower === 'laut' || (token.lower === 'gemäß' && i === 0)) {
      const phrase = nounPhrase(tokens, i + 1) ?? lowerCaseSource(tokens, i + 1);
      if (phrase) frame = { from: i, to: i + 1 + phrase.length, cue: [token], phrase };
    } else if (token.lower === 'zufolge' && i > 0) {
      let k = i;
      while (k > 0 && i - k < 8 && isPhraseToken(tokens, k - 1)) k--;
      while (k < i && !(tokens[k] as Token).capital && !DETERMINERS.has((tokens[k] as Token).lower)) k++;
      const phrase = tokens.slice(k, i);
      if (phrase.length > 0) frame = { from: k, to: i + 1, cue: [token], phrase };
    } else if (token.lower === 'nach' && sourceNounAfter(tokens, i) !== undefined) {
      const noun = sourceNounAfter(tokens, i) as number;
      const von = tokens[noun + 1]?.lower === 'von' ? 1 : 0;
      const next = tokens[noun + 1 + von];
      const source =
        von === 1 || (next !== undefined && (GENITIVE_ARTICLES.has(next.lower) || isNameToken(next)));
      const phrase =
        (source ? nounPhrase(tokens, noun + 1 + von) : undefined) ?? tokens.slice(i + 1, noun + 1);
      frame = { from: i, to: noun + 1 + von + phrase.length, cue: [token, tokens[noun] as Token], phrase };
      if (phrase[0] === tokens[i + 1]) frame.to = noun + 1;
    } else if (token.lower === 'nach' && i > 0 && SOURCE_NOUNS.has(tokens[i - 1]?.lower ?? '')) {
      let k = i - 1;
      // "die seiner Meinung nach …": a possessive opens the phrase, the article before it belongs to another
      while (
        k > 0 &&
        i - k < 6 &&
        isPhraseToken(tokens, k - 1) &&
        !POSSESSIVE.test((tokens[k] as Token).lower)
      )
        k--;
      frame = { from: k, to: i + 1, cue: [tokens[i - 1] as Token, token], phrase: tokens.slice(k, i - 1) };
      if (frame.phrase.length === 0) frame.phrase = [tokens[i - 1] as Token];
    } else if (token.lower === 'wonach' && tokens[i - 1]?.text === ',' && tokens[i + 1]) {
      let k = i - 1;
      while (k > 0 && i - 1 - k < 5 && isPhraseToken(tokens, k - 1)) k--;
      const phrase = tokens.slice(k, i - 1);
      const statement = [{ paragraph: sentence.paragraph, start: (tokens[i + 1] as Token).start, end }];
      if (phrase.length > 0 && statement[0] && statement[0].start < end) {
        return [framed(book, context, sentence, statement, [token], phrase)];
      }
    } else if (token.lower === 'demnach' && i === 0 && tokens[1]) {
      const statement = [{ paragraph: sentence.paragraph, start: tokens[1].start, end }];
      return [
        {
          kind: 'indirect',
          spans: statement,
          cue: [partOf(sentence.paragraph, [token]) as QuotedPart],
          mention: partOf(sentence.paragraph, [token]),
          ...(context.speaker ? { speaker: context.speaker } : {}),
          confidence: context.speaker ? 0.5 : 0.4,
          needsReview: true,
        },
      ];
    } else if (token.lower === 'so' && tokens[i - 1]?.text === ',' && i > 3) {
      const phrase = nounPhrase(tokens, i + 1);
      if (phrase && phrase.length > 0) {
        if (!inside(tokens[i - 2] as Token)) {
          const statement = [
            { paragraph: sentence.paragraph, start: sentence.start, end: (tokens[i - 1] as Token).start },
          ];
          const rest = afterInsertedSo(tokens, i, end);
          if (rest !== undefined) statement.push({ paragraph: sentence.paragraph, start: rest, end });
          return [framed(book, context, sentence, statement, [token], phrase)];
        }
        return [];
      }
    }
    if (!frame || frame.phrase.length === 0) continue;
    const spans: QuotedPart[] = [];
    const clause = subordinateClauseAround(tokens, frame.from, frame.to);
    const from = clause?.start ?? 0;
    const to = clause ? Math.min(clause.end, end) : end;
    const before = tokens.slice(from, frame.from).filter((t) => t.word);
    const afterFrame = tokens[frame.to];
    if (before.length > 0) {
      const last = tokens[frame.from - 1] as Token;
      const stop = last.text === ',' ? last.start : last.end;
      const start = clause ? (tokens[from] as Token).start : sentence.start;
      spans.push({ paragraph: sentence.paragraph, start, end: stop });
    }
    if (afterFrame) {
      const startToken =
        afterFrame.text === ',' ? tokens[afterRelativeClause(tokens, frame.to + 1)] : afterFrame;
      if (startToken && startToken.start < to)
        spans.push({ paragraph: sentence.paragraph, start: startToken.start, end: to });
    }
    if (spans.length === 0) continue;
    return [framed(book, context, sentence, spans, frame.cue, frame.phrase)];
  }
  return nounCueStatement(model, sentence, book, context) ?? colonStatement(model, sentence, book, context);
}

/**
 * "laut ndr.de", "laut ai-Bericht", "laut „tagesschau.de“": a source in lower case that no noun phrase covers — a
 * web address (words joined by full stops with no space), a compound with a capitalised part, or a quoted name.
 */
function lowerCaseSource(tokens: readonly Token[], at: number): Token[] | undefined {
  const first = tokens[at];
  // A quoted name: "laut „tagesschau.de“".
  if (first?.text === '„' || first?.text === '»') {
    const closing = first.text === '„' ? '“' : '«';
    for (let k = at + 1; k < tokens.length && k - at <= 8; k++)
      if (tokens[k]?.text === closing) return k > at + 1 ? tokens.slice(at, k + 1) : undefined;
    return undefined;
  }
  if (!first?.word) return undefined;
  if (/-\p{Lu}/u.test(first.text)) return [first];
  let end = at + 1;
  while (
    tokens[end]?.text === '.' &&
    tokens[end + 1]?.word &&
    (tokens[end - 1] as Token).end === (tokens[end] as Token).start &&
    (tokens[end] as Token).end === (tokens[end + 1] as Token).start
  )
    end += 2;
  return end > at + 1 ? tokens.slice(at, end) : undefined;
}

/**
 * "Nach Angaben der Polizei, die den Fall prüft, war …": a relative clause on the frame's source is no part of the
 * statement; the index of the token after it (or `at` itself when no relative clause starts there).
 */
function afterRelativeClause(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  const second = tokens[at + 1];
  if (
    !first ||
    !second ||
    !/^(der|die|das|dem|den|deren|dessen|denen|welche|welcher|welches)$/.test(first.lower)
  )
    return at;
  if (second.capital || isAdjective(second.lower)) return at;
  for (let k = at + 1; k < tokens.length && k - at < 25; k++) {
    const token = tokens[k] as Token;
    if (token.text === ',') return tokens[k + 1] ? k + 1 : at;
    if (endsClause(token)) return at;
  }
  return at;
}

/**
 * "…, weil die Mission nach Angaben der UN überfordert ist": a frame inside a subordinate or relative clause
 * frames that clause only. The clause runs from its conjunction or relative pronoun (after a comma, perhaps
 * behind a preposition: "unter denen") to the next comma; token index of its start and offset of its end.
 */
function subordinateClauseAround(
  tokens: readonly Token[],
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  let comma = from - 1;
  while (comma >= 0 && tokens[comma]?.text !== ',' && from - comma < 20) comma--;
  if (comma < 0 || tokens[comma]?.text !== ',') return undefined;
  const opener = tokens[comma + 1];
  const relative = tokens[comma + 2];
  const opens =
    (opener && CLAUSE_OPENERS.has(opener.lower)) ||
    // "…, unter denen …": a preposition and a relative pronoun; not the frame itself ("…, laut der Agentur, …").
    (comma + 1 !== from &&
      opener?.word &&
      !opener.capital &&
      relative &&
      /^(dem|der|denen|deren|dessen|welchem|welcher)$/.test(relative.lower));
  if (!opens) return undefined;
  let close = to;
  while (close < tokens.length && tokens[close]?.text !== ',') close++;
  const closing = tokens[close];
  return { start: comma + 1, end: closing ? closing.start : Number.POSITIVE_INFINITY };
}

/**
 * "Im Mai, so die Forscher, sei der Versuch beendet worden": an inserted "so X" whose statement goes on after
 * the next comma with the finite verb (lower case, not a name of an apposition), with a quotation ("…, so X,
 * „…“"), or with anything after a statement cut off right after its Konjunktiv verb ("Der Plan sei, so X, ein
 * Fehler"); the offset it goes on at.
 */
function afterInsertedSo(tokens: readonly Token[], so: number, end: number): number | undefined {
  const cutAfterVerb = isReportedVerbAt(tokens, so - 2);
  for (let k = so + 1; k < tokens.length && k - so < 14; k++) {
    const token = tokens[k] as Token;
    if (endsClause(token) && token.text !== ',') return undefined;
    if (token.text !== ',') continue;
    const next = tokens[k + 1];
    if (!next || next.start >= end) return undefined;
    if (next.text === '„' || next.text === '»') return next.start;
    return next.word && (!next.capital || cutAfterVerb) ? next.start : undefined;
  }
  return undefined;
}

/** Endings of compound source nouns: "Polizeiangaben", "Expertenmeinung", "Zeugenaussagen". */
const SOURCE_ENDINGS = [
  'angaben',
  'meinung',
  'aussagen',
  'berichten',
  'informationen',
  'erkenntnissen',
  'schätzungen',
];

/** "Angaben", "Stellungnahme", or a compound ending in a source noun. */
function isSourceNoun(token: Token): boolean {
  if (SOURCE_NOUNS.has(token.lower)) return true;
  return (
    token.capital && SOURCE_ENDINGS.some((e) => token.lower.length > e.length + 2 && token.lower.endsWith(e))
  );
}

/** "nach Angaben", "nach einer neuen Studie": the index of the source noun within three words after "nach". */
function sourceNounAfter(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at + 1; k < tokens.length && k <= at + 3; k++) {
    const token = tokens[k] as Token;
    if (isSourceNoun(token)) return k;
    if (!token.word || (token.capital && k > at + 1)) return undefined;
  }
  return undefined;
}

/** Walking back from "zufolge": nouns, determiners, and adjectives that follow a determiner. */
function isPhraseToken(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (!token.word) return false;
  if (token.capital || DETERMINERS.has(token.lower)) return true;
  return isAdjective(token.lower) && DETERMINERS.has(tokens[k - 1]?.lower ?? '');
}

function framed(
  book: SpeakerBook,
  context: SpeechContext,
  sentence: Sentence,
  spans: QuotedPart[],
  cue: Token[],
  phrase: Token[],
): FoundQuote {
  const resolved = book.resolve(phrase);
  const mention = partOf(sentence.paragraph, phrase);
  context.speaker = resolved?.speaker ?? context.speaker;
  return {
    kind: 'indirect',
    spans,
    cue: cue.map((t) => ({ paragraph: sentence.paragraph, start: t.start, end: t.end })),
    ...(mention ? { mention } : {}),
    ...(resolved ? { speaker: resolved.speaker } : {}),
    confidence: resolved ? 0.7 : 0.5,
    needsReview: true,
  };
}

/** "X ist der Ansicht, dass …", "der Vorwurf der Opposition, der Plan sei zu teuer": see `noun-cues.ts`. */
function nounCueStatement(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
): FoundQuote[] | undefined {
  const tokens = sentence.tokens;
  const found = nounStatementIn(tokens, insideQuotes(model, sentence.paragraph));
  if (!found) return undefined;
  const first = tokens[found.start] as Token;
  const last = tokens[found.end];
  const end = Math.min(contentEnd(model, sentence), last ? last.start : sentence.end);
  if (first.start >= end) return undefined;
  const spans = [{ paragraph: sentence.paragraph, start: first.start, end }];
  const noun = tokens[found.noun] as Token;
  if (found.source.length > 0) return [framed(book, context, sentence, spans, [noun], found.source)];
  const opening = tokens[0];
  const phrase =
    opening && (opening.capital || DETERMINERS.has(opening.lower)) ? nounPhrase(tokens, 0) : undefined;
  if (phrase && !phrase.includes(noun) && (phrase[phrase.length - 1] as Token).end <= noun.start) {
    // "Die Veranstaltung schloss mit dem Appell, …": what cannot speak leaves the statement to its noun
    if (canSpeak(phrase)) return [framed(book, context, sentence, spans, [noun], phrase)];
    const article = tokens[found.noun - 1];
    const own = article && DETERMINERS.has(article.lower) ? [article, noun] : [noun];
    return [framed(book, context, sentence, spans, [noun], own)];
  }
  return [
    {
      kind: 'indirect',
      spans,
      cue: [partOf(sentence.paragraph, [noun]) as QuotedPart],
      confidence: 0.45,
      needsReview: true,
    },
  ];
}

/** "Anna Berger: Die Brücke kommt" — a name and a colon at the start of a sentence. */
function colonStatement(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
): FoundQuote[] {
  const tokens = sentence.tokens;
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 4) return [];
  const phrase = tokens.slice(0, colon);
  if (!phrase.every(isNameToken) || (phrase.length < 2 && !book.knows(phrase))) return [];
  const next = tokens[colon + 1];
  const end = contentEnd(model, sentence);
  if (!next || insideQuotes(model, sentence.paragraph)(next) || next.start >= end) return [];
  const spans = [{ paragraph: sentence.paragraph, start: next.start, end }];
  return [framed(book, context, sentence, spans, [tokens[colon] as Token], phrase)];
}
