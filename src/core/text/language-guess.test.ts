import { describe, expect, it } from 'vitest';
import sample from '../annotator/__fixtures__/sample-de.txt?raw';
import { CLEAR_CERTAINTY, guessLanguage, importLanguage } from './language-guess';

/** Short news paragraphs written for these tests, one per language the guesser knows. */
const PARAGRAPHS = {
  de: 'Der Stadtrat hat am Dienstag über den neuen Hafen abgestimmt. „Wir bauen ihn noch in diesem Jahr aus“, sagte die Bürgermeisterin. Kritiker halten das Projekt für zu teuer und wollen dagegen klagen.',
  en: 'The city council voted on the new harbour on Tuesday. “We will expand it this year,” the mayor said. Critics say the project is too expensive and they want to take it to court.',
  fr: 'Le conseil municipal a voté mardi sur le nouveau port. « Nous allons l’agrandir cette année », a déclaré la maire. Les critiques jugent le projet trop cher et veulent porter plainte.',
  es: 'El ayuntamiento votó el martes sobre el nuevo puerto. «Lo ampliaremos este año», dijo la alcaldesa. Los críticos consideran que el proyecto es demasiado caro y quieren ir a los tribunales.',
  it: 'Il consiglio comunale ha votato martedì sul nuovo porto. «Lo ampliamo entro quest’anno», ha detto la sindaca. I critici ritengono che il progetto sia troppo costoso e vogliono ricorrere in tribunale.',
  nl: 'De gemeenteraad heeft dinsdag over de nieuwe haven gestemd. „We breiden hem dit jaar nog uit”, zei de burgemeester. Critici vinden het project te duur en willen naar de rechter stappen.',
  pt: 'A câmara municipal votou na terça-feira sobre o novo porto. «Vamos ampliá-lo ainda este ano», disse a presidente. Os críticos consideram o projeto caro demais e querem ir aos tribunais.',
} as const;

describe('guessLanguage', () => {
  it.each(Object.entries(PARAGRAPHS))('knows a paragraph in %s, clearly', (language, text) => {
    const guess = guessLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.certainty).toBeGreaterThanOrEqual(CLEAR_CERTAINTY);
  });

  it.each([
    ['an empty text', ''],
    ['white space', ' \n\n\t '],
    ['a headline of three words', 'Merkel: Nein danke'],
    ['numbers and punctuation', '12, 13, 14 – 2024 / 2025 (15 %)'],
    [
      'a language not in the table (Finnish)',
      'Kaupunginvaltuusto äänesti tiistaina uudesta satamasta ja pormestari iloitsi päätöksestä kovasti.',
    ],
  ])('is unknown for %s', (_, text) => {
    expect(guessLanguage(text)).toEqual({ language: 'unknown', certainty: 0 });
  });

  it('is unsure of a text half German, half French', () => {
    const guess = guessLanguage(`${PARAGRAPHS.de}\n\n${PARAGRAPHS.fr}`);
    expect(guess.certainty).toBeLessThan(CLEAR_CERTAINTY);
  });

  it('is less sure of one sentence than of a paragraph', () => {
    const sentence = guessLanguage('Le maire a dit non.');
    expect(sentence.language).toBe('fr');
    expect(sentence.certainty).toBeLessThan(guessLanguage(PARAGRAPHS.fr).certainty);
  });

  it('reads the annotator’s German sample article as German, clearly', () => {
    const guess = guessLanguage(sample);
    expect(guess.language).toBe('de');
    expect(guess.certainty).toBeGreaterThanOrEqual(CLEAR_CERTAINTY);
  });

  it('reads a German text with English names and a quoted English phrase as German', () => {
    const text =
      'Der Konzern „Green Harbour Ltd.“ hat nach eigenen Angaben die Genehmigung erhalten. Der Chef sprach von einem „game changer“ für die Region und kündigte an, dass die Arbeiten im Mai beginnen.';
    expect(guessLanguage(text).language).toBe('de');
  });

  it('reads a German text quoting an English minister at length as German', () => {
    const text =
      'Die Außenministerin traf ihren Kollegen Blinken. „We stand with Ukraine, and we will do so as long as it takes“, sagte Blinken. Baerbock betonte, Deutschland stehe an der Seite der Partner.';
    expect(importLanguage(text)).toBe('de');
  });

  it('reads a German text quoting an English president in typewriter quotes as German', () => {
    const text =
      'Biden sagte: "We will not abandon Ukraine, and we will stand with them as long as it takes." Die Bundesregierung begrüßte die Worte.';
    expect(importLanguage(text)).toBe('de');
  });

  it('reads a French text quoting a German chancellor at length as French', () => {
    const text =
      'Le chancelier a parlé devant le Bundestag. « Wir werden die Ukraine unterstützen, solange es nötig ist, und wir stehen an der Seite der Partner », a-t-il dit. Les députés ont applaudi pendant une minute.';
    expect(importLanguage(text)).toBe('fr');
  });
});

describe('importLanguage', () => {
  it.each([
    ['a French paragraph', PARAGRAPHS.fr, 'fr'],
    ['an English paragraph', PARAGRAPHS.en, 'en'],
    ['a German paragraph', PARAGRAPHS.de, 'de'],
    ['a text too short to tell', 'Oui.', 'de'],
    ['a mixed text', `${PARAGRAPHS.de}\n\n${PARAGRAPHS.fr}`, 'de'],
  ])('stores %s as %s', (_, text, language) => {
    expect(importLanguage(text)).toBe(language);
  });
});
