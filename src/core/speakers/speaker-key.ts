/**
 * One person (or organisation) is one speaker across articles: each speaker has a stable key, the same in every
 * article that quotes them, which names their page (`/speakers/:key`) and joins their quotes in the archive.
 */
import { slugify } from '../article/slug';
import type { Speaker } from '../article/schema';

/**
 * The speaker's key across articles: the article's explicit `key` when it sets one, else their name as a slug
 * (`„Eva-Maria Lind“` → `eva-maria-lind`, umlauts as ae/oe/ue, other accents dropped, `Đorđe` → `dorde`), so that
 * the same name written with other capitals, accents or punctuation gives the same key. A name in a script a slug cannot spell
 * (`李明`, `Владимир Путин`) gets `speaker-` and a hash of its words, so that two such people are not one; a name
 * without letters or digits falls back to `speaker`.
 */
export function speakerKey(speaker: Pick<Speaker, 'name' | 'key'>): string {
  if (speaker.key !== undefined) return speaker.key;
  const slug = slugify(speaker.name, '', 80, 'character');
  if (slug !== '') return slug;
  const words = speaker.name.normalize('NFKC').toLowerCase().match(NAME_WORD);
  return words ? `speaker-${hash(words.join(' '))}` : 'speaker';
}

const NAME_WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a (32 bits) of the UTF-16 code units, in base 36: short, stable, the same in the browser and in Node. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * A key made for a name a slug cannot spell (`speaker-` and a hash), or `speaker`. Told by a digit in the hash: one
 * of seven letters only (about one in ten) reads as a word.
 */
const HASHED_KEY = /^speaker(?:-[a-z]*\d[\da-z]*)?$/;
const KEY_WORD_SEPARATORS = /[\s+_-]+/;

/**
 * A key read back as a name, for a page that has only the key (a link to a speaker no article quotes): its words
 * apart (`eva-maria-lind` → `Eva Maria Lind`), each capitalised unless the key has capitals of its own (then as
 * typed: `Angela Merkel`). `undefined` for a key with no words in it (a hashed `speaker-1x2k9q`, `speaker`). A
 * slug's spelling (ae for ä, accents dropped) cannot be undone and is kept.
 */
export function nameOfKey(key: string): string | undefined {
  const words = key.trim().split(KEY_WORD_SEPARATORS).filter(Boolean);
  if (words.length === 0 || HASHED_KEY.test(key) || !/\p{L}/u.test(key)) return undefined;
  const typed = key !== key.toLowerCase();
  return words.map((word) => (typed ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
}

/** A speaker as a list of known speakers gives them (the library's speakers, an imported quote's speaker). */
export interface KnownSpeaker {
  key: string;
  name: string;
  localizedName?: Record<string, string>;
}

/**
 * The key of the one speaker of `speakers` whom `typed` names, where a name was typed or pasted in place of a key
 * (`/speakers/Eva Maria Lind`): folded as a name is into a key ({@link speakerKey}: `eva-maria-lind`), it is the
 * speaker's key, or the key their name gives in one of its languages (a speaker whose article sets a key of its own).
 * `undefined` when it names none, or several (two people of one name, told apart by keys their articles set): a
 * part of a name (`Lind`) names nobody here, as the address is not a search.
 */
export function keyNamedBy(typed: string, speakers: readonly KnownSpeaker[]): string | undefined {
  const wanted = speakerKey({ name: typed });
  const keys = new Set<string>();
  for (const speaker of speakers) {
    const names = [speaker.name, ...Object.values(speaker.localizedName ?? {})];
    if (speaker.key === wanted || names.some((name) => speakerKey({ name }) === wanted))
      keys.add(speaker.key);
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}
