import { describe, expect, it } from 'vitest';
import { bootFailureMarkup, readBootFailureStrings } from './boot-failure';

describe('the start-up failure notice', () => {
  it('has its strings in every locale', () => {
    const strings = readBootFailureStrings();
    expect(Object.keys(strings).sort()).toEqual(expect.arrayContaining(['de', 'en']));
    for (const [language, notice] of Object.entries(strings)) {
      for (const key of ['title', 'body', 'reload'] as const) {
        expect(notice[key], `${language}: boot.${key}`).toMatch(/\S/);
      }
    }
  });

  it('is one alert per language, marked with its lang, with the text escaped', () => {
    const markup = bootFailureMarkup({
      en: { title: 'Could not start', body: 'Reload <now> & "then"', reload: 'Reload' },
      de: { title: 'Start fehlgeschlagen', body: 'Neu laden', reload: 'Neu laden' },
    });
    expect(markup.match(/role="alert"/g)).toHaveLength(2);
    expect(markup).toContain('lang="en"');
    expect(markup).toContain('lang="de"');
    expect(markup).toContain('Reload &#60;now&#62; &#38; &#34;then&#34;');
    expect(markup).not.toContain('<now>');
  });
});
