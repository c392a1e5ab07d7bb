// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deferred, whenDeferredPartsMounted } from './deferred';

describe('deferred', () => {
  it('renders the part once its code is there, and says when every part has mounted', async () => {
    let arrive: (component: (props: { name: string }) => React.ReactNode) => void = () => undefined;
    const Part = deferred(
      () =>
        new Promise<(props: { name: string }) => React.ReactNode>((resolve) => {
          arrive = resolve;
        }),
    );
    let mounted = false;
    render(<Part name="aside" />);
    const waiting = whenDeferredPartsMounted().then(() => {
      mounted = true;
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(mounted).toBe(false);
    await act(async () => {
      arrive(({ name }) => <p>{name}</p>);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waiting;
    expect(screen.getByText('aside')).toBeTruthy();
    expect(mounted).toBe(true);
  });

  it('a part whose code fails to load is replaced by a notice, and counts as settled', async () => {
    const Part = deferred<object>(() => Promise.reject(new Error('chunk failed')));
    render(
      <>
        <p>text</p>
        <Part />
      </>,
    );
    const waiting = whenDeferredPartsMounted();
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('chunk failed')).toBeTruthy();
    expect(screen.getByText('text')).toBeTruthy();
    await expect(waiting).resolves.toBeUndefined();
  });

  it('with no part on the page, nothing is waited for', async () => {
    await expect(whenDeferredPartsMounted()).resolves.toBeUndefined();
  });
});
