import type { Article } from '../core/article/schema';
import { articleQueryKey } from '../features/reader/article-key';
import { prerenderedQueryData } from './prerendered';

/** The article `id` as the page embeds it, if it was prerendered with it (validated when the site was built). */
export function prerenderedArticle(id: string): Article | undefined {
  return prerenderedQueryData(articleQueryKey(id)) as Article | undefined;
}
