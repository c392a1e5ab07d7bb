/**
 * Speaker colours. The palette itself lives in CSS (`--speaker-0` … `--speaker-11`, tuned for WCAG AA in the
 * light and dark themes); the core only assigns each speaker a stable slot, in the order the article lists them.
 */
import type { Speaker } from '../article/schema';

/** How many distinct colours the palette has. Speakers beyond it reuse colours; quote kinds still differ. */
export const PALETTE_SIZE = 12;

/** Palette slot per speaker id: the n-th speaker gets slot n modulo {@link PALETTE_SIZE}. */
export function speakerSlots(speakers: readonly Speaker[]): Map<string, number> {
  return new Map(speakers.map((speaker, i) => [speaker.id, i % PALETTE_SIZE]));
}
