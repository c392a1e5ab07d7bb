/**
 * The dots of a timeline axis when events fall on the same spot (the same day, or days too close for the axis to
 * tell apart): instead of one dot hiding another, the dots of such a group are stacked in a column above the spot,
 * one per event, so that each can be seen and chosen with the mouse. A column has at most `maxLevels` dots; in a
 * larger group the top dot stands for every event it has no room for (and the axis says so). Positions are
 * fractions 0..1 of the axis length, as in `layout.ts`.
 */
import { clusterMarks } from './labels';

/** One dot to draw: `level` 0 sits on the axis, each level above it one dot higher. */
export interface StackedDot {
  /** Where the column stands: the position of its group's first mark. */
  at: number;
  level: number;
  /** The indices (into the positions given) of the marks the dot stands for: one, or the rest of a full column. */
  marks: number[];
}

/**
 * Stacks marks at `positions` (ascending) that are closer than `within` to the first of their group (a dot's
 * width: they would cover each other) into columns of at most `maxLevels` dots, in the order given from the axis
 * up. Dots of one level are always at least `within` apart, so no dot covers another. A group with more marks
 * than levels gets `maxLevels - 1` dots of one mark each and a top dot that stands for the rest.
 */
export function stackMarks(positions: readonly number[], within: number, maxLevels: number): StackedDot[] {
  const levels = Math.max(1, Math.floor(maxLevels));
  return clusterMarks(positions, within).flatMap(({ start, end }) => {
    const at = positions[start] ?? 0;
    const indices = Array.from({ length: end - start }, (_, k) => start + k);
    if (indices.length <= levels) return indices.map((index, level) => ({ at, level, marks: [index] }));
    const singles = indices.slice(0, levels - 1).map((index, level) => ({ at, level, marks: [index] }));
    return [...singles, { at, level: levels - 1, marks: indices.slice(levels - 1) }];
  });
}

/** How many levels `dots` use (at least 1). */
export function stackHeight(dots: readonly StackedDot[]): number {
  return Math.max(1, ...dots.map((dot) => dot.level + 1));
}
