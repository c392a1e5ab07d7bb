// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { useLocation, useNavigate, useRoutes, type Location, type NavigateFunction } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Link } from '../ui/Link';
import { useUrlSearch } from '../ui/url-search';
import { HistoryRouter } from './HistoryRouter';

const app: { navigate?: NavigateFunction } = {};
const navigate = (to: string, options?: { flushSync?: boolean }) => app.navigate?.(to, options);
const pageRenders = vi.fn();

/** A page that counts its renders (it reads React Router's location) and shows the query string apart. */
function Page({ name }: { name: string }) {
  const navigateHere = useNavigate();
  useEffect(() => {
    app.navigate = navigateHere;
  }, [navigateHere]);
  const { pathname, search } = useLocation();
  pageRenders(name, pathname, search);
  return (
    <p>
      {name}: <Search />
    </p>
  );
}

function Search() {
  const { search } = useUrlSearch();
  return <span data-testid="search">{search}</span>;
}

function Routes() {
  return useRoutes([
    { path: '/articles/:id', element: <Page name="article" /> },
    { path: '/', element: <Page name="library" /> },
  ]);
}

const shownSearch = () => screen.getByTestId('search').textContent;

function renderRouter(onNavigate?: (from: Location, to: Location) => void) {
  render(
    <HistoryRouter onNavigate={onNavigate}>
      <Routes />
    </HistoryRouter>,
  );
}

beforeEach(() => window.history.replaceState(null, '', '/articles/a'));
afterEach(() => pageRenders.mockClear());

describe('HistoryRouter', () => {
  it('changes the query string without rendering the routes again, and the page when the path changes', async () => {
    const onNavigate = vi.fn();
    renderRouter(onNavigate);
    expect(pageRenders).toHaveBeenLastCalledWith('article', '/articles/a', '');
    const rendersAtStart = pageRenders.mock.calls.length;

    await act(() => navigate('?quote=q1', { flushSync: true }));
    expect(shownSearch()).toBe('?quote=q1');
    await vi.waitFor(() => expect(window.location.search).toBe('?quote=q1'));
    await act(() => navigate('?quote=q2&view=parallel'));
    expect(shownSearch()).toBe('?quote=q2&view=parallel');
    expect(pageRenders.mock.calls.length).toBe(rendersAtStart);
    expect(onNavigate).not.toHaveBeenCalled();

    await act(() => navigate('/?lng=de'));
    expect(pageRenders).toHaveBeenLastCalledWith('library', '/', '');
    expect(shownSearch()).toBe('?lng=de');
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onNavigate.mock.calls[0]?.[1]).toMatchObject({ pathname: '/', search: '?lng=de' });
  });

  it('follows back and forward, for the query string and for the page', async () => {
    renderRouter();
    await act(() => navigate('?quote=q1'));
    await act(() => navigate('/'));
    const back = async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await act(() => popped);
    };
    await back();
    expect(pageRenders).toHaveBeenLastCalledWith('article', '/articles/a', '');
    expect(shownSearch()).toBe('?quote=q1');
    await back();
    expect(shownSearch()).toBe('');
  });

  it('renders a synchronous navigation first and writes its history entry after the frame that shows it', async () => {
    renderRouter();
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    act(() => void navigate('?quote=q1', { flushSync: true }));
    expect(shownSearch()).toBe('?quote=q1');
    expect(window.location.search).toBe('');
    expect(frame).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.location.search).toBe('?quote=q1'));
    frame.mockRestore();
  });

  it('writes the entries of quick synchronous navigations in order, each its own', async () => {
    renderRouter();
    const length = window.history.length;
    act(() => void navigate('?quote=q1', { flushSync: true }));
    act(() => void navigate('?quote=q2', { flushSync: true }));
    expect(window.location.search).toBe('?quote=q1');
    await vi.waitFor(() => expect(window.location.search).toBe('?quote=q2'));
    expect(window.history.length).toBe(length + 2);
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await act(() => popped);
    expect(shownSearch()).toBe('?quote=q1');
  });

  it('writes a run of synchronous replaces (keys typed in the search field) once, after a pause, in its place', async () => {
    renderRouter();
    const navigateReplacing = (to: string) => app.navigate?.(to, { flushSync: true, replace: true });
    act(() => void navigate('?quote=q1', { flushSync: true }));
    await vi.waitFor(() => expect(window.location.search).toBe('?quote=q1'));
    const length = window.history.length;
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => void navigateReplacing('?q=B'));
    act(() => void navigateReplacing('?q=Bu'));
    act(() => void navigateReplacing('?q=Bun'));
    // Shown at once, not yet written.
    expect(window.location.search).toBe('?quote=q1');
    expect(shownSearch()).toBe('?q=Bun');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(replace.mock.calls.map((call) => call[2])).toEqual([]);
    await vi.waitFor(() => expect(window.location.search).toBe('?q=Bun'));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.history.length).toBe(length);
    // A push after a replace not yet written writes the replace first.
    act(() => void navigateReplacing('?q=Bund'));
    act(() => void navigate('?quote=q2', { flushSync: true }));
    expect(window.location.search).toBe('?q=Bund');
    await vi.waitFor(() => expect(window.location.search).toBe('?quote=q2'));
    replace.mockRestore();
  });

  it('writes a replace made at once after the keys’ replace not yet written, and keeps it', async () => {
    renderRouter();
    act(() => void app.navigate?.('?q=Bund', { flushSync: true, replace: true }));
    // "Show more" right after the last key: a replace written at once, which the keys' pause must not undo.
    await act(() => app.navigate?.('?q=Bund&shown=12', { replace: true }));
    expect(window.location.search).toBe('?q=Bund&shown=12');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(window.location.search).toBe('?q=Bund&shown=12');
    expect(shownSearch()).toBe('?q=Bund&shown=12');
  });

  it('writes nothing while the keys go on, however long the run: each key starts the pause anew', async () => {
    renderRouter();
    const replace = vi.spyOn(window.history, 'replaceState');
    const typed = ['?q=B', '?q=Bu', '?q=Bun', '?q=Bund', '?q=Bundes'];
    // Five keys 200 ms apart: 800 ms of typing, every gap shorter than the pause.
    for (const query of typed) {
      act(() => void app.navigate?.(query, { flushSync: true, replace: true }));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(replace).not.toHaveBeenCalled();
    expect(shownSearch()).toBe('?q=Bundes');
    await vi.waitFor(() => expect(window.location.search).toBe('?q=Bundes'));
    expect(replace).toHaveBeenCalledTimes(1);
    replace.mockRestore();
  });

  it('writes a pending entry before the page is left, and drops it on back or forward', async () => {
    renderRouter();
    act(() => void navigate('?quote=q1', { flushSync: true }));
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?quote=q1');

    act(() => void navigate('?quote=q2', { flushSync: true }));
    await act(async () => {
      window.dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    expect(window.location.search).toBe('?quote=q1');
    expect(shownSearch()).toBe('?quote=q1');
  });

  it('puts the interface language in the address, and moves the address when the language changes', async () => {
    window.history.replaceState(null, '', '/articles/a?quote=q1');
    const view = (language: string) => (
      <HistoryRouter language={language}>
        <Routes />
        <Link to="/">library</Link>
      </HistoryRouter>
    );
    const { rerender } = render(view('de'));
    expect(window.location.pathname).toBe('/de/articles/a');
    expect(window.location.search).toBe('?quote=q1');
    expect(pageRenders).toHaveBeenLastCalledWith('article', '/articles/a', '');
    expect(screen.getByRole('link', { name: 'library' }).getAttribute('href')).toBe('/de/');

    await act(() => navigate('/articles/b'));
    expect(window.location.pathname).toBe('/de/articles/b');
    expect(pageRenders).toHaveBeenLastCalledWith('article', '/articles/b', '');

    rerender(view('en'));
    expect(window.location.pathname).toBe('/articles/b');
    expect(screen.getByRole('link', { name: 'library' }).getAttribute('href')).toBe('/');
    // Back lands on an address in the language before: it is shown, in the address of the language now.
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await act(() => popped);
    expect(window.location.pathname).toBe('/articles/a');
    expect(pageRenders).toHaveBeenLastCalledWith('article', '/articles/a', '');
  });

  it('gives a navigation the language in use when it happens, also through a navigate function kept from before', async () => {
    const view = (language: string) => (
      <HistoryRouter language={language}>
        <Routes />
      </HistoryRouter>
    );
    const { rerender } = render(view('en'));
    // Kept by a job that outlives the switch (an import that finishes after the reader chose German).
    const kept = app.navigate;
    rerender(view('de'));
    expect(window.location.pathname).toBe('/de/articles/a');
    await act(() => kept?.('/articles/b'));
    expect(window.location.pathname).toBe('/de/articles/b');
    expect(pageRenders).toHaveBeenLastCalledWith('article', '/articles/b', '');
  });
});
