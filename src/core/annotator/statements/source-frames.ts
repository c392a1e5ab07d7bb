/**
 * Statements framed without a speech verb: "laut X", "X zufolge", "nach Angaben von X", "…, so X", "wonach",
 * "Demnach". Where a framed statement reaches is in `frame-extent.ts`, the source phrases in `source-phrases.ts`;
 * statements announced by a noun or a headline colon ("Berger: …") are in `announced-statements.ts`, sentences that
 * continue someone's speech without a frame of their own in `continuation.ts`.
 */
import { nounPhrase } from '../grammar/noun-phrases';
import { FIRST_PERSON_POSSESSIVES, GENITIVE_ARTICLES, POSSESSIVES } from '../lexicon/articles';
import { DATIVE_PRONOUNS, DETERMINERS } from '../lexicon/nouns';
import { CONTENT_RELATIVE_OPENERS, SOURCE_NOUNS } from '../lexicon/statement-nouns';
import { INDICATIVE_AUXILIARIES } from '../lexicon/auxiliaries';
import { MODALS } from '../lexicon/verb-forms';
import type { FoundQuote, Sentence, SpeechContext, TextModel } from '../model';
import { isNameToken } from '../speakers/naming-words';
import type { SpeakerBook } from '../speakers/speaker-book';
import type { QuotedPart } from '../text/quotation-marks';
import { contentEnd, insideQuotes, partOf } from '../text/text-model';
import type { Token } from '../text/tokens';
import { colonStatement, nounCueStatement } from './announced-statements';
import { contentRelativeAt } from './content-relatives';
import {
  afterInsertedSo,
  afterRelativeClause,
  mainClauseAround,
  parenthesisAround,
  subordinateClauseAround,
} from './frame-extent';
import { framedQuote } from './framed-quote';
import { afterLeadIn, leadInColons, MIN_WORDS_AROUND_QUOTATION } from './preposed';
import { isPhraseToken, lowerCaseSource, sourceNounAfter } from './source-phrases';
import { documentBefore, publishedBefore, publisherBefore } from './source-adverbs';

/**
 * "meiner Meinung nach", "Ihrer Ansicht nach": a first-person possessive, or the "Ihrer" of formal address (not
 * opening the sentence, where it is "her"), gives the view of whoever is talking, the writer or someone answering
 * in an interview, or asks for the addressee's: no one else's statement is reported.
 */
function ownView(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  if (!word) return false;
  return FIRST_PERSON_POSSESSIVES.has(word.lower) || (k > 0 && word.text === 'Ihrer');
}

/**
 * Whether the names from `at` on are a genitive that owns the source noun before them: "nach Angaben Israels", "nach
 * Aussagen Peter Müllers" end in "-s" (or are written with an apostrophe). A name in another case is no attribute
 * of the noun but the next phrase of the clause: in "erbeuteten nach ersten Schätzungen Schmuck" the object.
 */
function genitiveName(tokens: readonly Token[], at: number): boolean {
  let last: Token | undefined;
  for (let k = at; k < tokens.length && isNameToken(tokens[k] as Token); k++) last = tokens[k];
  return last !== undefined && /(?:[sxzß]|['’])$/.test(last.text);
}

/**
 * Statements framed by "laut", "zufolge", "nach Angaben", "so" or a colon in `sentence`, the first frame from
 * token `from` on.
 */
export function framedStatementsIn(
  model: TextModel,
  sentence: Sentence,
  book: SpeakerBook,
  context: SpeechContext,
  from = 0,
): FoundQuote[] {
  const inside = insideQuotes(model, sentence.paragraph);
  const tokens = sentence.tokens;
  const end = contentEnd(model, sentence);
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word || inside(token)) continue;
    let frame: { from: number; to: number; cue: Token[]; phrase: Token[] } | undefined;
    const relative = CONTENT_RELATIVE_OPENERS.has(token.lower) ? contentRelativeAt(tokens, i) : undefined;
    if (relative) {
      const first = tokens[relative.start] as Token;
      const last = tokens[relative.end - 1] as Token;
      const statement = [{ paragraph: sentence.paragraph, start: first.start, end: Math.min(last.end, end) }];
      const word = relative.cue.slice(-1); // "wonach", or the pronoun of "nach denen", "laut dem"
      if (first.start < end)
        return [framedQuote(book, context, sentence, statement, relative.cue, relative.phrase, word)];
    } else if (token.lower === 'laut' || token.lower === 'gemäß') {
      // "gemäß X" names a source as "laut X" does, wherever it stands: "Das Wasser stieg gemäß einem Sprecher …"
      // "laut ihm", "laut ihr": a dative pronoun is the source as a phrase would be
      const pronoun =
        tokens[i + 1] && DATIVE_PRONOUNS.has((tokens[i + 1] as Token).lower)
          ? [tokens[i + 1] as Token]
          : undefined;
      const phrase = pronoun ?? nounPhrase(tokens, i + 1) ?? lowerCaseSource(tokens, i + 1);
      if (phrase) frame = { from: i, to: i + 1 + phrase.length, cue: [token], phrase };
    } else if (token.lower === 'zufolge' && i > 0) {
      let k = i;
      // The dative phrase "zufolge" governs opens with its article: an article that is no genitive ("dem",
      // "einem", "den") starts it, and what stands before belongs to the clause ("hob Sarkozy dem Bericht
      // zufolge …"); a genitive one may be an attribute inside it ("einem Bericht der Zeitung zufolge").
      while (k > 0 && i - k < 10 && (isPhraseToken(tokens, k - 1) || nameInPhrase(tokens, k - 1))) {
        k--;
        const word = (tokens[k] as Token).lower;
        if (DETERMINERS.has(word) && !GENITIVE_ARTICLES.has(word)) break;
      }
      while (k < i && !(tokens[k] as Token).capital && !DETERMINERS.has((tokens[k] as Token).lower)) k++;
      const phrase = tokens.slice(k, i);
      if (phrase.length > 0) frame = { from: k, to: i + 1, cue: [token], phrase };
    } else if (token.lower === 'nach' && sourceNounAfter(tokens, i) !== undefined) {
      const noun = sourceNounAfter(tokens, i) as number;
      const von = tokens[noun + 1]?.lower === 'von' ? 1 : 0;
      const next = tokens[noun + 1 + von];
      const source =
        von === 1 ||
        (next !== undefined && (GENITIVE_ARTICLES.has(next.lower) || genitiveName(tokens, noun + 1)));
      const phrase =
        (source ? nounPhrase(tokens, noun + 1 + von) : undefined) ?? tokens.slice(i + 1, noun + 1);
      frame = { from: i, to: noun + 1 + von + phrase.length, cue: [token, tokens[noun] as Token], phrase };
      if (phrase[0] === tokens[i + 1]) frame.to = noun + 1;
    } else if (
      token.lower === 'nach' &&
      i > 0 &&
      SOURCE_NOUNS.has(tokens[i - 1]?.lower ?? '') &&
      !ownView(tokens, i - 2)
    ) {
      let k = i - 1;
      // "die seiner Meinung nach …": a possessive opens the phrase, the article before it belongs to another
      while (
        k > 0 &&
        i - k < 6 &&
        isPhraseToken(tokens, k - 1) &&
        !POSSESSIVES.has((tokens[k] as Token).lower)
      )
        k--;
      frame = { from: k, to: i + 1, cue: [tokens[i - 1] as Token, token], phrase: tokens.slice(k, i - 1) };
      if (frame.phrase.length === 0) frame.phrase = [tokens[i - 1] as Token];
    } else if (
      tokens[1] &&
      (token.lower === 'demnach' || (token.lower === 'danach' && i === 0 && publishedBefore(model, sentence)))
    ) {
      // "demnach" ("according to that") frames its whole clause wherever it stands: "Die Stadt ist demnach …"
      // (on train +3 matched for +6 predicted); "danach" is as often "afterwards", and means "according to it"
      // only opening the sentence after one that makes something public ("Die Bank legte ihre Zahlen vor. Danach …")
      const from = i === 0 ? tokens[1] : (tokens[0] as Token);
      const statement = [{ paragraph: sentence.paragraph, start: from.start, end }];
      // "Das geht aus dem Urteil hervor. Demnach …": with nobody speaking, the document named just before speaks;
      // the mention stays "Demnach", the word that stands for it in the sentence. After "Die Bank veröffentlichte
      // ihre Zahlen. Danach …" the one who published speaks, whoever spoke before.
      const publisher = token.lower === 'danach' ? publisherBefore(model, sentence, book) : undefined;
      const document = context.speaker || publisher ? undefined : documentBefore(model, sentence);
      const speaker =
        publisher ?? context.speaker ?? (document ? book.resolve(document)?.speaker : undefined);
      return [
        {
          kind: 'indirect',
          spans: statement,
          cue: [partOf(sentence.paragraph, [token]) as QuotedPart],
          mention: partOf(sentence.paragraph, [token]),
          ...(speaker ? { speaker } : {}),
          confidence: speaker ? 0.5 : 0.4,
        },
      ];
    } else if (token.lower === 'so' && tokens[i - 1]?.text === ',' && i >= 2) {
      // "…, so wurde der Hafen geschlossen", "…, so sollen die Gespräche …": an auxiliary or a modal after "so" is
      // the finite verb of a main clause the adverb opens, no frame ("so der Sprecher", "so schätzen Forscher").
      const next = tokens[i + 1];
      const verb = !!next && (INDICATIVE_AUXILIARIES.has(next.lower) || MODALS.has(next.lower));
      const phrase = verb ? undefined : nounPhrase(tokens, i + 1);
      if (phrase && phrase.length > 0) {
        // "Das sei „kein Zustand“, so Ortlieb": a quotation that closes a sentence opened outside quotation marks
        // is part of the statement the frame names, not the whole of it.
        const outsideBefore = tokens.slice(0, i - 1).filter((t) => t.word && !inside(t)).length;
        if (!inside(tokens[i - 2] as Token) || outsideBefore >= MIN_WORDS_AROUND_QUOTATION) {
          const stop = (tokens[i - 1] as Token).start;
          // "…, ließ sich auf nichts ein: Eine Strafe sei falsch, so X": the statement starts after a lead-in's colon
          const start = afterLeadIn(tokens, stop, leadInColons(tokens, inside), inside) ?? sentence.start;
          const statement = [{ paragraph: sentence.paragraph, start, end: stop }];
          const rest = afterInsertedSo(tokens, i, end);
          if (rest !== undefined) statement.push({ paragraph: sentence.paragraph, start: rest, end });
          return [framedQuote(book, context, sentence, statement, [token], phrase)];
        }
        return [];
      }
    }
    if (!frame || frame.phrase.length === 0) continue;
    const spans: QuotedPart[] = [];
    const clause =
      parenthesisAround(tokens, frame.from, frame.to) ??
      subordinateClauseAround(tokens, frame.from, frame.to) ??
      mainClauseAround(tokens, frame.from, frame.to);
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
    return [framedQuote(book, context, sentence, spans, frame.cue, frame.phrase)];
  }
  return nounCueStatement(model, sentence, book, context) ?? colonStatement(model, sentence, book, context);
}

/**
 * Walking back from "zufolge", names that are no ordinary capitalised word: a parenthesis ("des Verbands (VDL)"),
 * a name with a lower-case particle ("al-Dschasira"), a web address ("schiri.com").
 */
function nameInPhrase(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (token.text === '(' || token.text === ')') return true;
  if (tokens[k + 1]?.text === ')' && tokens[k - 1]?.text === '(') return true;
  if (token.text === '.') return joined(tokens[k - 1], token) && joined(token, tokens[k + 1]);
  if (!token.word) return false;
  return (
    /-\p{Lu}|\.\p{L}/u.test(token.text) ||
    (tokens[k - 1]?.text === '.' && joined(tokens[k - 1], token)) ||
    (tokens[k + 1]?.text === '.' && joined(token, tokens[k + 1]))
  );
}

/** Whether two tokens touch, with no space between them. */
function joined(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}
