/** The interface languages' strings as modules: see `scripts/locale-modules.ts`. */
declare module 'virtual:locales' {
  /** The namespaces of the English locale, the reference every other locale is checked against. */
  export const namespaces: readonly string[];
  /** Per language, its strings in two parts: the namespaces of the first render, and the rest. */
  export const chunks: Record<string, readonly [first: LoadStrings, rest: LoadStrings]>;
  type LoadStrings = () => Promise<{ default: Record<string, Record<string, unknown>> }>;
}
