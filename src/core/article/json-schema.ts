/** The JSON Schema that users and other tools see, generated from the one zod schema (never written twice). */
import { z } from 'zod';
import { Article, SCHEMA_VERSION } from './schema';

/**
 * The article format as JSON Schema (draft 2020-12). Relations that JSON Schema cannot express (anchors that
 * must match their paragraph, ids defined once, declared languages, possible dates) are described in
 * `description` and checked by `npm run validate`.
 */
export function articleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Article, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...generated,
    $id: `https://stimmen.invalid/schema/article-v${SCHEMA_VERSION}.json`,
    title: `Stimmen article, format version ${SCHEMA_VERSION}`,
    description:
      'An annotated news article: text per language, speakers, quotes anchored to the text and dated events. ' +
      'Spans are UTF-16 offsets into a paragraph, half-open, with the exact text. Beyond this schema, ' +
      '`npm run validate` checks that anchors match, ids are defined once and referenced ids exist, languages ' +
      'are declared, spans of one quote do not overlap and dates exist.',
  };
}
