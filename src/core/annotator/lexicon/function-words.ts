/**
 * Function words the statement rules look at to tell the shape of a clause: conjunctions that open a clause,
 * relative pronouns, prepositions, modals and auxiliaries. Lower case.
 */

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

/** Prepositions that open a noun phrase: "In einem Bericht, …". */
// prettier-ignore
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für',
  'über', 'unter', 'vor', 'gegen', 'seit',
]);

/** Finite modal verbs, indicative and Konjunktiv: "wollte nicht bestätigen", "kann man sagen". */
// prettier-ignore
export const MODALS: ReadonlySet<string> = new Set([
  'kann', 'konnte', 'können', 'konnten', 'könne', 'könnte', 'könnten', 'will', 'wollte', 'wollen', 'wollten',
  'wolle', 'möchte', 'möchten', 'muss', 'musste', 'müssen', 'müsse', 'müsste', 'soll', 'sollte', 'sollen',
  'solle', 'darf', 'durfte', 'dürfen', 'würde', 'würden',
]);

/** Auxiliaries that follow a participle at the end of its clause: "…, dass sie berichtet hat". */
// prettier-ignore
export const AUXILIARY_AFTER: ReadonlySet<string> = new Set([
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'ist', 'sind', 'war', 'waren', 'sei',
]);
