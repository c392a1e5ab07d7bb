/**
 * Where machine translations are kept. An imported article holds its translations in its own record (so they are
 * exported and deleted with it); a shipped article's are kept apart, by article id and content hash, and merged
 * into the article when it is read. The storage module is loaded when first needed, not with the page.
 */
import type { Article } from '../../core/article/schema';
import { articleContentHash } from '../../core/translation/content-hash';
import { LanguageLayer, withLanguageLayer, withoutLanguage } from '../../core/translation/language-layer';

const storage = () => import('../../storage/imported-articles');

/** A stored translation or record that no longer fits the article, named for the person reading the error. */
export class TranslationNotKept extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'TranslationNotKept';
  }
}

/** How many times a write is based on the newest record again when another tab changed it in between. */
const WRITE_ATTEMPTS = 3;

/**
 * Applies `change` to the imported article `id` as stored now and saves it with a compare-and-set, so that a
 * correction saved meanwhile (in this tab or another) is kept; tried again on a stale revision. Returns the saved
 * article.
 */
async function changeImported(id: string, change: (article: Article) => Article): Promise<Article> {
  const { getImportedRevision, saveImported, StaleRevision } = await storage();
  for (let attempt = 1; ; attempt++) {
    const stored = await getImportedRevision(id);
    if (!stored) throw new TranslationNotKept(`the imported article "${id}" is no longer in this browser`);
    const next = change(stored.article);
    try {
      await saveImported(next, stored.revision);
      return next;
    } catch (error) {
      if (!(error instanceof StaleRevision) || attempt >= WRITE_ATTEMPTS) throw error;
    }
  }
}

function merged(article: Article, layer: LanguageLayer): Article {
  const result = withLanguageLayer(article, layer);
  if (!result.ok) {
    const [first] = result.problems;
    throw new TranslationNotKept(first ? `${first.path}: ${first.message}` : 'the translation does not fit');
  }
  return result.article;
}

/** Keeps `layer` with the article: in its record (imported) or by id and content hash (shipped). */
export async function keepTranslation(
  kept: 'imported' | 'shipped',
  base: Article,
  layer: LanguageLayer,
): Promise<Article> {
  if (kept === 'imported') return changeImported(base.id, (stored) => merged(stored, layer));
  const { saveMachineTranslation } = await storage();
  const article = merged(base, layer);
  await saveMachineTranslation(base.id, articleContentHash(base), layer.language, layer);
  return article;
}

/** Removes the machine translation into `language`; returns the article without it. */
export async function removeTranslation(
  kept: 'imported' | 'shipped',
  base: Article,
  shown: Article,
  language: string,
): Promise<Article> {
  if (kept === 'imported') return changeImported(base.id, (stored) => withoutLanguage(stored, language));
  const { deleteMachineTranslation } = await storage();
  await deleteMachineTranslation(base.id, articleContentHash(base), language);
  return withoutLanguage(shown, language);
}

/**
 * A shipped article with the machine translations this browser keeps for it (into any of `languages` it lacks).
 * A kept translation that no longer parses or fits is left out, not shown broken.
 */
export async function withKeptTranslations(base: Article, languages: readonly string[]): Promise<Article> {
  const { getMachineTranslation } = await storage();
  const hash = articleContentHash(base);
  let article = base;
  for (const language of languages) {
    if (article.languages.includes(language)) continue;
    const record = await getMachineTranslation(base.id, hash, language);
    const layer = LanguageLayer.safeParse(record?.translation);
    if (!layer.success || layer.data.language !== language) continue;
    const result = withLanguageLayer(article, layer.data);
    if (result.ok) article = result.article;
  }
  return article;
}
