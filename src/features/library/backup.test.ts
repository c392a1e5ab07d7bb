import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { annotate } from '../../core/annotator/annotate';
import { articleLine, errorLine } from '../../core/article/jsonl';
import { generateArticle } from '../../testing/data-generators';

type Article = ReturnType<typeof generateArticle>;

async function fresh() {
  vi.resetModules();
  return {
    storage: await import('../../storage/imported-articles'),
    backup: await import('./backup'),
  };
}

const retitled = (article: Article, title: string): Article => ({
  ...article,
  title: { ...article.title, [article.originalLanguage]: title },
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('backup and restore of the library', () => {
  it('restores every article and correction of a backup into an empty library', async () => {
    const first = await fresh();
    const one = generateArticle({ id: 'one', seed: 1 });
    const two = retitled(generateArticle({ id: 'two', seed: 2 }), 'Corrected title');
    await first.storage.saveImported(one);
    await first.storage.saveImported(two);
    const { text, count } = await first.backup.libraryBackup();
    expect(count).toBe(2);
    expect(text.split('\n')).toEqual([articleLine(one), articleLine(two), '']);

    globalThis.indexedDB = new IDBFactory();
    const second = await fresh();
    const report = await second.backup.applyRestore(await second.backup.planRestore(text), () => false);
    expect(report).toMatchObject({ added: 2, replaced: 0, copies: 0, skipped: 0, broken: [] });
    expect((await second.storage.getImported('two'))?.title).toEqual(two.title);
    expect(await second.storage.getImported('one')).toEqual(one);
  });

  it('keeps the language of an imported text that is not German', async () => {
    const first = await fresh();
    const french = annotate({
      text: 'Le conseil municipal a voté mardi pour le nouveau pont.\n\nLes opposants jugent le projet trop cher.',
      language: 'fr',
      id: 'pont',
    });
    await first.storage.saveImported(french);
    const { text } = await first.backup.libraryBackup();

    globalThis.indexedDB = new IDBFactory();
    const second = await fresh();
    await second.backup.applyRestore(await second.backup.planRestore(text), () => false);
    const restored = await second.storage.getImported('pont');
    expect(restored).toEqual(french);
    expect([restored?.originalLanguage, restored?.paragraphs[0]?.text.fr]).toEqual([
      'fr',
      'Le conseil municipal a voté mardi pour le nouveau pont.',
    ]);
  });

  it('skips the same article, and keeps a different one as a copy or replaces it as chosen', async () => {
    const { storage, backup } = await fresh();
    const same = generateArticle({ id: 'same', seed: 3 });
    const copied = generateArticle({ id: 'copied', seed: 4 });
    const replaced = generateArticle({ id: 'replaced', seed: 5 });
    for (const article of [same, copied, replaced]) await storage.saveImported(article);
    const text = [same, retitled(copied, 'Backup title'), retitled(replaced, 'Backup title')]
      .map(articleLine)
      .join('\n');

    const plan = await backup.planRestore(text);
    expect(plan.items.map((item) => [item.article.id, item.status])).toEqual([
      ['same', 'same'],
      ['copied', 'differs'],
      ['replaced', 'differs'],
    ]);
    const report = await backup.applyRestore(plan, (item) => item.article.id === 'replaced');
    expect(report).toMatchObject({ added: 0, replaced: 1, copies: 1, skipped: 1 });
    expect(await storage.getImported('copied')).toEqual(copied);
    expect(await storage.getImported('copied-copy')).toEqual({
      ...retitled(copied, 'Backup title'),
      id: 'copied-copy',
    });
    expect(await storage.getImported('replaced')).toEqual(retitled(replaced, 'Backup title'));
    expect((await storage.getImportedRevision('replaced'))?.revision).toBe(2);
  });

  it('reports broken lines by number and id and restores the rest', async () => {
    const { storage, backup } = await fresh();
    const good = generateArticle({ id: 'good', seed: 6 });
    const broken = { ...generateArticle({ id: 'broken', seed: 7 }), quotes: 'none' };
    const text = [
      '{not json',
      JSON.stringify(broken),
      errorLine('failed', 'annotator crashed'),
      '',
      articleLine(good),
    ].join('\n');
    const report = await backup.applyRestore(await backup.planRestore(text), () => false);
    expect(report.added).toBe(1);
    expect(report.broken.map((b) => [b.line, b.id, b.kind])).toEqual([
      [1, null, 'invalid'],
      [2, 'broken', 'invalid'],
      [3, 'failed', 'error'],
    ]);
    expect(await storage.getImported('good')).toEqual(good);
  });
});
