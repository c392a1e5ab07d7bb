import { describe, expect, it } from 'vitest';
import { wrapAt } from '../../testing/wrapped-text';
import { rangeInInput, unwrapLines } from './unwrap-lines';

/** A German news text as it is written, one line per paragraph (`wrapAt` breaks it into lines). */
const PARAGRAPHS = [
  'Streit um Schwimmbad in Kassel',
  'Kassel (dpa) – Die Stadt Kassel will das Hallenbad am Auedamm schließen. Oberbürgermeister Sven Schoeller sagte am Mittwoch, die Sanierung sei zu teuer geworden. „Wir können nicht 40 Millionen Euro in ein Gebäude stecken, das in zehn Jahren wieder marode ist“, sagte der Grünen-Politiker.',
  'Der Schwimmverein ist empört. Dessen Vorsitzende Martina Keller erklärte, die Kinder der Stadt hätten dann keinen Ort mehr, um schwimmen zu lernen.',
];

describe('unwrapLines', () => {
  it.each([
    ['an e-mail wrapped at 72 columns, paragraphs apart', 72, '\n\n'],
    ['a PDF column of 60 characters, paragraphs on the next line', 60, '\n'],
    ['a text file wrapped at 100 columns', 100, '\n\n'],
  ])('joins the lines of each paragraph of %s', (_, width, between) => {
    const wrapped = PARAGRAPHS.map((p) => wrapAt(p, width)).join(between);
    expect(wrapped.split('\n').length).toBeGreaterThan(PARAGRAPHS.length + 2);
    expect(unwrapLines(wrapped).split('\n').filter(Boolean)).toEqual(PARAGRAPHS);
  });

  it('joins Windows line breaks too', () => {
    const wrapped = PARAGRAPHS.map((p) => wrapAt(p, 72).replaceAll('\n', '\r\n')).join('\r\n\r\n');
    expect(unwrapLines(wrapped).split('\n').filter(Boolean)).toEqual(PARAGRAPHS);
  });

  it.each([
    ['a text with a paragraph on one line', PARAGRAPHS.join('\n\n')],
    ['a text of one paragraph per line', PARAGRAPHS.join('\n')],
    ['two lines', 'Kurz gesagt: Das Bad schließt. Die Stadt\nspart Geld.'],
    [
      'short paragraphs that each end a sentence',
      [
        'Die Stadt spart beim Hallenbad am Auedamm.',
        'Der Verein ist empört über die Pläne.',
        'Der Rat stimmt im Mai darüber ab.',
      ].join('\n'),
    ],
  ])('leaves %s as it is', (_, text) => {
    expect(unwrapLines(text)).toBe(text);
  });

  it('keeps a headline and a byline that end early apart from the paragraph after them', () => {
    const text = ['Bad schließt', 'Von Eva Lind', wrapAt(PARAGRAPHS[1] ?? '', 70)].join('\n');
    expect(unwrapLines(text).split('\n')).toEqual(['Bad schließt', 'Von Eva Lind', PARAGRAPHS[1]]);
  });

  it('mends words hyphenated over two lines and keeps compounds and suspended hyphens', () => {
    const text = [
      'Der Minister rief beide Seiten auf, an den Verhand-',
      'lungstisch zurückzukehren; die GDL-Chefin Anna Roth, die Kinder-',
      'und Jugendverbände sowie der Fahrgastverband PRO BAHN-',
      'Bayern begrüßten das. Auch eine Sprecherin der Deutschen Bahn äu\u00ad',
      'ßerte sich.',
    ].join('\n');
    expect(unwrapLines(text)).toBe(
      'Der Minister rief beide Seiten auf, an den Verhandlungstisch zurückzukehren; die GDL-Chefin Anna Roth, die Kinder- und Jugendverbände sowie der Fahrgastverband PRO BAHN-Bayern begrüßten das. Auch eine Sprecherin der Deutschen Bahn äußerte sich.',
    );
  });
});

describe('rangeInInput', () => {
  const HYPHENATED = [
    '  Der Minister rief beide Seiten auf, an den Verhand-  ',
    'lungstisch zurückzukehren; die GDL-Chefin Anna Roth, die Kinder-',
    'und Jugendverbände sowie der Fahrgastverband PRO BAHN-',
    'Bayern begrüßten das. Auch eine Sprecherin der Deutschen Bahn äu\u00ad',
    'ßerte sich.',
  ].join('\r\n');

  it.each([
    ['an e-mail wrapped at 72 columns', PARAGRAPHS.map((p) => wrapAt(p, 72)).join('\n\n')],
    ['Windows line breaks', PARAGRAPHS.map((p) => wrapAt(p, 60).replaceAll('\n', '\r\n')).join('\r\n')],
    ['hyphens, soft hyphens and spaces at the lines ends', HYPHENATED],
  ])('finds every character of the unwrapped text in %s', (_, input) => {
    const unwrapped = unwrapLines(input);
    expect(unwrapped).not.toBe(input);
    const toInput = rangeInInput(input, unwrapped);
    let previous = -1;
    for (let i = 0; i < unwrapped.length; i++) {
      const [start, end] = toInput([i, i + 1]);
      expect(start, `offset ${i}`).toBeGreaterThan(previous);
      if (unwrapped[i]?.trim() !== '') expect(input.slice(start, end), `offset ${i}`).toBe(unwrapped[i]);
      previous = start;
    }
  });

  it('maps a stretch over a line break to the same words in the input, line break and hyphen included', () => {
    const unwrapped = unwrapLines(HYPHENATED);
    const toInput = rangeInInput(HYPHENATED, unwrapped);
    const stretch = 'an den Verhandlungstisch zurückzukehren';
    const start = unwrapped.indexOf(stretch);
    expect(HYPHENATED.slice(...toInput([start, start + stretch.length]))).toBe(
      'an den Verhand-  \r\nlungstisch zurückzukehren',
    );
  });

  it('leaves the offsets of a text that was not unwrapped as they are', () => {
    const text = PARAGRAPHS.join('\n');
    expect(rangeInInput(text, unwrapLines(text))([5, 17])).toEqual([5, 17]);
  });
});
