import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import { finiteNumber, subjectNumber } from './verb-number';

describe('finiteNumber', () => {
  it.each([
    ['sagt', 'singular'],
    ['sagte', 'singular'],
    ['sage', 'singular'],
    ['sagen', 'plural'],
    ['sagten', 'plural'],
    ['rief', 'singular'],
    ['riefen', 'plural'],
    ['forderten', 'plural'],
    ['hat', 'singular'],
    ['hatten', 'plural'],
    ['sind', 'plural'],
    ['wolle', 'singular'],
    ['Zeitung', undefined],
    ['schnell', undefined],
  ])('%s: %s', (word, number) => {
    expect(finiteNumber(word.toLowerCase())).toBe(number);
  });
});

describe('subjectNumber: the number the finite verb next to a subject shows', () => {
  it.each([
    { sentence: 'Sie verlangen den Erhalt der Station.', subject: 'Sie', number: 'plural' },
    { sentence: 'Darin verlangen sie den Erhalt der Station.', subject: 'sie', number: 'plural' },
    { sentence: 'Sie hat den Plan verteidigt.', subject: 'Sie', number: 'singular' },
    { sentence: 'Dort wolle sie über Geld sprechen.', subject: 'sie', number: 'singular' },
    {
      sentence: 'Die Arbeitgeber wiesen die Forderung zurück.',
      subject: 'Die Arbeitgeber',
      number: 'plural',
    },
    // a connective between the subject and its verb
    {
      sentence: 'Die Ermittler hingegen sagen, der Pilot sei schuld.',
      subject: 'Die Ermittler',
      number: 'plural',
    },
    { sentence: 'Der Verband aber fordert mehr Geld.', subject: 'Der Verband', number: 'singular' },
    // the finite verb of a subordinate clause stands at its end: "berichten" is an infinitive
    { sentence: 'Er sagte, dass sie berichten dürfe.', subject: 'sie', number: undefined },
    // no finite verb the lexicon knows next to the subject
    { sentence: 'Sie laufen schnell.', subject: 'Sie', number: undefined },
  ])('$sentence ($subject): $number', ({ sentence, subject, number }) => {
    const tokens = tokenize(sentence);
    const words = subject.split(' ').length;
    const start = tokens.findIndex(
      (_, i) =>
        tokens
          .slice(i, i + words)
          .map((w) => w.text)
          .join(' ') === subject,
    );
    expect(subjectNumber(tokens, tokens.slice(start, start + words))).toBe(number);
  });
});
