/**
 * The plural "sie": German verbs agree with their subject, so "sie sagen" is several people and cannot take up one
 * woman named before (`pronoun-antecedents.ts`, `grammar/verb-number.ts`). Own example sentences.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';
import { annotateText } from '../annotate-text';

describe('a "sie" with a plural verb refers to a group, never to one person', () => {
  it.each([
    {
      name: 'a group that spoke before, with a woman named after it',
      text: 'Die Arbeitgeber wiesen die Forderungen zurück. Die Vorsitzende Maria Kern forderte Hilfe. Darin verlangen sie den Erhalt der Station.',
      speaker: 'Arbeitgeber',
    },
    {
      name: 'the plural after a singular group and a woman: the group whose verb was plural',
      text: 'Die Gewerkschaften sagten, die Lage sei ernst. Die Regierung erklärte, sie prüfe das. Ministerin Eva Roth betonte, man sei bereit. Sie forderten, dass schnell verhandelt werde.',
      speaker: 'Gewerkschaften',
    },
    {
      name: 'people who never spoke before: nobody, rather than the woman named last',
      text: 'Die Vorsitzende Maria Kern forderte Hilfe. Die Eltern sind wütend. Sie sagen, die Station sei wichtig.',
      speaker: null,
    },
    {
      name: 'the singular "sie" still takes up the woman',
      text: 'Die Arbeitgeber wiesen die Forderungen zurück. Die Vorsitzende Maria Kern forderte Hilfe. Sie sagte, die Station sei wichtig.',
      speaker: 'Maria Kern',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).at(-1)?.speaker).toBe(speaker);
  });
});

describe('a role with a plural verb is several people, not the person named before', () => {
  it.each([
    {
      name: 'a bare plural after a company named as a subject',
      text: 'Im vergangenen Jahr hatte Mahlberg einen Verlust geschrieben. Analysten erwarten keine Besserung.',
      speaker: 'Analysten',
    },
    {
      name: 'with an article and an attribute',
      text: 'Ministerin Eva Roth sagte, der Plan sei gut. Politiker aus anderen Parteien sagten, er sei zu teuer.',
      speaker: 'Politiker aus anderen Parteien',
    },
    {
      name: 'a singular role still takes up the person',
      text: 'Minister Paul Roth sagte, das sei gut. Der Minister erwartet keine Besserung.',
      speaker: 'Paul Roth',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).at(-1)?.speaker).toBe(speaker);
  });
});

describe('"er" is one man or one group, never a group shown plural', () => {
  it.each([
    {
      name: 'a plural group that spoke, and no man: nobody',
      text: 'Umweltverbände sagten, jeder Flug schade dem Klima. Er forderte ein Nachtflugverbot.',
      speaker: null,
    },
    {
      name: 'the man named before the plural group',
      text: 'Der Pilot Jan Roth sagte, er fliege gern. Umweltverbände sagten, jeder Flug schade dem Klima. Er forderte ein Nachtflugverbot.',
      speaker: 'Jan Roth',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).at(-1)?.speaker).toBe(speaker);
  });

  it('a plural of a group noun ("Umweltverbände") is a group, not a person', () => {
    const quotes = annotateText('Umweltverbände sagten, der Plan sei falsch.', '2024-05-02').quotes;
    expect(quotes.map((q) => q.speaker?.kind)).toEqual(['collective']);
  });
});
