import { describe, expect, it } from 'vitest';
import { annotateText } from '../annotate-text';

/** Each quote's speaker, as name and role, in text order. */
function speakersOf(text: string): string[] {
  return annotateText(text, '2026-11-20').quotes.map((q) =>
    q.speaker ? `${q.speaker.name}${q.speaker.role ? ` (${q.speaker.role})` : ''}` : '—',
  );
}

describe('an agent noun between an article and a name is the person’s role', () => {
  it.each([
    {
      name: 'a feminine agent noun the role lexicon does not list',
      text: '„Wir sind am Ende“, sagte die Erzieherin Miriam Koch.',
      speakers: ['Miriam Koch (Erzieherin)'],
    },
    {
      name: 'a masculine one, in the dative after a preposition',
      text: 'Laut dem Organisator Jan Roth kamen mehr als tausend Menschen.',
      speakers: ['Jan Roth (Organisator)'],
    },
    {
      name: 'the surname alone takes the person up later',
      text: 'Die Demonstrantin Lea Sommer sagte, man bleibe. Sommer kündigte weitere Proteste an.',
      speakers: ['Lea Sommer (Demonstrantin)', 'Lea Sommer (Demonstrantin)'],
    },
    {
      name: 'an organisation whose name opens with an adjective keeps its name',
      text: 'Der Evangelische Kirchenkreis Nordheim teilte mit, der Gottesdienst falle aus.',
      speakers: ['Evangelische Kirchenkreis Nordheim'],
    },
    {
      name: 'a name written in capitals is no person',
      text: 'Nach Angaben des Regional Weather Service RWS war es der heißeste Tag.',
      speakers: ['Regional Weather Service RWS'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a person named again at the start of a sentence is the one a later "er" or epithet takes up', () => {
  it.each([
    {
      name: 'an age after a sentence about the person named again',
      text:
        'Sportdirektor Paul Brandt stellte sich hinter Trainer Kai Wendel. „Es gibt keine Diskussion“, sagte Brandt. ' +
        'Wendel selbst gab sich kämpferisch. Er habe die Mannschaft noch erreicht, sagte der 58-Jährige.',
      speakers: ['Paul Brandt (Sportdirektor)', 'Kai Wendel (Trainer)'],
    },
    {
      name: 'a pronoun after the full name',
      text:
        'Minister Paul Roth besuchte Bürgermeister Jens Hahn. „Er hat gut gearbeitet“, sagte Roth. ' +
        'Jens Hahn wies das Lob zurück. Er habe nur seine Pflicht getan, sagte er.',
      speakers: ['Paul Roth (Minister)', 'Jens Hahn (Bürgermeister)'],
    },
    {
      name: 'a name in the genitive at the start is no subject',
      text:
        'Ministerin Eva Roth besuchte Bürgermeister Jens Hahn. „Er hat gut gearbeitet“, sagte Roth. ' +
        'Hahns Bilanz sei aber gemischt, sagte sie.',
      speakers: ['Eva Roth (Ministerin)', 'Eva Roth (Ministerin)'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('a body its members are called after, before a first name and a surname, is a role', () => {
  it('"Sportvorstand Max Eberl …. …, sagte er" is Eberl, not the trainer the sentence named after him', () => {
    const text =
      'Trainer Jan Kolb räumte Fehler ein. Sportvorstand Max Eberl stellte sich hinter den Trainer. ' +
      'Eine Debatte gebe es nicht, sagte er.';
    expect(speakersOf(text)).toEqual(['Max Eberl (Sportvorstand)']);
  });
});

describe('a name opening with an inflected adjective is an institution', () => {
  it.each([
    { text: 'Die Deutsche Umwelthilfe kündigte an, Beschwerde einzulegen.', speaker: 'Deutsche Umwelthilfe' },
    {
      text: 'Die Katholische Landjugend sagte, die Dörfer stürben aus.',
      speaker: 'Katholische Landjugend',
    },
  ])('$speaker', ({ text, speaker }) => {
    const speakers = annotateText(text, '2026-11-20').quotes.map((q) => q.speaker);
    expect(speakers.map((s) => [s?.name, s?.kind])).toEqual([[speaker, 'collective']]);
  });
});

describe('a name opening with a word in capitals after an article is a group', () => {
  it.each([
    { text: 'Die IG Metall kündigte an, gegen die Pläne zu klagen.', speaker: 'IG Metall' },
    { text: 'Der FC Bayern teilte mit, der Vertrag sei verlängert worden.', speaker: 'FC Bayern' },
    {
      text: 'Der ADAC Nordrhein erklärte, die Staus nähmen zu.',
      speaker: 'ADAC Nordrhein',
    },
  ])('$speaker', ({ text, speaker }) => {
    const speakers = annotateText(text, '2026-11-20').quotes.map((q) => q.speaker);
    expect(speakers.map((s) => [s?.name, s?.kind])).toEqual([[speaker, 'collective']]);
  });

  it('"JD Vance sagte …": a person written with capitals, without an article, stays a person', () => {
    const speakers = annotateText('JD Vance sagte, Europa müsse mehr zahlen.', '2026-11-20').quotes.map(
      (q) => q.speaker,
    );
    expect(speakers.map((s) => [s?.name, s?.kind])).toEqual([['JD Vance', 'person']]);
  });
});

describe('a role with a party’s or body’s abbreviation takes up the person named last, by a second office', () => {
  it.each([
    {
      name: '"der CDU-Chef" after "Bundeskanzler Friedrich Merz"',
      text: 'Bundeskanzler Friedrich Merz verteidigte den Kurs. Die Zahl sei gesunken, sagte der CDU-Chef.',
      expected: ['Friedrich Merz (Bundeskanzler)'],
    },
    {
      name: 'one named with that role before is that role’s holder',
      text:
        'SPD-Chef Lars Klingbeil widersprach. Bundeskanzler Friedrich Merz verteidigte den Kurs. ' +
        'Das sei falsch, sagte der SPD-Chef.',
      expected: ['Lars Klingbeil (SPD-Chef)'],
    },
    {
      name: 'not a woman for a man’s office',
      text: 'Ministerin Anna Berger verteidigte den Kurs. Das sei falsch, sagte der SPD-Chef.',
      expected: ['SPD-Chef'],
    },
  ])('$name', ({ text, expected }) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('a known name right after the verb of a sentence that opens with another phrase is its subject', () => {
  it('"Auch an die Verbraucher stellte Grupp Forderungen. Nach seiner Meinung …" is Grupp’s', () => {
    const text =
      'Der Unternehmer Wolf Grupp sagte, Manager müssten haften. Dies sah Ministerin Eva Roth anders. ' +
      'Der Parteichef Jan Mehl auch. Auch an die Verbraucher stellte Grupp Forderungen. ' +
      'Nach seiner Meinung sollten sie sensibler werden.';
    expect(speakersOf(text).at(-1)).toBe('Wolf Grupp (Unternehmer)');
  });
});
