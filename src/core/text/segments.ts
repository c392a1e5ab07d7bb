/**
 * Cuts a paragraph into the stretches that a set of possibly nested or overlapping annotation ranges produces,
 * so that a renderer can draw highlights as flat, non-nested elements. Each segment lists every range that
 * covers it, innermost (shortest) first.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into a paragraph, carrying what it annotates. */
export interface AnnotatedRange<T> {
  start: number;
  end: number;
  value: T;
}

/** A maximal stretch of text covered by the same set of ranges. */
export interface Segment<T> {
  start: number;
  end: number;
  text: string;
  /** The ranges that cover this stretch, shortest first (ties: the one that starts later first). */
  covering: AnnotatedRange<T>[];
}

/**
 * Segments `text` at every range boundary. Concatenating the segments' `text` gives back `text` exactly.
 * Ranges outside the text are clamped; empty ranges are ignored.
 */
export function segmentText<T>(text: string, ranges: readonly AnnotatedRange<T>[]): Segment<T>[] {
  const valid = ranges
    .map((r) => ({ ...r, start: clamp(r.start, text.length), end: clamp(r.end, text.length) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: Segment<T>[] = [];
  let active: AnnotatedRange<T>[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    active = active.filter((r) => r.end > start);
    while (next < byStart.length && (byStart[next] as AnnotatedRange<T>).start <= start) {
      active.push(byStart[next] as AnnotatedRange<T>);
      next++;
    }
    const covering = [...active].sort(innermostFirst);
    segments.push({ start, end, text: text.slice(start, end), covering });
  }
  return segments;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

function innermostFirst<T>(a: AnnotatedRange<T>, b: AnnotatedRange<T>): number {
  return a.end - a.start - (b.end - b.start) || b.start - a.start;
}
