/** Writes `schema/article.schema.json` from the zod schema. A unit test fails when the committed file is stale. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../src/core/article/json-schema';

const target = new URL('../schema/article.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
