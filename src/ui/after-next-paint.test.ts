// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Animation frames that come only when `paint()` is called, as in a page whose next frame has not come yet. */
function heldFrames() {
  const pending: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => pending.push(callback));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  return { paint: () => pending.splice(0).forEach((callback) => callback(performance.now())) };
}

afterEach(() => vi.restoreAllMocks());

describe('afterNextPaint', () => {
  it('runs after the next frame, not before it', async () => {
    const frames = heldFrames();
    const callback = vi.fn();
    afterNextPaint(callback);
    await tick(20);
    expect(callback).not.toHaveBeenCalled();
    frames.paint();
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
  });

  it('runs once after the timeout where no frame comes (a hidden tab), and not again at the frame', async () => {
    const frames = heldFrames();
    const callback = vi.fn();
    afterNextPaint(callback, { timeout: 10 });
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    frames.paint();
    await tick(20);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', async () => {
    const frames = heldFrames();
    const callback = vi.fn();
    afterNextPaint(callback, { timeout: 10 })();
    frames.paint();
    await tick(30);
    expect(callback).not.toHaveBeenCalled();
  });
});
