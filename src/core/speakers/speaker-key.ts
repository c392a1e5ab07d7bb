/**
 * One person (or organisation) is one speaker across articles: each speaker has a stable key, the same in every
 * article that quotes them, which names their page (`/speakers/:key`) and joins their quotes in the archive.
 */
import { slugify } from '../article/slug';
import type { Speaker } from '../article/schema';

/**
 * The speaker's key across articles: the article's explicit `key` when it sets one, else their name as a slug
 * (`„Eva-Maria Lind“` → `eva-maria-lind`, umlauts as ae/oe/ue, other accents dropped), so that the same name
 * written with other capitals, accents or punctuation gives the same key. A name without letters or digits
 * falls back to `speaker`.
 */
export function speakerKey(speaker: Pick<Speaker, 'name' | 'key'>): string {
  return speaker.key ?? slugify(speaker.name, 'speaker', 80);
}
