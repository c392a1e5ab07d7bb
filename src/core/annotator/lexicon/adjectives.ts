/**
 * Adjectives the rules look for. Lower case.
 */

/** Adjectives of a conviction or a hope that announce what someone thinks: "zeigte sich zuversichtlich, dass …". */
// prettier-ignore
export const ATTITUDES: ReadonlySet<string> = new Set([
  'zuversichtlich', 'überzeugt', 'optimistisch', 'skeptisch', 'besorgt', 'zufrieden', 'enttäuscht', 'froh',
  'einig', 'bereit', 'gewiss', 'sicher', 'bewusst',
]);
