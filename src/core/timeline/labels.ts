/**
 * The labels of a timeline axis: which marks share a label, and where each label goes so that no two overlap.
 * Positions and widths are fractions 0..1 of the axis length (see `layout.ts`).
 *
 * Labels sit in lanes above the axis, each joined to its mark by a vertical leader. The strategy, for any number of
 * events from one day to centuries apart:
 * 1. `clusterMarks`: marks closer together than a label can tell apart share one label ("4–6");
 * 2. `placeLabels`: left to right, each label goes to the lowest lane where it touches no other label and its
 *    leader crosses no label below it; a label that fits in none of `maxLanes` lanes is left out (its mark stays,
 *    and the list beside the axis names every event).
 */

/** Where a label sits: which side of its mark it extends to, and the stretch of the axis it covers. */
export interface LabelPlacement {
  /** 0 is nearest the axis. */
  lane: number;
  /** `start`: the label begins at its mark; `end`: it ends there; `middle`: it is centred on it. */
  anchor: 'start' | 'middle' | 'end';
  from: number;
  to: number;
}

/** A label to place: where its mark (and leader) is and how wide it is, as fractions of the axis. */
export interface LabelRequest {
  at: number;
  width: number;
}

/**
 * The stretch a label of `width` covers at `at`: centred on its mark unless that would push it past an end of
 * the axis, where it is turned inwards.
 */
export function labelSpan(at: number, width: number): Omit<LabelPlacement, 'lane'> {
  if (at - width / 2 < 0) return { anchor: 'start', from: at, to: at + width };
  if (at + width / 2 > 1) return { anchor: 'end', from: at - width, to: at };
  return { anchor: 'middle', from: at - width / 2, to: at + width / 2 };
}

/**
 * Groups positions (ascending) into runs that share one label: a run takes the next position while that is less
 * than `within` from the run's first, so a run never covers more than `within` of the axis (a chain of marks
 * each close to the next does not become one label for a whole decade). Returns index ranges, half-open.
 */
export function clusterMarks(positions: readonly number[], within: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  positions.forEach((at, i) => {
    const run = runs.at(-1);
    if (run && at - (positions[run.start] ?? at) < within) run.end = i + 1;
    else runs.push({ start: i, end: i + 1 });
  });
  return runs;
}

export interface PlaceOptions {
  /** The least space between two labels in one lane, and between a label and a leader passing it. */
  gap: number;
  /** At most this many lanes; labels that fit in none are left out. */
  maxLanes: number;
}

/**
 * Places labels in lanes (see the module's strategy): none overlaps another (with `gap` between), and none is
 * crossed by the leader of a label in a higher lane. Labels are taken from left to right (by where they begin;
 * ties in input order), each into the lowest lane that allows it. Returns the placements in input order,
 * `undefined` for a label left out, and how many lanes are used (at least 1).
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  { gap, maxLanes }: PlaceOptions,
): { placements: (LabelPlacement | undefined)[]; lanes: number } {
  const spans = labels.map(({ at, width }) => ({ at, ...labelSpan(at, width) }));
  const order = spans.map((_, i) => i).sort((a, b) => (spans[a]?.from ?? 0) - (spans[b]?.from ?? 0) || a - b);
  const placed: (LabelPlacement & { at: number })[] = [];
  const placements: (LabelPlacement | undefined)[] = new Array<LabelPlacement | undefined>(labels.length);
  const apart = (from: number, to: number, other: { from: number; to: number }) =>
    to + gap <= other.from || other.to + gap <= from;
  for (const i of order) {
    const span = spans[i];
    if (!span) continue;
    for (let lane = 0; lane < maxLanes; lane++) {
      const free = placed.every(
        (other) =>
          other.lane === lane
            ? apart(span.from, span.to, other)
            : other.lane < lane
              ? apart(span.at, span.at, other) // this label's leader passes the other label
              : apart(other.at, other.at, span), // the other's leader passes this label
      );
      if (!free) continue;
      const placement = { lane, anchor: span.anchor, from: span.from, to: span.to };
      placed.push({ ...placement, at: span.at });
      placements[i] = placement;
      break;
    }
  }
  return { placements, lanes: Math.max(1, ...placed.map((p) => p.lane + 1)) };
}
