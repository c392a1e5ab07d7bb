/**
 * An interview printed as turns: paragraphs that open with a question label and a colon ("Frage: Was wollen Sie
 * tun?") and paragraphs that open with the interviewee's name and a colon ("Feldmann: Wir werben um Lehrkräfte.
 * Das dauert."). An answer is the interviewee's own words, verbatim though printed without quotation marks, so it
 * is one direct quote: the whole paragraph after the label. A question is the interviewer's and no quote; many
 * papers print it with no label, in bold, so a paragraph that ends with a question mark is one too — when at least
 * {@link MIN_ANSWERS_AFTER_BARE_QUESTIONS} answers show the layout, since a lone "Name: …" line after a rhetorical
 * question is no interview. A text is read as an interview only when it has both kinds of turn; a list of topics
 * with colons ("Bildung: …") or a single "Name: …" line is left to the other rules.
 */
import { QUESTION_LABELS, TEXT_KIND_LABELS } from '../lexicon/quoting-words';
import type { FoundQuote, TextModel } from '../model';
import type { PassState } from '../pass-state';
import { isNameToken } from '../speakers/naming-words';
import { partOf } from '../text/text-model';
import type { Token } from '../text/tokens';

/** How many words a name before an answer's colon may have: "Feldmann:", "Eva Feldmann:", "Eva Maria Feldmann:". */
const MAX_LABEL_WORDS = 3;

/**
 * Answers a text needs before its unlabelled questions count: one "Name: …" paragraph after a question may be a
 * quoted line in a report ("Wie geht es weiter? Berger: Die Brücke kommt"), two are the layout of an interview.
 */
const MIN_ANSWERS_AFTER_BARE_QUESTIONS = 2;

/** Confidence of an answer: its speaker is named by the text's own layout, not guessed. */
const ANSWER_CONFIDENCE = 0.8;

/** One paragraph of an interview: the interviewer's question, or an answer with the name that labels it. */
export type InterviewTurn = { kind: 'question' } | { kind: 'answer'; label: readonly Token[] };

/**
 * The turns of an interview in `model`, by paragraph index; empty when the text is no interview (it needs at least
 * one question and one answer). Reads the first sentence of each paragraph once.
 */
export function interviewTurns(model: TextModel): ReadonlyMap<number, InterviewTurn> {
  const turns = new Map<number, InterviewTurn>();
  const bare = new Set<number>();
  let labelled = 0;
  let answers = 0;
  let previous = -1;
  for (const sentence of model.sentences) {
    if (sentence.paragraph === previous) continue;
    previous = sentence.paragraph;
    const turn = turnOpening(sentence.tokens);
    if (turn?.kind === 'answer') answers++;
    else if (turn) labelled++;
    else if (model.paragraphs[sentence.paragraph]?.text.trimEnd().endsWith('?')) bare.add(sentence.paragraph);
    if (turn) turns.set(sentence.paragraph, turn);
  }
  if (answers === 0) return new Map();
  if (answers >= MIN_ANSWERS_AFTER_BARE_QUESTIONS)
    for (const paragraph of bare) turns.set(paragraph, { kind: 'question' });
  return labelled > 0 || (bare.size > 0 && answers >= MIN_ANSWERS_AFTER_BARE_QUESTIONS) ? turns : new Map();
}

/** The turn a paragraph's first tokens open: a question label or a name, then a colon at once. */
function turnOpening(tokens: readonly Token[]): InterviewTurn | undefined {
  const colon = tokens.findIndex((t, k) => t.text === ':' || k > MAX_LABEL_WORDS);
  if (colon < 1 || tokens[colon]?.text !== ':' || colon + 1 >= tokens.length) return undefined;
  const label = tokens.slice(0, colon);
  const only = label.length === 1 ? (label[0] as Token).lower : undefined;
  if (only !== undefined && QUESTION_LABELS.has(only)) return { kind: 'question' };
  if (only !== undefined && TEXT_KIND_LABELS.has(only)) return undefined;
  return label.every(isNameToken) ? { kind: 'answer', label } : undefined;
}

/**
 * The quotes of sentence `index` when its paragraph is an interview turn: for an answer's first sentence, the
 * answer as one direct quote of the person its label names; nothing for the turn's other sentences and for
 * questions. `undefined` outside interview turns, where the other stages read the sentence.
 */
export function interviewTurnIn(
  state: PassState,
  turns: ReadonlyMap<number, InterviewTurn>,
  index: number,
): FoundQuote[] | undefined {
  const { model, book, speech } = state;
  const sentence = model.sentences[index];
  const turn = sentence && turns.get(sentence.paragraph);
  if (!sentence || !turn) return undefined;
  const first = model.sentences[index - 1]?.paragraph !== sentence.paragraph;
  if (turn.kind === 'question' || !first) return [];
  const text = model.paragraphs[sentence.paragraph]?.text ?? '';
  const colon = sentence.tokens[turn.label.length] as Token;
  const opening = sentence.tokens[turn.label.length + 1] as Token;
  const resolved = book.resolve(turn.label);
  const mention = partOf(sentence.paragraph, turn.label);
  if (resolved) speech.speaker = resolved.speaker;
  speech.sentence = index;
  return [
    {
      kind: 'direct',
      spans: [{ paragraph: sentence.paragraph, start: opening.start, end: text.length }],
      cue: [{ paragraph: sentence.paragraph, start: colon.start, end: colon.end }],
      ...(resolved && mention ? { speaker: resolved.speaker, mention } : {}),
      confidence: ANSWER_CONFIDENCE,
    },
  ];
}
