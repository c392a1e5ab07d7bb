/**
 * Lets the bundler drop the parts of React Router the app does not use (`NavLink`, `Form`, `ScrollRestoration`,
 * `unstable_HistoryRouter` and what only they call: form submission, view transitions, fetchers). React Router's
 * production build defines them as `var NavLink = React10.forwardRef(…)` followed by
 * `NavLink.displayName = "NavLink"`; neither the call nor the assignment is known to be free of side effects, so
 * every page kept them all (first JavaScript +1,930 bytes gzip). This marks its top-level `forwardRef`, `memo` and
 * `createContext` calls pure, which they are, and leaves out the `displayName` assignments, which only name the
 * components in React's developer tools.
 *
 * Should React Router change how it writes these, the build fails rather than silently keep the dead code.
 */
import type { Plugin } from 'vite';

const REACT_ROUTER_BUILD = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/;
const TOP_LEVEL_CALL = /^(var \w+ = )(React\d*\.(?:forwardRef|memo|createContext)\()/gm;
const DISPLAY_NAME = /^\w+\.displayName = "[^"\n]*";$/gm;

/** `code` of a module of React Router's production build with its component definitions marked pure. */
export function withPureComponentDefinitions(code: string): string {
  const defines = code.includes('.forwardRef(') || code.includes('.createContext(');
  const marked = code.replace(TOP_LEVEL_CALL, '$1/* @__PURE__ */ $2');
  if (defines && marked === code)
    throw new Error(
      "React Router's build no longer defines its components as `var X = React.forwardRef(…)` at the top level: " +
        'update scripts/react-router-tree-shaking.ts',
    );
  return marked.replace(DISPLAY_NAME, '');
}

export function reactRouterTreeShaking(): Plugin {
  return {
    name: 'stimmen-react-router-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!REACT_ROUTER_BUILD.test(id)) return undefined;
      return { code: withPureComponentDefinitions(code), map: null };
    },
  };
}
