import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslatorUnavailable } from '../../core/translation/translator';
import { fakeTranslator } from '../../testing/fake-translator';
import { createBrowserTranslator } from './browser-translator';
import { chooseTranslator } from './providers';
import { translationTargets } from './MachineTranslationBar';
import { generateArticle } from '../../testing/data-generators';

const signal = () => new AbortController().signal;

/** A `Translator` global answering `answer`, whose `create` does `create`. */
function stubApi(
  answer: string,
  create: (options: { monitor?: (m: EventTarget) => void }) => Promise<unknown>,
) {
  vi.stubGlobal('Translator', { availability: () => Promise.resolve(answer), create });
}

afterEach(() => vi.unstubAllGlobals());

describe('the browser Translator API as a provider', () => {
  it('says there is no API where the browser has none', async () => {
    vi.stubGlobal('Translator', undefined);
    const translator = createBrowserTranslator();
    expect(await translator.availability('de', 'en')).toEqual({ status: 'unavailable', reason: 'noApi' });
    await expect(translator.prepare('de', 'en', { signal: signal() })).rejects.toMatchObject({
      reason: 'noApi',
    });
  });

  it.each([
    ['available', { status: 'available' }],
    ['downloadable', { status: 'downloadable' }],
    ['downloading', { status: 'downloadable' }],
    ['unavailable', { status: 'unavailable', reason: 'languagePair' }],
  ])('maps availability "%s"', async (answer, expected) => {
    stubApi(answer, () => Promise.reject(new Error('not called')));
    expect(await createBrowserTranslator().availability('de', 'en')).toEqual(expected);
  });

  it('reports the download from the monitor, then translates text by text', async () => {
    stubApi('downloadable', ({ monitor }) => {
      const target = new EventTarget();
      monitor?.(target);
      for (const loaded of [0.5, 1])
        target.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      return Promise.resolve({
        translate: (text: string) => Promise.resolve(text.toUpperCase()),
        destroy() {},
      });
    });
    const translator = createBrowserTranslator();
    const progress: number[] = [];
    await translator.prepare('de', 'en', { signal: signal(), onDownloadProgress: (f) => progress.push(f) });
    expect(progress).toEqual([0.5, 1]);
    expect(await translator.translate(['ja', ' ', 'nein'], 'de', 'en', signal())).toEqual([
      'JA',
      ' ',
      'NEIN',
    ]);
  });

  it('turns a refused or failed download into downloadFailed, and passes cancellation through', async () => {
    stubApi('downloadable', () =>
      Promise.reject(new DOMException('Requires a user gesture', 'NotAllowedError')),
    );
    const refused = createBrowserTranslator().prepare('de', 'en', { signal: signal() });
    await expect(refused).rejects.toBeInstanceOf(TranslatorUnavailable);
    await expect(refused).rejects.toMatchObject({ reason: 'downloadFailed', message: /NotAllowedError/ });

    stubApi('downloadable', () => Promise.reject(new DOMException('stopped', 'AbortError')));
    await expect(createBrowserTranslator().prepare('de', 'en', { signal: signal() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('choosing a translator and what to offer', () => {
  it('takes the first translator that can translate the pair, else the first one’s reason', async () => {
    const none = { ...fakeTranslator(), tool: 'none' };
    none.availability = () => Promise.resolve({ status: 'unavailable', reason: 'noApi' });
    const words = fakeTranslator();
    expect((await chooseTranslator('de', 'en', [none, words]))?.translator).toBe(words);
    expect(await chooseTranslator('fr', 'en', [none, words])).toMatchObject({
      translator: none,
      availability: { reason: 'noApi' },
    });
  });

  it('offers the interface language where the article lacks it, else every one it lacks when it has no translation', () => {
    const german = generateArticle({ languages: ['de'] });
    const both = generateArticle({ languages: ['de', 'en'] });
    expect(translationTargets(german, 'en', ['en', 'de'])).toEqual(['en']);
    expect(translationTargets(german, 'de', ['en', 'de'])).toEqual(['en']);
    expect(translationTargets(both, 'de', ['en', 'de'])).toEqual([]);
    expect(translationTargets(both, 'fr', ['en', 'de', 'fr'])).toEqual(['fr']);
  });
});
