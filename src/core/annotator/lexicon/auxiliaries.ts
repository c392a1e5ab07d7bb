/** Forms of "werden" that make a participle passive: "wird kritisiert", "wurde berichtet", "ist gefordert worden". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'wird',
  'wurde',
  'werden',
  'wurden',
  'worden',
]);

/** The finite ones only ("worden" stands after the participle, never as the clause's finite verb). */
export const FINITE_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['wird', 'wurde', 'werden', 'wurden']);

/**
 * Finite auxiliaries and modals in the indicative. Right after a comma one opens a main clause (the finite verb of
 * a subordinate clause stands at its end), and its indicative makes that clause the writer's, not reported speech:
 * "…, dass die Fahrgäste schuld seien, wird nun doch investiert". "soll" and "sollen" are left out: they report.
 */
// prettier-ignore
export const INDICATIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann',
  'können', 'konnte', 'konnten', 'muss', 'müssen', 'musste', 'mussten', 'will', 'wollen', 'wollte', 'wollten',
  'darf', 'dürfen', 'durfte', 'durften',
]);

/** The auxiliaries of a perfect infinitive: "angegriffen haben", "verschwunden sein". */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['haben', 'sein']);

/** Forms of "sollen" that pass on a claim with a perfect infinitive: "soll … gesagt haben". */
export const REPORTATIVE_MODALS: ReadonlySet<string> = new Set(['soll', 'sollen']);
