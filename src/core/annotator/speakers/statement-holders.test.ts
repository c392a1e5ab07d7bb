/**
 * Who holds a statement that a noun announces ("stellte die These auf, …", `statements/announced-statements.ts`):
 * the subject of the sentence, which follows the finite verb when a subordinate clause or a prepositional phrase
 * opens the sentence, never the word that opens it; in a main clause joined by a comma, that clause's subject. A share ("31 Prozent", "ein Viertel") holds a view as the people
 * in it do.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('the holder of a statement a noun announces', () => {
  it.each([
    {
      name: 'after a subordinate clause, the subject after the verb',
      text: 'Da die Knochen sehr alt sind, vertreten die Forscher die These, dass dort früher Bauern lebten.',
      speaker: 'Forscher',
    },
    {
      name: 'after a prepositional phrase, the subject after the verb',
      text: 'Nach langem Streit vertritt die Gewerkschaft Nordbau die Ansicht, dass die Löhne steigen müssten.',
      speaker: 'Nordbau',
    },
    {
      name: 'a subject that opens the sentence stays the holder',
      text: 'Die Gewerkschaft Nordbau vertritt die Ansicht, dass die Löhne steigen müssten.',
      speaker: 'Nordbau',
    },
    {
      name: 'a main clause joined by a comma has its own subject',
      text: 'Die Lage ist ernst, die Gewerkschaft Nordbau ist der Ansicht, dass die Löhne steigen müssten.',
      speaker: 'Nordbau',
    },
    {
      name: 'also a share after the comma',
      text: 'Die Umfrage ist neu, 40 Prozent sind jedoch der Ansicht, dass die Steuern zu hoch seien.',
      speaker: '40 Prozent',
    },
    {
      name: 'a share in figures stands for the people in it',
      text: '31 Prozent vertreten die Ansicht, dass die Steuern zu hoch seien.',
      speaker: '31 Prozent',
    },
    {
      name: 'and so does a fraction',
      text: 'Ein Viertel teilt die Ansicht, die Schule beginne zu früh.',
      speaker: 'Viertel',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('an indefinite pronoun for people speaks', () => {
  it.each([
    {
      name: 'as the holder of a view a noun announces',
      text: 'Einige vertreten die Ansicht, die Stadt brauche keinen neuen Hafen.',
      speaker: 'Einige',
    },
    {
      name: 'after the verb it is the subject of',
      text: 'Damals glaubte niemand, dass der Bau zehn Jahre dauern würde.',
      speaker: 'niemand',
    },
    {
      name: 'before a speech verb',
      text: 'Manche meinten, der Preis sei zu hoch.',
      speaker: 'Manche',
    },
    {
      name: 'but as a determiner it opens the phrase of its noun',
      text: 'Damals glaubten einige Forscher, dass der Bau zehn Jahre dauern würde.',
      speaker: 'Forscher',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('a noun for what was said speaks for the one its attribute names', () => {
  it.each([
    {
      name: '"von" and a name',
      text: 'Die Kernaussage von Paul Weber lautete dazu: „Wir sind sehr zufrieden.“',
      speaker: 'Paul Weber',
    },
    {
      name: 'a genitive',
      text: 'Die Forderung der Gewerkschaft Nordbau lautete: „Zehn Prozent mehr Lohn.“',
      speaker: 'Nordbau',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('the holder of a statement a noun announces, after an adverb that opens the sentence', () => {
  it.each([
    {
      name: 'the subject follows the verb',
      text: 'Dann äußerte der Verband Nordbau die Hoffnung, dass der Streit bald ende.',
      speaker: 'Nordbau',
    },
    {
      name: '"so" is no subject',
      text: 'So fasste die Gewerkschaft Nordbau am Montag den Beschluss, den Streik zu beenden.',
      speaker: 'Nordbau',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('an apposition between commas after the subject', () => {
  it('names the phrase again in its case, and the verb follows it', () => {
    const text =
      'Die Kernaussage von Paul Weber, dem Chef des Vereins, lautete dazu: „Wir sind sehr zufrieden.“';
    expect(found(text).map((q) => q.speaker)).toEqual(['Paul Weber']);
  });
});

describe('a source named by "laut" inside a reported stance', () => {
  it.each([
    {
      name: 'the stance is the subject, the report of it is the source',
      text: 'Die Gewerkschaft Nordbau hält den Plan laut Lena Brandt für machbar.',
      speaker: 'Lena Brandt',
    },
    {
      name: 'without "laut" the subject holds it',
      text: 'Die Gewerkschaft Nordbau hält den Plan für machbar.',
      speaker: 'Nordbau',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});
