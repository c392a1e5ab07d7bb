/**
 * Statements framed without a speech verb: "laut X", "X zufolge", "nach Angaben von X", "…, so X", a headline
 * colon ("Berger: …"), Konjunktiv sentences that continue the last speaker's reported speech, and reportative
 * "soll … haben" sentences (free indirect speech).
 */
import { endsClause } from './cues';
import { isAdjective, nounPhrase } from './subjects';
import { DETERMINERS } from './lexicon/nouns';
import { contentEnd, insideQuotes, partOf, type FoundQuote, type Sentence, type TextModel } from './model';
import { isNameToken, isRoleToken, type SpeakerBook, type SpeakerEntity } from './speakers';
import type { QuotedPart } from './text/quotation-marks';
import type { Token } from './text/tokens';
import { isReportedVerbAt } from './reported-verbs';
import { nounStatementIn } from './noun-cues';
import type { SpeechContext } from './direct';

// prettier-ignore
const SOURCE_NOUNS = new Set([
  'angaben', 'informationen', 'aussage', 'aussagen', 'darstellung', 'einschätzung', 'ansicht', 'auffassung',
  'meinung', 'worten', 'berichten', 'schätzungen', 'erkenntnissen', 'einschätzungen', 'mitteilung',
  'medienberichten', 'studie', 'bericht', 'umfrage', 'schätzung', 'untersuchung', 'polizeiangaben',
  'augenzeugenberichten', 'berichte', 'ermittlungen', 'vernehmen', 'ansicht', 'überzeugung', 'erkenntnis',
  'stellungnahme', 'analyse', 'zeugenaussagen', 'planungen', 'erkenntnisstand', 'berechnungen', 'auskunft',
  'darstellungen', 'ermittlern', 'ergebnissen', 'aussagen', 'einschätzung',
]);

/** Articles that open the genitive after a source noun: "nach Angaben der Polizei", not "nach Angaben einen …". */
const GENITIVE = new Set(['des', 'der', 'eines', 'einer']);

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
      const source = von === 1 || (next !== undefined && (GENITIVE.has(next.lower) || isNameToken(next)));
      const phrase =
        (source ? nounPhrase(tokens, noun + 1 + von) : undefined) ?? tokens.slice(i + 1, noun + 1);
      frame = { from: i, to: noun + 1 + von + phrase.length, cue: [token, tokens[noun] as Token], phrase };
      if (phrase[0] === tokens[i + 1]) frame.to = noun + 1;
    } else if (token.lower === 'nach' && i > 0 && SOURCE_NOUNS.has(tokens[i - 1]?.lower ?? '')) {
      let k = i - 1;
      while (k > 0 && i - k < 6 && isPhraseToken(tokens, k - 1)) k--;
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
 * "laut ndr.de", "laut ai-Bericht": a source in lower case that no noun phrase covers — a web address (words
 * joined by full stops with no space) or a compound with a capitalised part.
 */
function lowerCaseSource(tokens: readonly Token[], at: number): Token[] | undefined {
  const first = tokens[at];
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

// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'dass', 'daß', 'ob', 'weil', 'da', 'wenn', 'als', 'obwohl', 'nachdem', 'während', 'wobei', 'womit', 'wodurch',
  'worauf', 'wo', 'der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches',
]);

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
    (opener?.word &&
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
    return [framed(book, context, sentence, spans, [noun], phrase)];
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

/** The name or role that opens the previous sentence: who a Konjunktiv sentence far from any cue reports. */
function previousSubject(
  model: TextModel,
  index: number,
  book: SpeakerBook,
): { speaker: SpeakerEntity; mention: QuotedPart } | undefined {
  const previous = model.sentences[index - 1];
  const first = previous?.tokens[0];
  if (!previous || !first || !(first.capital || DETERMINERS.has(first.lower))) return undefined;
  const phrase = nounPhrase(previous.tokens, 0);
  if (!phrase || !phrase.some((t) => isNameToken(t) || isRoleToken(t))) return undefined;
  const resolved = book.resolve(phrase);
  const mention = partOf(previous.paragraph, phrase);
  return resolved && mention ? { speaker: resolved.speaker, mention } : undefined;
}

/** "Demnach", "Danach" opening a Konjunktiv sentence point back at its source: the mention of its speaker. */
const SOURCE_ADVERBS = new Set(['demnach', 'danach']);

/** Konjunktiv I forms that mark reported speech on their own, even far from the last cue. */
const STRONG_KONJUNKTIV = new Set([
  'sei',
  'seien',
  'habe',
  'werde',
  'könne',
  'müsse',
  'solle',
  'wolle',
  'dürfe',
  'gebe',
]);

/** Konjunktiv II modals that more often mark a hypothesis ("Dies könnte …") than reported speech. */
const HYPOTHETICAL = new Set([
  'könnte',
  'könnten',
  'müsste',
  'müssten',
  'dürfte',
  'dürften',
  'sollte',
  'sollten',
  'möchte',
  'möchten',
]);

/** Per pass over a text, the last continuation and the sentence it ends in, so that a run of them becomes one. */
const lastContinuation = new WeakMap<SpeechContext, { quote: FoundQuote; index: number; whole: boolean }>();

/**
 * "Die Armee sei überfordert." continues someone's speech as a whole, but in "Der Abzug gilt als
 * unwahrscheinlich, da die Armee überfordert sei" only the clause in Konjunktiv does: the clause after the last
 * comma before the first Konjunktiv verb (nothing before it is in Konjunktiv), up to the sentence's end.
 * Undefined when the whole sentence is reported, also when the Konjunktiv verb comes right after the comma: then
 * it is the finite verb of the main clause and all before it its first part ("Als die Wahl begann, sei die Lage
 * ruhig gewesen", "Die Opfer, zwei Kinder, seien verletzt worden").
 */
function reportedClause(
  model: TextModel,
  sentence: Sentence,
  inside: (token: Token) => boolean,
): QuotedPart | undefined {
  const tokens = sentence.tokens;
  const verb = tokens.findIndex(
    (t, k) => !inside(t) && isReportedVerbAt(tokens, k) && !HYPOTHETICAL.has(t.lower),
  );
  let comma = verb - 1;
  while (comma > 0 && (tokens[comma]?.text !== ',' || inside(tokens[comma] as Token))) comma--;
  const start = tokens[comma + 1];
  if (comma <= 0 || !start || comma + 1 === verb) return undefined;
  // "Bereits heute müssten Firmen einspringen, weil Soldaten fehlten": a Konjunktiv II before the comma, too weak
  // to mark reported speech alone, still puts the main clause into it.
  if (tokens.slice(0, comma).some((t, k) => !inside(t) && isReportedVerbAt(tokens, k))) return undefined;
  const end = contentEnd(model, sentence);
  return start.start < end ? { paragraph: sentence.paragraph, start: start.start, end } : undefined;
}

/**
 * A sentence in Konjunktiv right after someone's statement continues it ("Er sagte, … Die Lage sei ernst.");
 * "X soll … haben" reports a claim without naming who makes it, and a "soll"/"sollen" sentence right after a
 * statement reports the plan it announced (free indirect speech).
 */
export function continuationIn(
  model: TextModel,
  sentence: Sentence,
  index: number,
  context: SpeechContext,
  book: SpeakerBook,
): FoundQuote[] {
  const inside = insideQuotes(model, sentence.paragraph);
  const outside = sentence.tokens.filter((t) => !inside(t));
  if (outside.length < 3 || sentence.tokens[0]?.text === '„') return [];
  // "Ich habe …" is the indicative of an interview answer, not reported speech.
  if (outside.some((t) => t.lower === 'ich')) return [];
  const whole: QuotedPart = { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end };
  const sameParagraph = model.sentences[context.sentence]?.paragraph === sentence.paragraph;
  const recent = index - context.sentence <= 2 || (sameParagraph && index - context.sentence <= 5);
  const strong = outside.some((t) => STRONG_KONJUNKTIV.has(t.lower));
  if (recent || strong) {
    const konjunktiv = sentence.tokens.some(
      (t, k) => !inside(t) && isReportedVerbAt(sentence.tokens, k) && !HYPOTHETICAL.has(t.lower),
    );
    if (konjunktiv) {
      const opener = sentence.tokens[0] as Token;
      const guess = recent ? undefined : previousSubject(model, index, book);
      const speaker = guess?.speaker ?? context.speaker;
      const mention = SOURCE_ADVERBS.has(opener.lower)
        ? partOf(sentence.paragraph, [opener])
        : guess?.mention;
      context.sentence = index;
      if (speaker) context.speaker = speaker;
      const clause = reportedClause(model, sentence, inside);
      const last = lastContinuation.get(context);
      const lastPart = last?.quote.spans[last.quote.spans.length - 1];
      if (
        !clause &&
        last &&
        lastPart &&
        last.whole &&
        last.index === index - 1 &&
        lastPart.paragraph === sentence.paragraph &&
        last.quote.speaker === speaker
      ) {
        lastPart.end = whole.end;
        last.index = index;
        return [];
      }
      const quote: FoundQuote = {
        kind: 'indirect',
        spans: [clause ?? whole],
        cue: [],
        ...(speaker ? { speaker } : {}),
        ...(mention ? { mention } : {}),
        confidence: recent ? 0.55 : 0.4,
        needsReview: true,
      };
      lastContinuation.set(context, { quote, index, whole: !clause });
      return [quote];
    }
  }
  const modal = outside.findIndex((t) => t.lower === 'soll' || t.lower === 'sollen');
  const last = outside[outside.length - 1]?.word ? outside[outside.length - 1] : outside[outside.length - 2];
  // "X soll … gesagt haben" reports a claim; "Die Busse sollen im Depot bleiben" right after a statement
  // reports the plan just announced (the modal in the main clause, early in the sentence).
  const claim = last && (last.lower === 'haben' || last.lower === 'sein');
  const plan =
    modal >= 0 &&
    modal <= 8 &&
    index - context.sentence <= 1 &&
    !outside.slice(0, modal).some((t) => t.text === ',' || t.text === ':');
  if (modal >= 0 && (claim || plan)) {
    const speaker = index - context.sentence <= 2 ? context.speaker : undefined;
    return [
      {
        kind: 'freeIndirect',
        spans: [whole],
        cue: [],
        ...(speaker ? { speaker } : {}),
        confidence: 0.45,
        needsReview: true,
      },
    ];
  }
  return [];
}
