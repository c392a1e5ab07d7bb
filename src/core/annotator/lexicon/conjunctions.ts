/**
 * Conjunctions, in the subsets the rules need: coordinating ones, the ones that open a subordinate clause (with
 * or without the relative pronouns that do the same), and those that open a comment or a contrast after a
 * statement. Lower case.
 */

export const COORDINATORS: ReadonlySet<string> = new Set(['und', 'sowie', 'oder']);

/** The conjunctions that join the last member of a list of nouns: "Verkehr, Bau und Tourismus". */
export const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'oder']);

/** Conjunctions that open a subordinate clause before its subject: "…, indem er sagte, …", "da sie befürchten". */
// prettier-ignore
export const SUBORDINATING: ReadonlySet<string> = new Set([
  'indem', 'weil', 'nachdem', 'obwohl', 'wobei', 'während', 'wenn', 'da', 'dass', 'ob', 'sodass', 'bevor', 'sobald',
]);

/** Conjunctions that open a main clause before its subject: "Aber die Polizei warnte". */
export const COORDINATING: ReadonlySet<string> = new Set([
  'aber',
  'und',
  'doch',
  'denn',
  'oder',
  'sondern',
  'jedoch',
]);

// prettier-ignore
export const SUBORDINATORS_AND_RELATIVES: ReadonlySet<string> = new Set([
  'denen', 'dem', 'den', 'deren', 'dessen', 'welcher', 'welche', 'welchem', 'als', 'nachdem', 'weil', 'wobei',
  'wie', 'wo', 'während', 'da', 'obwohl', 'indem', 'nachdem', 'bevor', 'ehe', 'sobald', 'wenn', 'zumal', 'falls',
  'seitdem', 'solange', 'sofern', 'soweit', 'sodass',
]);

/** Subordinating conjunctions, which can open a sentence: "Wie die Polizei mitteilte, …". */
// prettier-ignore
export const CLAUSE_OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'als', 'nachdem', 'weil', 'wie', 'während', 'da', 'obwohl', 'indem', 'bevor', 'ehe', 'sobald', 'wenn', 'zumal',
  'falls', 'seitdem', 'solange', 'sofern', 'soweit', 'sodass', 'wobei',
]);

// prettier-ignore
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'dass', 'daß', 'ob', 'weil', 'da', 'wenn', 'als', 'obwohl', 'nachdem', 'während', 'wobei', 'womit', 'wodurch',
  'worauf', 'wo', 'der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches',
]);

/**
 * Words that open a subordinate or relative clause after a comma, in which a frame ("laut X", "nach Angaben X")
 * frames that clause only: the clause openers, the subordinating conjunctions, and "was" ("…, was nach Ansicht der
 * Händler am Wetter lag").
 */
export const FRAMED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...CLAUSE_OPENERS,
  ...SUBORDINATORS_AND_RELATIVES,
  'was',
]);

/** Openers of a clause after a zu-infinitive that is the writer's comment: "…, zu erhalten, was nicht bestätigt wurde". */
export const COMMENT_OPENERS: ReadonlySet<string> = new Set([
  'wobei',
  'was',
  'nachdem',
  'woraufhin',
  'wodurch',
  'womit',
  'obwohl',
  'obgleich',
]);

/** Conjunctions that open a clause of the writer's after a statement: "…, doch der Minister erklärte". */
export const CONTRASTING: ReadonlySet<string> = new Set([
  'doch',
  'aber',
  'jedoch',
  'sondern',
  'und',
  'während',
]);

/** Conjunctions that open a reported clause: "sagte, dass …", "fragte, ob …". */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['dass', 'ob', 'daß']);

/** Words that open a relative clause, an infinitive or a subordinate clause after a comma, not a main clause. */
// prettier-ignore
export const RELATIVE_OR_INFINITIVE: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'wo', 'um', 'als', 'wenn',
  'weil', 'und', 'zu',
]);

/** Conjunctions that open a subordinate clause: "Während die Abgeordneten zustimmten, …". */
// prettier-ignore
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([
  'während', 'da', 'weil', 'wenn', 'falls', 'obwohl', 'obgleich', 'nachdem', 'als', 'seit', 'seitdem', 'bevor',
  'sobald', 'sofern', 'solange', 'indem', 'damit', 'um',
]);

/**
 * Words that open a continuing clause ("weiterführender Nebensatz"): it adds a statement of its own about what the
 * main clause told, with its own subject, so a reporting verb at its end reports as one in a main clause does
 * ("…, wobei die Regierung den Plan kritisierte"). "was" is not among them: its subject is the clause before.
 */
export const CONTINUING_OPENERS: ReadonlySet<string> = new Set(['wobei', 'woraufhin', 'worauf']);

/**
 * Conjunctions whose clause may hold a report of its own: "…, während die Zeitung von 900 Toten sprach" sets one
 * source against another, "Nachdem die Behörden vor dem Sturm gewarnt hatten, …" reports what came before. (On
 * train "obwohl", "da", "seit", "bevor" added nothing; "als", "weil", "indem" only false reports.)
 */
export const REPORT_SUBORDINATORS: ReadonlySet<string> = new Set(['während', 'nachdem']);

/**
 * Conjunctions of an adverbial clause that follows a report without being part of what was reported: a concession,
 * a reason or a time given by the writer ("… wird vom Verband als zu teuer bezeichnet, obwohl …"). Not "um",
 * "damit", "indem", "als", "wie", whose clauses say what the report was for or how it went.
 */
// prettier-ignore
export const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new Set([
  'während', 'da', 'weil', 'wenn', 'falls', 'obwohl', 'obgleich', 'nachdem', 'seit', 'seitdem', 'bevor', 'sobald',
  'sofern', 'solange',
]);

/** The particles of a comparison: "wie erwartet", "früher als erwartet". */
export const COMPARISON_PARTICLES: ReadonlySet<string> = new Set(['wie', 'als']);

/** Conjunctions that add a further clause or phrase of the same kind: "und", "sowie". */
export const ADDING_CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'sowie']);

/** Conjunctions that open an infinitive clause of purpose or manner: "um … zu", "ohne … zu", "statt … zu". */
export const INFINITIVE_CONJUNCTIONS: ReadonlySet<string> = new Set(['um', 'ohne', 'statt', 'anstatt']);
