/**
 * Prepositions, in the subsets the rules need: which open a noun phrase, which name a source or a medium,
 * which open an attribute or an apposition. Lower case; contractions ("im", "vom") included where a rule needs them.
 */
import { DEFINITE_ARTICLE_FORMS } from './articles';

/** Words that open a genitive or prepositional attribute: what follows is no longer the phrase's head. */
export const ATTRIBUTE_OPENERS: ReadonlySet<string> = new Set([
  'des',
  'der',
  'von',
  'vom',
  'eines',
  'einer',
  'im',
  'in',
  'aus',
  'bei',
  'für',
  'am',
  // "eine Maschine mit 154 Passagieren an Bord": a prepositional attribute does not make its noun speak
  'mit',
  'ohne',
  'an',
  'auf',
  'über',
  'gegen',
  'zu',
  'zum',
  'zur',
  'unter',
  'um',
]);

export const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'im', 'aus', 'auf', 'bei', 'beim']);

/** Prepositions that name the medium of a passive "zitieren": "von der Zeitung", "im Fachblatt", "auf der Website". */
export const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set([
  'von',
  'vom',
  'in',
  'im',
  'auf',
  'bei',
  'beim',
]);

/** Prepositions, which open no subject. */
// prettier-ignore
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'trotz', 'wegen', 'angesichts', 'innerhalb', 'außerhalb', 'ohne', 'durch', 'neben', 'zwischen', 'hinter',
  'statt', 'dank', 'gemäß', 'entgegen', 'außer', 'per', 'pro', 'ab', 'vom', 'beim', 'ins', 'laut', 'infolge',
  'am', 'im', 'in', 'auf', 'vor', 'bei', 'gegenüber', 'während', 'nach', 'zu', 'zum', 'zur', 'mit', 'über',
  'an', 'aus', 'für', 'gegen', 'seit', 'bis', 'unter', 'um', 'von',
]);

/** Words that open a genitive attribute after a noun: "der Leiter des Amts", "die Sprecherin von Greenpeace". */
export const GENITIVE_OPENERS: ReadonlySet<string> = new Set(['des', 'der', 'von', 'vom']);

export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'von',
  'vom',
  'mit',
  'zu',
  'zur',
  'zum',
  'für',
  'über',
  'als',
  'auf',
  'in',
  'im',
]);

/** Prepositions of the attributes a name's apposition holds: "Sprecher der Behörde in Bonn". */
const APPOSITION_PREPOSITIONS = ['in', 'im', 'von', 'vom', 'für', 'aus', 'bei', 'beim', 'am', 'an'];

/** Lower-case words inside an apposition set off by commas ("Anna Thomas, Sprecherin der Behörde in Bonn,"). */
export const APPOSITION_INNER_WORDS: ReadonlySet<string> = new Set([
  ...DEFINITE_ARTICLE_FORMS,
  ...APPOSITION_PREPOSITIONS,
]);

/** Lower-case words between a preposed statement's name and its cue that hold no verb. */
// prettier-ignore
export const APPOSITION_WORDS: ReadonlySet<string> = new Set([
  ...APPOSITION_PREPOSITIONS, 'der', 'des',
  // Adverbials after the name that hold no verb either: "…, General Anna Weber, heute anlässlich einer Konferenz".
  'heute', 'gestern', 'anlässlich', 'während', 'auf', 'vor', 'nach', 'gegenüber', 'zum', 'zur', 'mit',
]);

/** Lower-case words inside an apposition without a verb: genitive articles, prepositions ("des Amts für …"). */
export const APPOSITION_ATTRIBUTE_WORDS: ReadonlySet<string> = new Set(['des', 'der', 'von', 'für']);

/** Words that name who speaks right after a statement noun: "der Vorwurf der Opposition", "Anfragen von Anwohnern". */
export const SPEAKER_ATTRIBUTE_OPENERS: ReadonlySet<string> = new Set(['der', 'des', 'von', 'vom']);

export const AGENT_OR_PREDICATE: ReadonlySet<string> = new Set(['als', 'von', 'vom']);

/** Prepositions that open a noun phrase: "In einem Bericht, …". */
// prettier-ignore
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für',
  'über', 'unter', 'vor', 'gegen', 'seit',
]);

/**
 * Prepositions inside a noun phrase before a speech verb's comma, besides `PREPOSITIONS`: "Der Gewinn, unter
 * anderem durch geringere Kosten, …", "Die Mittel, ohne die Zuschüsse des Bundes, …".
 */
// prettier-ignore
export const PHRASE_INNER_PREPOSITIONS: ReadonlySet<string> = new Set([
  'durch', 'ohne', 'wegen', 'trotz', 'zwischen', 'neben', 'bis', 'anderem',
]);

/** Prepositions that put a place name in a place: "in Lindau", "aus Bad Homburg", "nach Genf", "nahe Kassel". */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'aus', 'nach', 'nahe'];

/**
 * Postpositions: they follow the phrase they govern ("ihr gegenüber", "dem Bericht zufolge", "den Kindern
 * zuliebe"), which is then a dative, never the subject.
 */
export const POSTPOSITIONS: ReadonlySet<string> = new Set(['gegenüber', 'zufolge', 'zuliebe', 'entgegen']);

/** "von" and its contraction: the agent of a passive ("vom Wetterdienst"), what was told ("berichtete von …"). */
export const VON: ReadonlySet<string> = new Set(['von', 'vom']);

/**
 * Prepositions that open an attribute between a statement noun and its clause ("Anfragen an den Provider, …", "die
 * Forderung nach Neuwahlen, …"); not "über", which names a topic whose own noun takes the clause.
 */
export const STATEMENT_ATTRIBUTE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'an',
  'nach',
  'gegen',
  'zu',
  'zur',
  'zum',
  'auf',
]);

/**
 * The words that frame a statement by its source without a speech verb: "laut X", "X zufolge", "nach Angaben X",
 * "gemäß X" (`statements/source-frames.ts`); a statement noun's cue ("die Forderung, …") is none of them.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set(['laut', 'zufolge', 'nach', 'gemäß']);

/** Prepositions that name where an impersonal statement was made: "In der Erklärung hieß es". */
export const SOURCE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'im', 'bei', 'beim', 'auf']);

/** Prepositions after "sprechen" that give what was said, not whom to: "sprach von einem Erfolg", "über den Plan". */
export const SPEAKING_OF_PREPOSITIONS: ReadonlySet<string> = new Set(['von', 'vom', 'über']);

/**
 * Words that mark a predicative of the object, which makes a verb of saying a judgement: "hat den Plan für zulässig
 * erklärt", "bezeichnete ihn als gescheitert".
 */
export const PREDICATIVE_MARKERS: ReadonlySet<string> = new Set(['für', 'als']);

/** A preposition whose phrase after an institution's noun is part of its name: "das Bundesamt für Migration". */
export const NAME_ATTRIBUTE_PREPOSITIONS: ReadonlySet<string> = new Set(['für']);
