import { describe, expect, it } from 'vitest';
import { detectLanguage, type LanguageSources } from './detect-language';

const SUPPORTED = ['en', 'de'];
const none: LanguageSources = { query: null, stored: null, browser: [] };

describe('detectLanguage', () => {
  it.each<[string, Partial<LanguageSources>, string]>([
    ['nothing known: English', {}, 'en'],
    ['the browser', { browser: ['de-AT', 'en'] }, 'de'],
    ['the browser’s first supported language', { browser: ['fr-FR', 'de-CH', 'en'] }, 'de'],
    ['a browser with no supported language: English', { browser: ['fr-FR', 'fr'] }, 'en'],
    ['the remembered choice before the browser', { stored: 'en', browser: ['de-DE'] }, 'en'],
    ['?lng= before the remembered choice', { query: 'de', stored: 'en', browser: ['en'] }, 'de'],
    ['an unsupported ?lng= is skipped', { query: 'xx', browser: ['de'] }, 'de'],
    ['an unsupported ?lng= with an English browser', { query: 'xx', browser: ['en-GB'] }, 'en'],
    ['a regional ?lng=', { query: 'de-AT' }, 'de'],
    ['case and underscores', { query: 'DE_at' }, 'de'],
    ['an unsupported remembered value is skipped', { stored: 'fr', browser: ['de'] }, 'de'],
  ])('%s', (_name, sources, expected) => {
    expect(detectLanguage({ ...none, ...sources }, SUPPORTED)).toBe(expected);
  });

  it('prefers an exact supported tag over its language', () => {
    expect(detectLanguage({ ...none, query: 'pt-BR' }, ['en', 'pt', 'pt-BR'])).toBe('pt-BR');
  });
});
