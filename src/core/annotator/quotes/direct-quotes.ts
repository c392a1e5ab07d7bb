/**
 * Direct quotes: which quoted passages are speech, who said them, and which belong together. A passage is speech
 * when a cue stands next to it („…“, sagte Berger / Berger sagte: „…“), when its sentence has a speech verb or
 * reported speech around it (a partial quote), or when it is a whole sentence that follows a speaker. Short
 * passages of capitalised words (titles, ships, missions) and scare quotes with no speech around them are left out.
 */
import { COMPARISON_PARTICLES } from '../lexicon/conjunctions';
import type { FoundQuote, Sentence } from '../model';
import { nextPassage, type PassState } from '../pass-state';
import { partOf, sentenceAt } from '../text/text-model';
import { OBJECT_PREPOSITIONS } from '../lexicon/prepositions';
import { tokenIndexAt, type Token } from '../text/tokens';
import { afterIndefinite, inLabelSlot, isLabellingVerb, labelledAs, nennenPredicate } from './labels';
import {
  citedTerm,
  citesMaxim,
  clauseLike,
  looksLikeTitle,
  namedByContext,
  scareQuotedAdjective,
  scareQuotedWords,
} from './quoted-names';
import {
  foreignWords,
  inListOfWorks,
  knownAs,
  passageWords,
  previousInList,
  translatesPrevious,
} from './name-contexts';
import { attributed, cueAfter, cueBefore, verbRightAfter, type Attribution } from './adjacent-cues';
import {
  afterWords,
  cueAround,
  paragraphHasCue,
  quotedFragment,
  sentenceSubject,
  sourceFramed,
  speechNounBefore,
  startsSentence,
} from './speech-around';

/** A speaker named only by a noun for what they said ("die Aussagen der Regierung") is a fair guess, no more. */
const SPEECH_NOUN_CONFIDENCE = 0.6;

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
    const words = passageWords(model, passage);
    // A name given again ("die „Nordlicht“-Gruppe … die „Nordlicht“ teilte mit") stays a name, and so does a
    // title listed after one ("in „Nackt im Regen“ oder „…“").
    const listedAfter = previousInList(model, passage);
    if (listedAfter !== undefined && state.quotedNames.has(listedAfter)) {
      state.quotedNames.add(words);
      continue;
    }
    if (!fragment && state.quotedNames.has(words)) continue;
    // A title in a list of works or a name something is known by may be a lower-case phrase ("„wo die Linden
    // blühen“"); a naming noun before a lower-case fragment is more often a cited phrase.
    // "nannte die Haltung des Clubs „rückwärtsgewandt“": the predicate of "nennen" judges, whatever noun precedes it
    const predicate = passage.parts.length === 1 && nennenPredicate(model, sentence, first);
    const named = !fragment && !predicate && namedByContext(model, passage);
    if (named || inListOfWorks(model, passage) || knownAs(model, passage)) {
      state.quotedNames.add(words);
      continue;
    }
    if (citesMaxim(model, passage) || translatesPrevious(model, passage)) continue;
    if (scareQuotedAdjective(model, passage) || citedTerm(model, passage)) continue;
    const startSentence = sentences[sentenceAt(sentences, first.paragraph, first.start)] ?? sentence;
    const after = cueAfter(model, sentence, last, book);
    // "Wie „beispiel online“ berichtet": the quoted words are the verb's subject.
    if (!after && verbRightAfter(model, sentence, last)) continue;
    // "der Chefredakteur der „Abendpost“, sagte": a name inside the speaker's phrase, not the words said.
    if (after && looksLikeTitle(model, passage) === 'name') {
      state.quotedNames.add(words);
      continue;
    }
    const adjacent = after ?? cueBefore(model, startSentence, first.start, book, context);
    // A colon alone ("Motto: „…“", "kurz: „…“") is a cue only when the passage does not look like a name.
    const formula = afterWords(model, first);
    const title =
      (adjacent && adjacent.cue.length > 0) || formula ? undefined : looksLikeTitle(model, passage);
    // "„Let it be“", "„safer Sex“": words in another language with no cue next to them are a title or a term.
    if (!adjacent && !formula && foreignWords(model, passage)) {
      state.quotedNames.add(words);
      continue;
    }
    if (title === 'name' && !predicate) {
      state.quotedNames.add(words);
      continue;
    }
    const around = adjacent ? undefined : cueAround(model, memo, startSentence, first.start, book, context);
    if (around && !predicate && inMention(around, first.start)) {
      state.quotedNames.add(words);
      continue;
    }
    const labelled = labelledAs(model, startSentence, first, title === 'capitalised');
    const characterised = around !== undefined && around.cue.length > 0 && afterIndefinite(model, first);
    if (
      title === 'capitalised' &&
      !labelled &&
      !characterised &&
      !(names(around) && inLabelSlot(model, first))
    ) {
      state.quotedNames.add(words);
      continue;
    }
    const recent = context.speaker && index - context.sentence <= 3 ? context.speaker : undefined;
    const sameParagraph = sentences[context.sentence]?.paragraph === first.paragraph;
    const whole = startsSentence(startSentence, first.start);
    const spoken = adjacent || around ? undefined : speechNounBefore(model, startSentence, first.start);
    const framed = sourceFramed(model, startSentence);
    // "aus dem „ruhigen“ wurde ein „schickes“ Viertel": a scare quote needs speech in its own sentence.
    if (!adjacent && !around && !spoken && !framed && !labelled && scareQuotedWords(model, passage)) continue;
    if (
      !adjacent &&
      !around &&
      !spoken &&
      !whole &&
      !framed &&
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
      (spoken ? attributed(book, [spoken.noun], spoken.phrase, SPEECH_NOUN_CONFIDENCE) : undefined) ??
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
  return !mention.some((t) => t.end <= start && COMPARISON_PARTICLES.has(t.lower));
}

function names(attribution: Attribution | undefined): boolean {
  const verb = attribution?.verb;
  return verb !== undefined && isLabellingVerb(verb);
}
