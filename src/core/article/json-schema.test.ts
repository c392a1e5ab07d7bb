import { describe, expect, it } from 'vitest';
import committed from '../../../schema/article.schema.json';
import { articleJsonSchema } from './json-schema';

describe('schema/article.schema.json', () => {
  it('is generated from the zod schema (run `npm run schema` when this fails)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(articleJsonSchema())));
  });
});
