import { describe, expect, it } from 'vitest';
import { speakersNamed } from './speakers-named';

describe('speakersNamed', () => {
  const speakers = [
    { key: 'eva-lindner', name: 'Eva Lindner' },
    { key: 'eva-lind', name: 'Eva Lind' },
    { key: 'paul-hegner', name: 'Paul Hegner' },
    { key: 'siobhan-o-connor', name: "Siobhán O'Connor" },
    { key: 'dorde-balasevic', name: 'Đorđe Balašević' },
  ];
  it.each([
    // A whole name is the one speaker, though it begins another's.
    ['Eva Lind', ['eva-lind']],
    ['eva-lind', ['eva-lind']],
    // Part of a name: every speaker it begins a word of.
    ['Eva', ['eva-lindner', 'eva-lind']],
    ['lind', ['eva-lindner', 'eva-lind']],
    ['hegner', ['paul-hegner']],
    ['OConnor', ['siobhan-o-connor']],
    ['o connor', ['siobhan-o-connor']],
    ['Dorde', ['dorde-balasevic']],
    ['nobody', []],
    ['', []],
  ])('%j → %j', (text, keys) => {
    expect(speakersNamed(speakers, text).map((speaker) => speaker.key)).toEqual(keys);
  });
});
