import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A `React.lazy` component whose code can also be requested ahead of rendering it. */
export type PreloadableComponent<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Starts loading the code (once) and resolves with the component. */
  preload: () => Promise<ComponentType<P>>;
};

/**
 * `React.lazy` over `load`, with `preload()`: the client entry loads the current page's code before it hydrates
 * (so the page is hydrated whole), and the prerenderer waits for it (`react-dom/static`). A failed load is tried
 * again by the next `preload()`.
 */
export function lazyComponent<P>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return Object.assign(
    lazy(async () => ({ default: await preload() })),
    { preload },
  );
}
