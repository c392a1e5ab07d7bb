import { describe, expect, it } from 'vitest';
import { speakerName } from './names';

describe('speakerName', () => {
  it.each([
    [{ name: 'Moscow', localizedName: { de: 'Moskau', en: 'Moscow' } }, 'de', 'Moskau'],
    [{ name: 'Moscow', localizedName: { de: 'Moskau' } }, 'fr', 'Moscow'],
    [{ name: 'Eva Lind' }, 'de', 'Eva Lind'],
  ])('%j in %s → %s', (speaker, locale, expected) => {
    expect(speakerName(speaker, locale)).toBe(expected);
  });
});
