/**
 * A speech verb inside someone's report (`continuation.ts`, `reportedAroundStatements`; `statement-ends.ts`,
 * `beforeNextCue`) and a run of reported sentences over a paragraph break (`continuationIn`), with sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('a speech verb whose own clause is in Konjunktiv is part of the report', () => {
  it.each([
    {
      name: 'a Konjunktiv before the cue: the sentence continues the report, its statement included',
      text: 'Die Ministerin sagte, der Plan sei gescheitert. Sie habe den Rücktritt angeboten und frage die Partei, ob ein Neuanfang möglich sei.',
      expected: [
        'der Plan sei gescheitert',
        'Sie habe den Rücktritt angeboten und frage die Partei, ob ein Neuanfang möglich sei.',
      ],
    },
    {
      name: 'a statement before its cue keeps its own Konjunktiv',
      text: 'Die Lage sei ernst, sagte der Minister.',
      expected: ['Die Lage sei ernst'],
    },
    {
      name: 'a cue in Konjunktiv I after "und" ("betone") does not end the report',
      text: 'Der Sprecher sagte, der Zug sei ausgefallen. Die Bahn prüfe den Fall und betone, dass niemand verletzt worden sei.',
      expected: [
        'der Zug sei ausgefallen',
        'Die Bahn prüfe den Fall und betone, dass niemand verletzt worden sei.',
      ],
    },
    {
      name: 'a cue in the indicative after "und" ("betonte") ends it and has its own statement',
      text: 'Der Sprecher sagte, der Zug sei ausgefallen. Die Bahn prüfe den Fall und betonte, dass niemand verletzt worden sei.',
      expected: ['der Zug sei ausgefallen', 'Die Bahn prüfe den Fall', 'dass niemand verletzt worden sei'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('a run of reported sentences across a paragraph break', () => {
  it.each([
    {
      name: 'the first sentence of the next paragraph joins the run as a second part',
      text: 'Der Sprecher sagte, der Zug sei ausgefallen. Die Strecke bleibe gesperrt.\n\nDie Reparatur dauere bis Montag.',
      expected: [
        'der Zug sei ausgefallen',
        'Die Strecke bleibe gesperrt. | Die Reparatur dauere bis Montag.',
      ],
    },
    {
      name: 'a sentence of the writer in between ends the run',
      text: 'Der Sprecher sagte, der Zug sei ausgefallen. Die Strecke bleibe gesperrt.\n\nDie Polizei sperrte die Straße. Der Schaden sei groß.',
      expected: ['der Zug sei ausgefallen', 'Die Strecke bleibe gesperrt.', 'Der Schaden sei groß.'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('a sentence in Konjunktiv II right before a reported sentence opens the same report', () => {
  it.each([
    {
      name: 'the Konjunktiv II sentence joins the reported sentence after it',
      text: 'Die Behörde veröffentlichte den Bericht. Techniker hätten den Hebel falsch gestellt. Dadurch sei eine Kette von Warnungen ausgelöst worden.',
      expected: [
        'Techniker hätten den Hebel falsch gestellt. Dadurch sei eine Kette von Warnungen ausgelöst worden.',
      ],
    },
    {
      name: 'a sentence in the indicative before it stays the writer’s',
      text: 'Die Behörde veröffentlichte den Bericht. Die Techniker stellten den Hebel um. Dadurch sei eine Kette von Warnungen ausgelöst worden.',
      expected: ['Dadurch sei eine Kette von Warnungen ausgelöst worden.'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('a subordinate clause in Konjunktiv ends with its verb', () => {
  it.each([
    {
      name: 'the main clause after its comma is the writer’s again',
      text: 'Der Minister sagte, das Gesetz gelte. Neben dem Grundsatz, den das Gericht immer wieder betone, verbieten eigene Regeln die Benachteiligung.',
      expected: ['das Gesetz gelte', 'den das Gericht immer wieder betone'],
    },
    {
      name: 'a Konjunktiv right after its comma is the main clause’s verb: the whole sentence is reported',
      text: 'Der Minister sagte, das Gesetz gelte. Nach vielen Gesprächen, die er geführt habe, sei er sich seiner Sache sicher.',
      expected: [
        'das Gesetz gelte',
        'Nach vielen Gesprächen, die er geführt habe, sei er sich seiner Sache sicher.',
      ],
    },
    {
      name: 'a zu-infinitive after its comma still belongs to it ("heranzukommen")',
      text: 'Der Minister sagte, das Gesetz gelte. Das Amt wählte diesen Weg, obwohl ihm bessere Wege offen stünden, an die Daten heranzukommen.',
      expected: ['das Gesetz gelte', 'obwohl ihm bessere Wege offen stünden, an die Daten heranzukommen'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});

describe('an umlauted Konjunktiv II of a strong verb, which no indicative shares, goes on with a report', () => {
  it.each([
    {
      name: '"befänden" ("befanden" is the past)',
      text: 'Der Sprecher sagte, die Lage sei ernst. Die Dämme befänden sich nahe der Grenze.',
      expected: ['die Lage sei ernst', 'Die Dämme befänden sich nahe der Grenze.'],
    },
    {
      name: '"sprächen" in a clause after a comma ("sprachen" is the past)',
      text: 'Der Sprecher sagte, die Lage sei ernst. Erneut wurden Vorwürfe laut, die Angreifer sprächen einen fremden Dialekt.',
      expected: ['die Lage sei ernst', 'die Angreifer sprächen einen fremden Dialekt'],
    },
  ])('$name', ({ text, expected }) => {
    expect(found(text).map((q) => q.text)).toEqual(expected);
  });
});
