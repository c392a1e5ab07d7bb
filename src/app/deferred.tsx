/**
 * Parts of a page that its first paint does not need (the article's aside, the header's preferences): their code
 * loads after the app has started, in chunks of their own, while their prerendered markup stays on screen. Each is
 * a `Suspense` boundary: the prerenderer renders it complete (`react-dom/static` waits for lazy components), and
 * the client hydrates it when its chunk arrives, after the rest of the page (selective hydration). No layout shift
 * and no flash: until then the server's markup is shown, just not yet interactive.
 */
import { Suspense, useCallback, useEffect, useRef, type ComponentType } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { CrashNotice } from './CrashNotice';
import { lazyComponent } from './lazy-component';

let pending = 0;
let waiters: (() => void)[] = [];

function settle(by: number) {
  pending += by;
  if (pending > 0) return;
  const ready = waiters;
  waiters = [];
  for (const resolve of ready) resolve();
}

/**
 * Resolves when every deferred part on the page has its code and has been hydrated (or rendered). Effects run
 * children first, so a deferred part's own effect has registered it before an enclosing component's effect calls
 * this.
 */
export function whenDeferredPartsMounted(): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => waiters.push(resolve));
}

/**
 * Counts one deferred part as pending from its wrapper's effect until its content's effect runs (it was hydrated or
 * rendered) or the wrapper unmounts. Returns the callback for the content's effect.
 */
function useDeferredPart(): () => void {
  const part = useRef({ mounted: false, open: false });
  const close = useCallback(() => {
    if (!part.current.open) return;
    part.current.open = false;
    settle(-1);
  }, []);
  useEffect(() => {
    if (part.current.mounted) return;
    part.current.open = true;
    settle(1);
    return close;
  }, [close]);
  return useCallback(() => {
    part.current.mounted = true;
    close();
  }, [close]);
}

function Mounted({ onMount }: { onMount: () => void }) {
  useEffect(onMount, [onMount]);
  return null;
}

/** A component whose code is loaded after the first paint; see the module comment. `preload()` starts loading. */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<unknown> } {
  const Lazy = lazyComponent(load) as unknown as ComponentType<P>;
  function Deferred(props: P) {
    const mounted = useDeferredPart();
    // A part whose code cannot be loaded (the connection dropped, a new release replaced the chunk) is replaced
    // by a notice, not the whole page; it counts as settled, so the app is still marked ready. React keeps a
    // failed lazy load, so trying again means loading the page again.
    return (
      <ErrorBoundary
        fallback={(error) => (
          <>
            <CrashNotice error={error} onRetry={() => window.location.reload()} />
            <Mounted onMount={mounted} />
          </>
        )}
      >
        <Suspense fallback={null}>
          <Lazy {...props} />
          <Mounted onMount={mounted} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return Object.assign(Deferred, {
    preload: (Lazy as unknown as { preload: () => Promise<unknown> }).preload,
  });
}
