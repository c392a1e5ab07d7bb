import { describe, expect, it } from 'vitest';
import { facetFile, LIBRARY_FOLDER } from '../../core/archive/library-split';
import { SITE_SPEAKERS } from './speaker-data';

describe('the speaker pages read the site speakers where the build writes them', () => {
  it('is the library index speaker facet', () => {
    expect(SITE_SPEAKERS).toBe(`${LIBRARY_FOLDER}/${facetFile('speakers')}`);
  });
});
