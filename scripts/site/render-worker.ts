/**
 * A render worker of the site build (`./build-site.ts`): takes batches of article files, and for each validates it,
 * prerenders its page, copies it into the site when it comes from another folder, and answers with its library
 * entry and its extras' value — or with its problems. Only one article is in memory at a time. Then, in a pool of
 * its own, batches of speakers' first screens, whose pages it prerenders.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { libraryEntry } from '../../src/core/archive/library-entry';
import { parseArticleJson } from '../../src/core/article/parse';
import type { SpeakerFirstScreen } from '../../src/core/archive/speaker-page';
import { articlePageOf, DIST, loadSite, prerenderPage, speakerPageOf } from '../prerender';
import { archiveExtras } from './archive-extras';
import type { ArticleResult, RenderTask, SpeakerResult, WorkerInput } from './render-protocol';

const { copy } = workerData as WorkerInput;
const site = await loadSite();

async function renderArticle(file: string): Promise<ArticleResult> {
  const name = basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, problems: [`cannot be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = parseArticleJson(text);
  if (!parsed.ok) return { file, problems: parsed.problems.map((p) => `${p.path}: ${p.message}`) };
  const { article } = parsed;
  // The reader fetches `/articles/<id>.json` for an article it was not prerendered with: the name must be the id.
  if (name !== `${article.id}.json`)
    return {
      file,
      problems: [`id: "${article.id}" must be the file's name (${article.id}.json), not ${name}`],
    };
  if (copy) writeFileSync(join(DIST, 'articles', name), text);
  await prerenderPage(site, articlePageOf(site.entry, article));
  return { file, entry: libraryEntry(article), extra: archiveExtras.perArticle(article) };
}

async function renderSpeaker(screen: SpeakerFirstScreen): Promise<SpeakerResult> {
  try {
    await prerenderPage(site, speakerPageOf(site.entry, screen));
    return { key: screen.key };
  } catch (error) {
    return { key: screen.key, problem: error instanceof Error ? error.message : String(error) };
  }
}

async function renderArticleSafely(file: string): Promise<ArticleResult> {
  try {
    return await renderArticle(file);
  } catch (error) {
    return {
      file,
      problems: [`could not be rendered: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

parentPort?.on('message', (task: RenderTask) => {
  void (async () => {
    const results: (ArticleResult | SpeakerResult)[] = [];
    if (task.kind === 'articles')
      for (const file of task.items) results.push(await renderArticleSafely(file));
    else for (const screen of task.items) results.push(await renderSpeaker(screen));
    parentPort?.postMessage(results);
  })();
});
