/**
 * Runs `callback` once the page has been painted with the changes made so far: a message posted from the next
 * animation frame is handled right after that frame. A hidden tab paints no frames; with `timeout` (ms) the
 * callback runs after that long if no frame has come, for work that must happen in any case. Returns a function
 * that cancels it.
 */
export function afterNextPaint(callback: () => void, options: { timeout?: number } = {}): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    callback();
  };
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  });
  const fallback = options.timeout === undefined ? undefined : setTimeout(run, options.timeout);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
