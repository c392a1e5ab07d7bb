import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withPureComponentDefinitions } from './react-router-tree-shaking';

describe("React Router's component definitions", () => {
  it('are marked pure, and their display names left out, keeping the lines', () => {
    const code = [
      'var RouteContext = React.createContext(null);',
      'RouteContext.displayName = "Route";',
      'var NavLink = React10.forwardRef(',
      '  function NavLinkWithRef() {}',
      ');',
      'NavLink.displayName = "NavLink";',
      'var MemoizedDataRoutes = React3.memo(DataRoutes2);',
      'function useX() { return React.createContext(1); }',
    ].join('\n');
    expect(withPureComponentDefinitions(code).split('\n')).toEqual([
      'var RouteContext = /* @__PURE__ */ React.createContext(null);',
      '',
      'var NavLink = /* @__PURE__ */ React10.forwardRef(',
      '  function NavLinkWithRef() {}',
      ');',
      '',
      'var MemoizedDataRoutes = /* @__PURE__ */ React3.memo(DataRoutes2);',
      'function useX() { return React.createContext(1); }',
    ]);
  });

  it('fail the build when written another way', () => {
    expect(() => withPureComponentDefinitions('const NavLink = React.forwardRef(() => null);')).toThrow(
      /no longer defines/,
    );
  });

  it('are found in the installed React Router', () => {
    const build = join(
      dirname(fileURLToPath(import.meta.resolve('react-router'))).replace(/development$/, 'production'),
    );
    const code = readdirSync(build)
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => withPureComponentDefinitions(readFileSync(join(build, file), 'utf8')))
      .join('\n');
    expect(code).toContain('var NavLink = /* @__PURE__ */');
    expect(code).toContain('var Form = /* @__PURE__ */');
    expect(code).not.toMatch(/^\w+\.displayName = /m);
  });
});
