/**
 * Prepositions, in the subsets the rules need: which open a noun phrase, which name a source or a medium,
 * which open an attribute or an apposition. Lower case; contractions ("im", "vom") included where a rule needs them.
 */

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

// prettier-ignore
export const APPOSITION_WORDS: ReadonlySet<string> = new Set([
  'in', 'im', 'von', 'vom', 'der', 'des', 'für', 'aus', 'bei', 'beim', 'am', 'an',
  // Adverbials after the name that hold no verb either: "…, General Anna Weber, heute anlässlich einer Konferenz".
  'heute', 'gestern', 'anlässlich', 'während', 'auf', 'vor', 'nach', 'gegenüber', 'zum', 'zur', 'mit',
]);

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
