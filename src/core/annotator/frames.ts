/**
 * Statements framed without a speech verb: "laut X", "X zufolge", "nach Angaben von X", "…, so X", a headline
 * colon ("Berger: …"), Konjunktiv sentences that continue the last speaker's reported speech, and reportative
 * "soll … haben" sentences (free indirect speech).
 */
import { isAdjective, nounPhrase } from './subjects';
import { DETERMINERS } from './lexicon/nouns';
import { contentEnd, insideQuotes, partOf, type FoundQuote, type Sentence, type TextModel } from './model';
import { isNameToken, isRoleToken, type SpeakerBook, type SpeakerEntity } from './speakers';
import type { QuotedPart } from './text/quotation-marks';
import type { Token } from './text/tokens';
import { isReportedVerb } from './indirect';
import type { SpeechContext } from './direct';

// prettier-ignore
const SOURCE_NOUNS = new Set([
  'angaben', 'informationen', 'aussage', 'aussagen', 'darstellung', 'einschätzung', 'ansicht', 'auffassung',
  'meinung', 'worten', 'berichten', 'schätzungen', 'erkenntnissen', 'einschätzungen', 'mitteilung',
  'medienberichten', 'studie', 'bericht', 'umfrage', 'schätzung', 'untersuchung', 'polizeiangaben',
  'augenzeugenberichten', 'berichte', 'ermittlungen', 'vernehmen', 'ansicht', 'überzeugung', 'erkenntnis',
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
      const phrase = nounPhrase(tokens, i + 1);
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
    } else if (token.lower === 'demnach' && i === 0 && tokens[1] && context.speaker) {
      const statement = [{ paragraph: sentence.paragraph, start: tokens[1].start, end }];
      return [
        {
          kind: 'indirect',
          spans: statement,
          cue: [partOf(sentence.paragraph, [token]) as QuotedPart],
          mention: partOf(sentence.paragraph, [token]),
          speaker: context.speaker,
          confidence: 0.5,
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
          return [framed(book, context, sentence, statement, [token], phrase)];
        }
        return [];
      }
    }
    if (!frame || frame.phrase.length === 0) continue;
    const spans: QuotedPart[] = [];
    const before = tokens.slice(0, frame.from).filter((t) => t.word);
    const afterFrame = tokens[frame.to];
    if (before.length > 0) {
      const last = tokens[frame.from - 1] as Token;
      const stop = last.text === ',' ? last.start : last.end;
      spans.push({ paragraph: sentence.paragraph, start: sentence.start, end: stop });
    }
    if (afterFrame) {
      const startToken = afterFrame.text === ',' ? tokens[frame.to + 1] : afterFrame;
      if (startToken && startToken.start < end)
        spans.push({ paragraph: sentence.paragraph, start: startToken.start, end });
    }
    if (spans.length === 0) continue;
    return [framed(book, context, sentence, spans, frame.cue, frame.phrase)];
  }
  return nounCueStatement(model, sentence, book, context) ?? colonStatement(model, sentence, book, context);
}

/** "nach Angaben", "nach einer neuen Studie": the index of the source noun within three words after "nach". */
function sourceNounAfter(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at + 1; k < tokens.length && k <= at + 3; k++) {
    const token = tokens[k] as Token;
    if (SOURCE_NOUNS.has(token.lower)) return k;
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

/** Nouns that announce what someone says or thinks: "ist der Ansicht, dass …", "mit der Begründung, dass …". */
// prettier-ignore
const STATEMENT_NOUNS = new Set([
  'ansicht', 'meinung', 'auffassung', 'überzeugung', 'hypothese', 'begründung', 'forderung', 'vorwurf',
  'hinweis', 'erklärung', 'aussage', 'behauptung', 'warnung', 'befürchtung', 'hoffnung', 'einschätzung',
  'feststellung', 'schluss', 'ergebnis', 'angst', 'sorge', 'eindruck', 'standpunkt', 'position', 'vermutung',
  'verdacht', 'kritik', 'drohung', 'zusage', 'versprechen', 'ankündigung', 'mitteilung', 'bericht',
  'berichten', 'meldung', 'theorie',
]);

/** "X ist der Ansicht, dass …": a statement noun, a comma and a dass/ob clause. */
function nounCueStatement(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
): FoundQuote[] | undefined {
  const tokens = sentence.tokens;
  const inside = insideQuotes(model, sentence.paragraph);
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if ((token.lower !== 'dass' && token.lower !== 'ob') || tokens[i - 1]?.text !== ',') continue;
    const noun = tokens[i - 2] as Token;
    if (!noun.capital || !STATEMENT_NOUNS.has(noun.lower) || inside(token)) continue;
    const end = contentEnd(model, sentence);
    if (token.start >= end) return undefined;
    const spans = [{ paragraph: sentence.paragraph, start: token.start, end }];
    const first = tokens[0];
    const phrase =
      first && (first.capital || DETERMINERS.has(first.lower)) ? nounPhrase(tokens, 0) : undefined;
    if (phrase && phrase[phrase.length - 1] !== noun && !phrase.includes(noun)) {
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
  return undefined;
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

/**
 * A sentence in Konjunktiv right after someone's statement continues it ("Er sagte, … Die Lage sei ernst.");
 * "X soll … haben" reports a claim without naming who makes it (free indirect speech).
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
  const whole: QuotedPart = { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end };
  const sameParagraph = model.sentences[context.sentence]?.paragraph === sentence.paragraph;
  const recent = index - context.sentence <= 2 || (sameParagraph && index - context.sentence <= 5);
  const strong = outside.some((t) => STRONG_KONJUNKTIV.has(t.lower));
  if (recent || strong) {
    const konjunktiv = outside.some((t) => isReportedVerb(t) && !HYPOTHETICAL.has(t.lower));
    if (konjunktiv) {
      const opener = sentence.tokens[0] as Token;
      const guess = recent ? undefined : previousSubject(model, index, book);
      const speaker = guess?.speaker ?? context.speaker;
      const mention = SOURCE_ADVERBS.has(opener.lower)
        ? partOf(sentence.paragraph, [opener])
        : guess?.mention;
      context.sentence = index;
      if (speaker) context.speaker = speaker;
      return [
        {
          kind: 'indirect',
          spans: [whole],
          cue: [],
          ...(speaker ? { speaker } : {}),
          ...(mention ? { mention } : {}),
          confidence: recent ? 0.55 : 0.4,
          needsReview: true,
        },
      ];
    }
  }
  const modal = outside.findIndex((t) => t.lower === 'soll' || t.lower === 'sollen');
  const last = outside[outside.length - 1]?.word ? outside[outside.length - 1] : outside[outside.length - 2];
  if (modal >= 0 && last && (last.lower === 'haben' || last.lower === 'sein')) {
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
