/**
 * Statements announced by a noun whose clause is moved behind the end of the noun's own clause (`noun-cues.ts`,
 * `extraposedFrom`), and a question that states nothing (`sentence-statements.ts`), with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a statement moved behind the verb of its noun', () => {
  it.each([
    {
      name: 'a copula between the noun and its clause',
      text: 'Seine wichtigste Forderung war, dass die Bahn den Takt verdichte.',
      expected: ['dass die Bahn den Takt verdichte'],
    },
    {
      name: 'a verb and its particle after the noun ("wurden Vorwürfe laut, …")',
      text: 'Im Rathaus wurden Vorwürfe laut, man habe die Akten zurückgehalten.',
      expected: ['man habe die Akten zurückgehalten'],
    },
    {
      name: 'a separable particle after the object noun ("stellten die These auf, …")',
      text: 'Die Forscher stellten die These auf, dass die Knochen älter sind als gedacht.',
      expected: ['dass die Knochen älter sind als gedacht'],
    },
    {
      name: 'a pronominal adverb after the noun ("Zweifel daran, ob …")',
      text: 'Es gibt Zweifel daran, ob der Brand wirklich ein Unfall war.',
      expected: ['ob der Brand wirklich ein Unfall war'],
    },
    {
      name: 'a relative clause moved behind the verb is no content',
      text: 'Die Stadt legte Pläne vor, die drei Architekten entworfen hatten.',
      expected: [],
    },
    {
      name: 'a noun a preposition governs has no clause moved behind the verb',
      text: 'Zwei Männer wurden festgenommen, die unter Verdacht stehen, einen Laden überfallen zu haben.',
      expected: [],
    },
    {
      name: 'a genitive after a noun with its article is no head ("Im Verlauf der Mitteilung")',
      text: 'Im weiteren Verlauf der Mitteilung wird deutlich, dass die Brücke marode ist.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('nouns of a call, a condition, a conclusion or an agreement announce a statement', () => {
  it.each([
    {
      name: 'a consensus',
      text: 'Unter den Beobachtern gibt es einen breiten Konsens darüber, dass keiner der Kandidaten gewann.',
      expected: ['dass keiner der Kandidaten gewann'],
    },
    {
      name: 'a condition',
      text: 'Der Premier machte zur Bedingung, dass die Proteste enden.',
      expected: ['dass die Proteste enden'],
    },
    {
      name: 'a conclusion (a compound in "-folgerung")',
      text: 'Viele Befragte ziehen die Schlussfolgerung, nicht zur Wahl zu gehen.',
      expected: ['nicht zur Wahl zu gehen'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('an adjective of certainty or awareness announces a statement', () => {
  it.each([
    {
      name: '"sich sicher sein, dass …"',
      text: 'Nach dem Abgleich der Spuren war sich die Staatsanwaltschaft sicher, dass die Beweise ausreichen würden.',
      expected: ['dass die Beweise ausreichen würden'],
    },
    {
      name: '"sich bewusst sein, dass …"',
      text: 'Die Studios sind sich der Tatsache bewusst, dass die DVD nicht mehr so zugkräftig ist.',
      expected: ['dass die DVD nicht mehr so zugkräftig ist'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

it('with no holder in the sentence the noun speaks for its statement, as a document does', () => {
  expect(found('Im Rathaus wurden Vorwürfe laut, man habe die Akten zurückgehalten.')).toEqual([
    { kind: 'indirect', text: 'man habe die Akten zurückgehalten', speaker: 'Vorwürfe' },
  ]);
});

it('a reflexive pronoun between the verb and its subject leaves the subject as the holder', () => {
  expect(
    found(
      'Als die Spuren übereinstimmten, war sich die Staatsanwaltschaft sicher, dass die Beweise ausreichen würden.',
    ),
  ).toEqual([
    { kind: 'indirect', text: 'dass die Beweise ausreichen würden', speaker: 'Staatsanwaltschaft' },
  ]);
});

describe('a prepositional attribute between a statement noun and its clause', () => {
  it.each([
    {
      name: '"an" with the addressee',
      text: 'Mehrere Anfragen an den Anbieter, die Seite zu sperren, blieben erfolglos.',
      expected: ['die Seite zu sperren'],
    },
    {
      name: 'a clause in Konjunktiv after it',
      text: 'Es gibt Forderungen an die Vereine, sie müssten selbst für Ordnung sorgen.',
      expected: ['sie müssten selbst für Ordnung sorgen'],
    },
    {
      name: '"über" names a topic, whose noun takes the clause',
      text: 'Im Film geht es um Berichte über die Versuche der Forscher, das Rätsel zu lösen.',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('a claim with "soll … haben" after the statement still belongs to it', () => {
  it.each([
    {
      name: 'the claim goes on with the statement',
      text: 'Die Staatsanwaltschaft hegt den Verdacht, der Beamte könnte Reisekosten falsch abgerechnet haben, hierbei soll ihm ein Kollege geholfen haben.',
      expected: [
        'der Beamte könnte Reisekosten falsch abgerechnet haben, hierbei soll ihm ein Kollege geholfen haben',
      ],
    },
    {
      name: 'a clause in the indicative is the writer’s',
      text: 'Die Staatsanwaltschaft hegt den Verdacht, der Beamte könnte Reisekosten falsch abgerechnet haben, hierbei half ihm ein Kollege.',
      expected: ['der Beamte könnte Reisekosten falsch abgerechnet haben'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('a question states nothing', () => {
  it.each([
    {
      name: 'a question of its own, a speech verb in it',
      text: 'Glauben Sie, dass die Drohungen ernst gemeint sind?',
      expected: [],
    },
    {
      name: 'an indirect question is a statement of the sentence',
      text: 'Die Ministerin fragte, ob die Drohungen ernst gemeint seien.',
      expected: ['ob die Drohungen ernst gemeint seien'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('the source after a statement noun, named in the nominative', () => {
  it.each([
    {
      name: 'a role noun in the genitive ("der Ankündigung des Trainers")',
      text: 'Trotz der Ankündigung des Trainers, den Vertrag nicht zu verlängern, blieb die Stimmung gut.',
      expected: [{ kind: 'indirect', text: 'den Vertrag nicht zu verlängern', speaker: 'Trainer' }],
    },
    {
      name: 'a group in the genitive ("die Forderung des Ministeriums")',
      text: 'Die Forderung des Ministeriums, die Schulen zu schließen, stieß auf Kritik.',
      expected: [{ kind: 'indirect', text: 'die Schulen zu schließen', speaker: 'Ministerium' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
