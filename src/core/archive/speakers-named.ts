/**
 * The speaker field of the library's filters: which speakers typed text names. A module of its own, apart from
 * `./library-filters`, which the library's first screen runs: this one and the folding it uses load with the form.
 */
import { valuesNamed } from '../speakers/name-match';
import { findFacetValue } from './library-filters';

/**
 * The speakers a person may mean by `text` typed into the speaker field, in the order of `speakers`: the one whose
 * whole name (or key) it is ({@link findFacetValue}: „Eva Lind“ when there is an „Eva Lindner“ too), else every one
 * whose name it matches as the site's search would find it (`valuesNamed`: "hegner", "OConnor", "Dorde").
 * About 1.5 µs a speaker: 3 ms for the 2,000 speakers of a 10,000-article library, once per search.
 */
export function speakersNamed<
  T extends { key: string; name: string; localizedName?: Record<string, string> },
>(speakers: readonly T[], text: string): T[] {
  const exact = findFacetValue(speakers, text);
  return exact ? [exact] : valuesNamed(speakers, text);
}
