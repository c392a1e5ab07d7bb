/**
 * The namespaces a page's first render needs: the shell (`common`) and the article's text (`reader`). They make the
 * chunk `locale-<lang>` that a prerendered page prefetches; every other namespace is in `locale-<lang>-parts`, loaded
 * with the code of the parts that use it (the quote panel, the timeline, the library…), after the first paint
 * (see `vite.config.ts`, `src/locales/languages.ts` and `src/app/lazy-component.ts`).
 */
export const FIRST_NAMESPACES: readonly string[] = ['common', 'reader'];
