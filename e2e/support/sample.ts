/** The shipped sample article, as the build finds it: the first article file in `public/articles/`. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../../src/core/article/schema';

export function sampleArticle(): Article {
  const file = readdirSync(resolve('public/articles'))
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .sort()[0];
  if (!file) throw new Error('public/articles holds no article');
  return JSON.parse(readFileSync(resolve('public/articles', file), 'utf8')) as Article;
}
