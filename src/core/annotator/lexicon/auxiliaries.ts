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
