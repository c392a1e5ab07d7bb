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

/**
 * The finite forms of the auxiliaries and modals by number, third person, indicative and Konjunktiv: what a subject
 * next to them must agree with ("sie sind" many, "sie ist" one).
 */
// prettier-ignore
export const AUXILIARY_NUMBER: ReadonlyMap<string, 'singular' | 'plural'> = new Map([
  ...['ist', 'war', 'sei', 'wäre', 'hat', 'hatte', 'habe', 'hätte', 'wird', 'wurde', 'werde', 'würde', 'kann',
    'konnte', 'könne', 'könnte', 'muss', 'musste', 'müsse', 'müsste', 'will', 'wollte', 'wolle', 'darf', 'durfte',
    'dürfe', 'dürfte', 'soll', 'sollte', 'solle', 'mag', 'mochte', 'möchte'].map((w) => [w, 'singular'] as const),
  ...['sind', 'waren', 'seien', 'wären', 'haben', 'hatten', 'hätten', 'werden', 'wurden', 'würden', 'können',
    'konnten', 'könnten', 'müssen', 'mussten', 'müssten', 'wollen', 'wollten', 'dürfen', 'durften', 'dürften',
    'sollen', 'sollten', 'mögen', 'mochten', 'möchten'].map((w) => [w, 'plural'] as const),
]);

/** The infinitives of the passive and the copula, which a semi-modal governs with "zu": "abgewiesen zu werden". */
export const COPULA_INFINITIVES: ReadonlySet<string> = new Set(['werden', 'sein']);
