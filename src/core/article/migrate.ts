/**
 * Format versions, in one place. Each older version gets a function that lifts it one step; an unknown or future
 * version is refused with a message that says which versions this reader understands.
 */
import { articleProblem, type ArticleProblem } from './problems';
import { SCHEMA_VERSION } from './schema';

type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` lifts version n to n + 1.
 * - 1 → 2: version 2 only added optional fields (a speaker's `key` and `wikidata`, `translations`, a span's
 *   `approximate`), so every version 1 article is a version 2 article with the new number.
 */
const MIGRATIONS: Record<number, Migration> = {
  1: (v1) => ({ ...v1, schemaVersion: 2 }),
};

export type MigrationResult = { ok: true; value: unknown } | { ok: false; problems: ArticleProblem[] };

/** Brings an article of any known version up to {@link SCHEMA_VERSION}; leaves other shapes to the schema. */
export function migrateArticle(value: unknown): MigrationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [articleProblem('(article)', { code: 'notAnObject', type: jsonType(value) })],
    };
  }
  let article = value as Record<string, unknown>;
  let version = article.schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      problems: [articleProblem('schemaVersion', { code: 'missingVersion', version: SCHEMA_VERSION })],
    };
  }
  while (typeof version === 'number' && version < SCHEMA_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    article = migrate(article);
    version = article.schemaVersion;
  }
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        articleProblem('schemaVersion', {
          code: 'unsupportedVersion',
          given: JSON.stringify(version),
          version: SCHEMA_VERSION,
        }),
      ],
    };
  }
  return { ok: true, value: article };
}

/** What a JSON value that is not an object is. */
function jsonType(value: unknown): 'array' | 'null' | 'string' | 'number' | 'boolean' | 'other' {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'other';
}
