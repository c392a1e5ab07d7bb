import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../article/parse';
import { annotate } from '../annotate';
import { findQuotes } from '../find-quotes';

/** The direct quotes of `text`, each as its spans joined with " | ". */
function directQuotes(text: string): string[] {
  return findQuotes(text, '2024-05-02')
    .filter((q) => q.kind === 'direct')
    .map((q) => q.quote.map(([s, e]) => text.slice(s, e)).join(' | '));
}

describe('names in quotation marks are not speech', () => {
  it.each([
    {
      name: 'an organisation that is the speaker',
      text: 'Wie die „Aktion Saubere Flüsse“ am Montag mitteilte, sei das Wasser wieder klar.',
    },
    {
      name: 'a newspaper named as the object of "nennen", with the predicate after it',
      text: 'Der Minister nannte die Zeitung „Abendpost“ ein Ärgernis.',
    },
    {
      name: 'an organisation inside the speaker phrase',
      text: 'Ein Sprecher der „Initiative Grüne Stadt“ sagte, man sei zufrieden.',
    },
    {
      name: 'a name after a definite article',
      text: 'Der Verein kündigte an, die Mitglieder der „Freunde des Stadtparks“ einzuladen.',
    },
    {
      name: 'a newspaper after a fused article',
      text: 'Der Bürgermeister sagte im „Abendblatt Nord“, er werde nicht zurücktreten.',
    },
    {
      name: 'a source after "laut"',
      text: 'Die Brücke wird laut „Lokalkurier“ im Mai gesperrt.',
    },
    {
      name: 'a translation in parentheses',
      text: 'Die Partei Ruch Zielonych („Bewegung der Grünen“) erhielt drei Sitze.',
    },
    {
      name: 'a short form after "kurz"',
      text: 'Der Verband Deutscher Bäcker, kurz: „VDB“, warnte vor steigenden Preisen.',
    },
    {
      name: 'a code name after a colon',
      text: 'Die neue Version (Codename: „Falke“) soll im Herbst erscheinen.',
    },
    {
      name: 'a naming noun in the genitive',
      text: 'Nach Angaben des Internetdienstes „Netzblick“ sei die Seite gesperrt worden, sagte er.',
    },
    {
      name: 'a naming noun before the passage outweighs a cue after it',
      text: 'Ein Mann mit dem Beinamen „Der Fuchs“, erklärte die Polizei, sei geflohen.',
    },
    {
      name: 'a name given by "so heißt"',
      text: '„Sonnenfeld“, so heißt das neue Projekt der Stadt.',
    },
    {
      name: 'names listed after a labelling verb with a definite article',
      text: 'Der Bericht nennt die Modelle „Aster“ und „Birke“.',
    },
    {
      name: 'a title with a preposition inside the speaker phrase',
      text: 'Bei der Demonstration sagte die Sprecherin von „Eltern gegen Lärm“, man sei zufrieden.',
    },
    {
      name: 'a web address',
      text: 'Die Erklärung ist auf „stadtrat-beispiel.de“ nachzulesen, teilte die Stadt mit.',
    },
    {
      name: 'a motto after a colon',
      text: 'Die Firma (Motto: „Sauber ist Vertrauenssache“) wird seit Montag untersucht.',
    },
    {
      name: 'a heading named earlier in the clause before a colon',
      text: 'Auf der Seite der Firma (Überschrift über dem ganzen Angebot: „Wir machen es sauber“) steht nichts dazu.',
    },
    {
      name: 'a book named by a noun ending in "-werk" before a colon',
      text: 'Das Buch, das sie in Bremen vorstellte, ist ihr erstes Werk: „Der Hund bleibt draußen“.',
    },
    {
      name: 'a term defined by a passive "beschrieben wird"',
      text: 'Der Teilchenstrom, der von der Sonne kommt und als „Sonnenwind“ beschrieben wird, ist schwach.',
    },
    {
      name: 'a name after "als" with a judging verb in another clause',
      text: 'Der Vorfall wurde mit Stufe eins bewertet und gilt damit nicht als „Störfall“.',
    },
    {
      name: 'one capitalised word after an indefinite article with no speech verb',
      text: 'Die Stadt werde ohne den Zuschuss in einen „Engpass“ geraten.',
    },
    {
      name: 'a maxim named by its noun, even as a lower-case fragment',
      text: 'Die Richterin erinnerte an den Grundsatz „im Zweifel für den Angeklagten“, sagte ein Sprecher.',
    },
    {
      name: 'a principle after its noun and a comma',
      text: 'Er sagte, das Prinzip, „ein Land, ein Gesetz“ gelte für alle.',
    },
    {
      name: 'a scare-quoted adjective before its noun',
      text: 'Der Sprecher sagte, die Kosten seien nur wegen der „kräftigen“ Erhöhung gestiegen.',
    },
    {
      name: 'a term cited with its definite article',
      text: 'Der Prediger sagte, die Welt sei ein Kampf zwischen „dem Licht“ und „dem Schatten“.',
    },
    {
      name: 'a source between "wie" and its verb',
      text: 'Wie „nordnetz online“ berichtet, sei der Server am Morgen ausgefallen.',
    },
    {
      name: 'a group naming itself',
      text: 'Die Gruppe, die sich selbst „Bürger gegen den Lärm von oben“ nennt, protestierte gegen den Plan, sagte ein Sprecher.',
    },
    {
      name: 'an event naming itself in lower case',
      text: 'Im nächsten Jahr nennt es sich „stadtfest 25“ und zieht an den Hafen, teilte die Stadt mit.',
    },
    {
      name: 'a name at the end of the speaker phrase before the verb',
      text: 'Anna Roth, die Chefin der „Nordpost“, bekräftigt den Bericht.',
    },
  ])('$name', ({ text }) => {
    expect(directQuotes(text)).toEqual([]);
  });
});

describe('quoted speech stays speech', () => {
  it.each([
    {
      name: 'a lower-case word as the predicate of "nennen", after a noun that names what follows',
      text: 'Die Ärztin Lea Brandt nannte die Haltung des Vereins „kurzsichtig“.',
      expected: ['„kurzsichtig“'],
    },
    {
      name: 'the predicate of "nennen" after a noun for a statement',
      text: 'Der Verband nannte die Stellungnahme der Stadt „weltfremd“, sagte Jan Ohm.',
      expected: ['„weltfremd“'],
    },
    {
      name: 'a labelled word after "von"',
      text: 'Händler sprachen am Abend von „Panikkäufen“ an der Börse.',
      expected: ['„Panikkäufen“'],
    },
    {
      name: 'a clause after a definite article',
      text: 'Sie hoffe, dass der „Streit bald beendet ist“, sagte die Ministerin.',
      expected: ['„Streit bald beendet ist“'],
    },
    {
      name: 'a partial quote in parentheses after a lower-case word',
      text: 'Der Minister Paul Weber sagte, die Lage sei („ohne Zweifel“) ernst.',
      expected: ['„ohne Zweifel“'],
    },
    {
      name: 'a lower-case fragment of four words or more, with no speech verb anywhere',
      text: 'Die Polizei war vor Ort. Der Zug hielt erst „weit hinter dem letzten Signal“ an.',
      expected: ['„weit hinter dem letzten Signal“'],
    },
    {
      name: 'a lower-case fragment in parentheses is no gloss',
      text: 'Die Partei will Erben („ab einem Erbe von einer Million Euro“) stärker belasten.',
      expected: ['„ab einem Erbe von einer Million Euro“'],
    },
    {
      name: 'a partial quote in reported speech with no speaker before it',
      text: 'Das Dach sei „in schlechtem Zustand“ gewesen.',
      expected: ['„in schlechtem Zustand“'],
    },
    {
      name: 'a capitalised label after a labelling verb and an indefinite article',
      text: 'Die Ministerin nannte den Plan einen „Irrweg“.',
      expected: ['„Irrweg“'],
    },
    {
      name: 'a chanted slogan after "Parolen wie zum Beispiel"',
      text: 'Die Menge zog zum Rathaus und skandierte Parolen wie zum Beispiel „Stoppt den Lärm“.',
      expected: ['„Stoppt den Lärm“'],
    },
    {
      name: 'a slogan after "die Parole"',
      text: 'Auf dem Transparent stand die Parole „Wir bleiben hier“.',
      expected: ['„Wir bleiben hier“'],
    },
    {
      name: 'a phrase of capitalised nouns that opens with a preposition is no title',
      text: 'Die Ministerin sagte, die Zukunft des Werks stehe „auf Messers Schneide“.',
      expected: ['„auf Messers Schneide“'],
    },
    {
      name: '"mit den Worten" without a speech verb',
      text: 'Mit den Worten „Jetzt beginnt die Arbeit“ eröffnete die Präsidentin die Sitzung.',
      expected: ['„Jetzt beginnt die Arbeit“'],
    },
    {
      name: 'a label after "als ein" and a judging verb that is no speech verb',
      text: 'Der Minister Paul Weber charakterisierte den Vorfall als ein „Beispiel schlechten Stils“.',
      expected: ['„Beispiel schlechten Stils“'],
    },
    {
      name: 'a capitalised label after "als" with a separable judging verb',
      text: 'Die Ministerin wies den Vorwurf am Montag in Bremen als „Unverfrorenheit“ zurück.',
      expected: ['„Unverfrorenheit“'],
    },
    {
      name: 'a lower-case label in a passive description',
      text: 'Die Wolken, die als „bleiern“ beschrieben wurden, zogen erst am Abend ab.',
      expected: ['„bleiern“'],
    },
    {
      name: 'one capitalised word after an indefinite article, with a speech verb in the sentence',
      text: 'Die Ministerin sagte, die Stadt werde ohne den Zuschuss in einen „Engpass“ geraten.',
      expected: ['„Engpass“'],
    },
    {
      name: 'a quoted adverb before a noun (no inflection) in reported speech',
      text: 'Die Kammer sagte, es würden „dringend“ Fachkräfte gesucht.',
      expected: ['„dringend“'],
    },
    {
      name: 'a capitalised piece of a sentence with lower-case words, after a definite article',
      text: 'Die Frist soll nach dem Beschluss im „Regelfall um zwei Monate verlängert“ werden.',
      expected: ['„Regelfall um zwei Monate verlängert“'],
    },
    {
      name: 'a long phrase after a definite article in a sentence framed by "laut"',
      text: 'Das neue Amt dient laut einer Mitteilung des Landes der „Bündelung von Fachwissen und zur schnelleren Hilfe bei Störungen im Netz“.',
      expected: ['„Bündelung von Fachwissen und zur schnelleren Hilfe bei Störungen im Netz“'],
    },
    {
      name: 'a quotation over paragraphs with one pair of marks',
      text: 'Im Gesetz heißt es:\n„Die Behörde darf Folgendes tun:\n1. Akten lesen.“',
      expected: ['„Die Behörde darf Folgendes tun: | 1. Akten lesen.“'],
    },
  ])('$name', ({ text, expected }) => {
    expect(directQuotes(text)).toEqual(expected);
  });
});

describe('a partial quote inside reported speech', () => {
  it('is a direct quote of its own and leaves the continued reported speech in place', () => {
    const text =
      'Bürgermeisterin Anna Berger sagte, die Lage sei ernst. Das Schicksal der Stadt stehe „auf Messers Schneide“.';
    const quotes = findQuotes(text, '2024-05-02').map((q) => ({
      kind: q.kind,
      text: q.quote.map(([s, e]) => text.slice(s, e)).join(' | '),
      speaker: q.speaker,
    }));
    expect(quotes).toContainEqual({ kind: 'direct', text: '„auf Messers Schneide“', speaker: 'Anna Berger' });
    expect(quotes).toContainEqual({
      kind: 'indirect',
      text: 'Das Schicksal der Stadt stehe „auf Messers Schneide“.',
      speaker: 'Anna Berger',
    });
  });
});

describe('a headline that names the kind of piece before its colon', () => {
  it.each(['Interview', 'Kommentar', 'Analyse'])(
    '"%s: „…“" is a quote whose speaker the headline does not name',
    (kind) => {
      const text = `${kind}: „Der Hafen braucht neue Kräne“\n\nDie Hafenchefin Ines Polat will investieren.`;
      expect(findQuotes(text, '2024-05-02').map((q) => [q.kind, q.speaker])).toEqual([['direct', null]]);
    },
  );

  it('a name before the colon still speaks', () => {
    const text = 'Polat: „Der Hafen braucht neue Kräne“\n\nDie Hafenchefin Ines Polat will investieren.';
    expect(findQuotes(text, '2024-05-02').map((q) => q.speaker)).toEqual(['Ines Polat']);
  });
});

describe('a cue after the quotation', () => {
  it('counts after several quoted sentences with the comma forgotten', () => {
    const text = '„Wir haben gut gespielt. Die Punkte bleiben hier“ sagte die Trainerin Lea Vogt.';
    expect(findQuotes(text, '2024-05-02').map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Lea Vogt']]);
  });
});

describe('a quotation that runs into the next paragraph', () => {
  it('anchors its speaker mention and cue in the paragraph where they stand', () => {
    const article = annotate({
      text: 'Anna Berg sagte: „Wir bleiben hier.\nDas ist sicher.“',
      published: '2024-05-02',
    });
    const [quote] = article.quotes;
    expect(quote?.speakerMention?.de).toEqual([{ paragraph: 'p1', start: 0, end: 9, exact: 'Anna Berg' }]);
    expect(quote?.cue?.de?.map((s) => [s.paragraph, s.exact])).toEqual([['p1', 'sagte']]);
    expect(parseArticle(article).ok).toBe(true);
  });
});
