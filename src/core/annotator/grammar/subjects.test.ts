/** Where the subject of a cue stands (`subjects.ts`): after a modal, and in the second of two main clauses. */
import { describe, expect, it } from 'vitest';
import { found } from '../__fixtures__/found';

describe('the subject of an infinitive after a modal', () => {
  it.each([
    {
      name: 'the subject after the modal, a phrase of time before it',
      text: 'Am Montag will die Ministerin vor dem Landtag erklären, dass die Schulen offen bleiben.',
      speaker: 'Ministerin',
    },
    {
      name: 'a separable verb with its particle apart',
      text: 'Morgen soll der Landrat Paul Abel bekannt geben, ob die Brücke gesperrt wird.',
      speaker: 'Paul Abel',
    },
    {
      name: 'after causative "lassen", like a modal',
      text: 'Am Abend ließ der Sprecher des Verbands verlauten, die Gespräche seien gescheitert.',
      speaker: 'Verband',
    },
    {
      name: 'after "lassen", a quotation first',
      text: '„Wir bleiben dabei“, ließ eine Sprecherin aus Kiel knapp verlauten.',
      speaker: 'Sprecherin',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('the subject of the second of two main clauses', () => {
  it.each([
    {
      name: 'after "und", with a verb in the first clause',
      text: 'Der Umbau dauerte Jahre und die Anwohner befürchten, dass er nie endet.',
      speaker: 'Anwohner',
    },
    {
      name: 'not two phrases joined by "und" before the verb: the object comes first',
      text: 'Der Arzt Paul Abel kam spät. Die Pfleger und Helfer forderte er auf, die Kranken gut zu versorgen.',
      speaker: 'Paul Abel',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).at(-1)?.speaker).toBe(speaker);
  });
});

describe('an adjective of attitude in the first position', () => {
  it.each([
    {
      name: 'before a direct quote',
      text: 'Enttäuscht zeigte sich der Trainer Paul Abel: „Wir waren zu langsam.“',
    },
    {
      name: 'before an indirect statement',
      text: 'Besorgt äußerte sich der Minister Paul Abel, es gebe keine Lösung.',
    },
  ])('describes the subject after the verb: $name', ({ text }) => {
    expect(found(text).map((q) => q.speaker)).toEqual(['Paul Abel']);
  });
});

describe('a subject shared with the clause before', () => {
  it.each([
    {
      name: 'a finite verb right after a comma, with no subject of its own',
      text: 'Der Senator wollte sich nicht festlegen, sagte aber, die Partei müsse geschlossen auftreten.',
      speaker: 'Senator',
    },
    {
      name: 'a demonstrative standing alone as the subject before "und"',
      text: 'Die Stadt Kiel teilte mit, Umweltminister Jonas Keller sei eingetroffen. Dieser bat die Bürger um Geduld und drohte den Firmen an, sie zu verklagen.',
      speaker: 'Jonas Keller',
    },
    {
      name: 'a surname with a particle before the auxiliary of two participles',
      text: 'Von Brandt hatte Fehler eingeräumt und angegeben, er habe zu schnell gearbeitet.',
      speaker: 'Von Brandt',
    },
  ])('$name', ({ text, speaker }) => {
    expect(found(text).at(-1)?.speaker).toBe(speaker);
  });
});

describe('a noun after the verb with an adjective and no article', () => {
  it.each([
    {
      name: 'is the object, not a speaker',
      text: 'Die Stadtwerke forderten höhere Zuschüsse.',
      speakers: [],
    },
    {
      name: 'is the object also after a phrase of time',
      text: 'Die Wasserwerke kündigten am Montag neue Preise an.',
      speakers: [],
    },
    {
      name: 'is the object when a cardinal makes it plural and the verb is singular',
      text: 'Das Unwetter forderte zwanzig Todesopfer.',
      speakers: [],
    },
    {
      name: 'is the object when a plural determiner opens it and the verb is singular',
      text: 'Der Sturm forderte am Wochenende viele Opfer.',
      speakers: [],
    },
    {
      name: 'is the subject of a plural verb, its cardinal included',
      text: 'Der Plan sei gescheitert, sagten zwei Diplomaten.',
      speakers: ['Diplomaten'],
    },
    {
      name: 'is the subject when it names people',
      text: 'Dagegen protestierten aufgebrachte Anwohner.',
      speakers: ['aufgebrachte Anwohner'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(found(text).map((q) => q.speaker)).toEqual(speakers);
  });
});

describe('a plural before a singular verb', () => {
  it.each([
    {
      name: 'is the object: the subject is after the verb',
      text: 'Betriebsbedingte Kündigungen schloss die Chefin nicht aus.',
      speakers: ['Chefin'],
    },
    {
      name: 'is the object also when a pronoun after the verb is the subject',
      text: 'Die Ministerin Eva Roth sprach in Kiel. Weitere Kürzungen kündigte sie an.',
      speakers: ['Eva Roth'],
    },
    {
      name: 'is no head when it is the genitive after it',
      text: 'Die Sprecherin der Gewerkschaften forderte mehr Lohn.',
      speakers: ['Gewerkschaften'],
    },
    {
      name: 'is the subject of a plural verb',
      text: 'Die Gewerkschaften forderten mehr Lohn.',
      speakers: ['Gewerkschaften'],
    },
    {
      name: 'is the subject of a plural verb in "-ern", whose stem ends in "-er"',
      text: 'Die Elternvertretungen fordern seit Jahren einen besseren Schutz des Schulwegs.',
      speakers: ['Elternvertretungen'],
    },
    {
      name: 'and with a capitalised noun after the verb ("äußern … Kritik")',
      text: 'Die Elternvertretungen äußern seit Jahren scharfe Kritik am Schulamt.',
      speakers: ['Elternvertretungen'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(found(text).map((q) => q.speaker)).toEqual(speakers);
  });
});

describe('a Konjunktiv auxiliary ends the subject before an infinitive', () => {
  it('"er werde sich … äußern, wenn …" has no speaker called "er werde sich erst wieder zu diesem Thema"', () => {
    const text =
      'Von ihm liegt nur die Äußerung vor, er werde sich erst wieder zu diesem Thema äußern, wenn die Wahl vorbei sei.';
    // "ihm" has no antecedent in this one sentence, so the statement has no speaker rather than a wrong one
    expect(found(text).map((q) => q.speaker)).toEqual([null]);
  });
});
