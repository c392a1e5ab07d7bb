import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A `React.lazy` component whose code can also be requested ahead of rendering it. */
export type PreloadableComponent<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Starts loading the code (once) and resolves with the component. */
  preload: () => Promise<ComponentType<P>>;
};

let prerequisite: () => Promise<unknown> = () => Promise.resolve();

/**
 * Sets what every lazy component waits for besides its code, in parallel with it. The browser app sets the strings
 * of the interface language beyond those of the first render (`loadPartStrings` in `./i18n`); the prerenderer and
 * the tests, which give i18next every string, set nothing. Set it before the first `preload()`.
 */
export function setLazyPrerequisite(wait: () => Promise<unknown>): void {
  prerequisite = wait;
}

/**
 * `React.lazy` over `load`, with `preload()`: the client entry loads the current page's code before it hydrates
 * (so the page is hydrated whole), and the prerenderer waits for it (`react-dom/static`). The component also waits
 * for the prerequisite (`setLazyPrerequisite`), unless `prerequisite: false`: a page whose first render needs only the
 * first render's strings (the article page) is not held back by the others. A failed load is tried again by the
 * next `preload()`.
 */
export function lazyComponent<P>(
  load: () => Promise<ComponentType<P>>,
  options: { prerequisite?: boolean } = {},
): PreloadableComponent<P> {
  const waitFor = options.prerequisite === false ? () => undefined : () => prerequisite();
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () => {
    loading ??= Promise.all([load(), waitFor()]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // Code loaded before the component is first rendered is given to React at once (a thenable that calls back
  // synchronously), so that it renders without suspending: an article opened from the library shows its parts
  // with its text, instead of the text first and the parts a frame later, pushing it down.
  return Object.assign(
    lazy(() => {
      const component = loaded;
      return component
        ? ({ then: (resolve: (module: object) => void) => resolve({ default: component }) } as never)
        : preload().then((done) => ({ default: done }));
    }),
    { preload },
  );
}
