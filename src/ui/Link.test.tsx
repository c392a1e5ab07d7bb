// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { createRef, type ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Link } from './Link';

function Where() {
  const location = useLocation();
  return <output>{location.pathname + location.search}</output>;
}

function renderLink(link: ReactNode) {
  render(
    <MemoryRouter initialEntries={['/start']}>
      {link}
      <Where />
    </MemoryRouter>,
  );
  return { link: screen.getByRole('link'), where: () => screen.getByRole('status').textContent };
}

describe('Link', () => {
  it('is an anchor to the address, with the attributes given', () => {
    const ref = createRef<HTMLAnchorElement>();
    const { link } = renderLink(
      <Link to={{ pathname: '/search', search: '?q=Lind' }} className="button" rel="next" ref={ref}>
        Search
      </Link>,
    );
    expect(link.getAttribute('href')).toBe('/search?q=Lind');
    expect(link.className).toBe('button');
    expect(link.getAttribute('rel')).toBe('next');
    expect(ref.current).toBe(link);
  });

  it('navigates in the app on a plain click', () => {
    const { link, where } = renderLink(<Link to="/import">Import</Link>);
    expect(fireEvent.click(link)).toBe(false);
    expect(where()).toBe('/import');
  });

  it('leaves a click with a modifier key to the browser', () => {
    const { link, where } = renderLink(<Link to="/import">Import</Link>);
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(where()).toBe('/start');
  });

  it('leaves a click on a link to another target to the browser', () => {
    const { link, where } = renderLink(
      <Link to="/import" target="_blank">
        Import
      </Link>,
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(fireEvent.click(link)).toBe(true);
    expect(where()).toBe('/start');
  });

  it('leaves the click to the browser when asked to load the page from the server', () => {
    const { link, where } = renderLink(
      <Link to="/articles/a" reloadDocument>
        A
      </Link>,
    );
    expect(fireEvent.click(link)).toBe(true);
    expect(where()).toBe('/start');
  });

  it('does not navigate when its onClick prevents it', () => {
    let clicked = 0;
    const { link, where } = renderLink(
      <Link
        to="/import"
        onClick={(event) => {
          clicked += 1;
          event.preventDefault();
        }}
      >
        Import
      </Link>,
    );
    fireEvent.click(link);
    expect(clicked).toBe(1);
    expect(where()).toBe('/start');
  });
});
