import { describe, expect, it } from 'vitest';
import { annotateText } from '../annotate-text';

/** Each quote's speaker name and kind, in text order. */
function speakersOf(text: string): { name: string | undefined; kind: string | undefined }[] {
  return annotateText(text, '2024-05-02').quotes.map((q) => ({
    name: q.speaker?.name,
    kind: q.speaker?.kind,
  }));
}

describe('the speaker book', () => {
  it.each([
    {
      name: 'a name after a preposition is a place the speaker belongs to, not the speaker',
      text: 'Der Bürgermeister von Bad Ems sagte, die Brücke werde gesperrt.',
      speaker: { name: 'Bürgermeister von Bad Ems', kind: 'collective' },
    },
    {
      name: 'an earlier name before the place counts',
      text: 'Die Stiftung Waldhaus in Lindau teilte mit, der Wald sei gesund.',
      speaker: { name: 'Waldhaus', kind: 'collective' },
    },
    {
      name: 'a name of two words after an article, an adjective and a noun stands in apposition to the noun',
      text: '„Wir brauchen Straßen für Menschen“, sagte der dänische Planer Jan Gehl.',
      speaker: { name: 'Jan Gehl', kind: 'person' },
    },
    {
      name: 'a first name and a surname after an article and an adjective are the name',
      text: '„Wir brauchen Straßen für Menschen“, sagte der 45-jährige Peter Müller.',
      speaker: { name: 'Peter Müller', kind: 'person' },
    },
    {
      name: 'an organisation named without an article and a country is its branch there',
      text: 'Greenpeace Österreich verlangte ein Verbot von Mikroplastik.',
      speaker: { name: 'Greenpeace Österreich', kind: 'collective' },
    },
    {
      name: 'a member of a board is named by the board before their name',
      text: 'Personalvorstand Gunnar Berg sagte, die Nachfrage sei schwach. „Wir müssen handeln“, sagte Berg.',
      speaker: { name: 'Gunnar Berg', kind: 'person' },
    },
    {
      name: 'the date of a statement is no part of its source’s name',
      text: '46 Beamte wurden nach Angaben der Polizei vom Dienstag verletzt.',
      speaker: { name: 'Polizei', kind: 'collective' },
    },
    {
      name: 'a police headquarters named by its place is not the place',
      text: 'Zwei Männer seien festgenommen worden, teilte die Polizeidirektion Lübeck am Montag mit.',
      speaker: { name: 'Polizeidirektion Lübeck', kind: 'collective' },
    },
    {
      name: 'a list that stands for election is a group, not the particle of a name ("von der Leyen")',
      text: 'Fraktionschef Michael Brandt von der Bürgerliste kritisierte, die Stadt verschulde sich.',
      speaker: { name: 'Michael Brandt', kind: 'person' },
    },
    {
      name: 'a deputy ("-vize") is a role before the name',
      text: 'Fraktionsvize Anna Lehmann sagte, der Minister verspreche zu viel.',
      speaker: { name: 'Anna Lehmann', kind: 'person' },
    },
    {
      name: 'a group with its name in a genitive attribute is named by the whole phrase',
      text: 'Der Bundesverband der Deutschen Industrie (BDI) warnte, die Regeln seien zu streng.',
      speaker: { name: 'Bundesverband der Deutschen Industrie', kind: 'collective' },
    },
    {
      name: 'people of a group in the genitive are those people, not the group',
      text: 'Die Gegner des Gesetzes erklärten, sie wollten klagen.',
      speaker: { name: 'Gegner des Gesetzes', kind: 'collective' },
    },
    {
      name: 'a report’s source in the genitive speaks, not the report',
      text: 'Ein Bericht der Zeitung Nordkurier besagt, die Werft sei pleite.',
      speaker: { name: 'Nordkurier', kind: 'collective' },
    },
    {
      name: 'a name written in capitals is an organisation',
      text: 'Der Naturschutzbund NABU kritisierte, die Pläne seien zu vage.',
      speaker: { name: 'NABU', kind: 'collective' },
    },
    {
      name: 'an abbreviation alone is an organisation',
      text: 'Der ADFC forderte, die Radwege müssten breiter werden.',
      speaker: { name: 'ADFC', kind: 'collective' },
    },
    {
      name: 'a surname after the full name is the full name’s speaker',
      text:
        'Der Vorsitzende Dennis Albering stellte den Plan vor. ' +
        'Albering sagte, die Fraktion werde zustimmen.',
      speaker: { name: 'Dennis Albering', kind: 'person' },
    },
    {
      name: 'an adjective made from a place names nobody alone: the phrase is the speaker',
      text: 'Die Kieler Feuerwehr teilte mit, der Brand sei gelöscht.',
      speaker: { name: 'Kieler Feuerwehr', kind: 'collective' },
    },
    {
      name: 'nor does an adjective inside a proper name',
      text: 'Die Vereinigten Staaten erklärten, sie seien zu Gesprächen bereit.',
      speaker: { name: 'Vereinigten Staaten', kind: 'collective' },
    },
    {
      name: 'a name before a "von" phrase with a place in it is the speaker, not the place',
      text: 'Dr. Anna Berger von der Universität Kiel sagte, die Therapie sei gut.',
      speaker: { name: 'Anna Berger', kind: 'person' },
    },
    {
      name: 'a name before "vom" and an institution with an adjective is the speaker',
      text: 'Hans Roth vom Deutschen Krebsforschungszentrum sagte, die Therapie sei gut.',
      speaker: { name: 'Hans Roth', kind: 'person' },
    },
    {
      name: 'a name in the genitive before a role owns the role; its holder speaks',
      text: 'Österreichs Bundespräsident sagte, die Zeit dränge.',
      speaker: { name: 'Österreichs Bundespräsident', kind: 'collective' },
    },
    {
      name: 'a person in the genitive before a role is not the speaker, even when named before',
      text: 'Kanzlerin Angela Merkel war in Rom. Merkels Sprecher sagte, sie sei zufrieden.',
      speaker: { name: 'Merkels Sprecher', kind: 'collective' },
    },
    {
      name: 'a country in the genitive before a role and a name: the name speaks',
      text: 'Deutschlands Außenministerin Anna Weber sagte, man sei besorgt.',
      speaker: { name: 'Anna Weber', kind: 'person' },
    },
    {
      name: 'a person after such an adjective and a role keeps the name',
      text: 'Der Kieler Anwalt Tim Roth sagte, er sei zufrieden.',
      speaker: { name: 'Tim Roth', kind: 'person' },
    },
    {
      name: 'a particle inside a name belongs to it, after the verb and before a party',
      text: 'Am Montag sagte Innenministerin Clara de Vries (SPD), die Lage sei ruhig.',
      speaker: { name: 'Clara de Vries', kind: 'person' },
    },
    {
      name: 'a particle with an article inside a name',
      text: 'Die Richterin Marion von der Heide erklärte, das Urteil falle im Mai.',
      speaker: { name: 'Marion von der Heide', kind: 'person' },
    },
    {
      name: "a group's name after the noun for the group may hold a common noun",
      text: 'Dem Fahrgastverband Pro Bahn zufolge sei die Strecke überlastet.',
      speaker: { name: 'Pro Bahn', kind: 'collective' },
    },
    {
      name: 'one word after an article names a thing or a group, not a person',
      text: 'Einem Gutachten zufolge sei die Brücke marode.',
      speaker: { name: 'Gutachten', kind: 'collective' },
    },
    {
      name: 'so does one after an indefinite article',
      text: 'Laut einem Positionspapier sei die Brücke marode.',
      speaker: { name: 'Positionspapier', kind: 'collective' },
    },
    {
      name: '"zu" before a noun is a preposition, not a particle',
      text: 'Das räumte Bürgermeister Jonas Hepp zu Beginn der Sitzung ein, die Kasse sei leer.',
      speaker: { name: 'Jonas Hepp', kind: 'person' },
    },
  ])('$name', ({ text, speaker }) => {
    expect(speakersOf(text).at(-1)).toEqual(speaker);
  });

  it.each([
    {
      name: 'a compound that ends in the noun',
      text: 'Die SPD-Ratsfraktion erklärte, sie sei überrascht. Die Fraktion betonte, der Schritt sei überfällig.',
      speaker: 'SPD-Ratsfraktion',
    },
    {
      name: 'a name whose last word is the noun',
      text: 'Die Kieler Polizei teilte mit, die Straße sei frei. Die Polizei erklärte, es gebe keine Verletzten.',
      speaker: 'Kieler Polizei',
    },
  ])(
    'a definite noun for a group refers back to the latest group of that kind: $name',
    ({ text, speaker }) => {
      expect(speakersOf(text).map((s) => s.name)).toEqual([speaker, speaker]);
    },
  );

  it.each([
    {
      name: 'a group named by a noun',
      text: 'Zwei Menschen wurden verletzt, teilte eine Sprecherin der Polizei mit.',
      speakers: ['Polizei'],
    },
    {
      name: 'an organisation in the genitive, named in the nominative',
      text: 'Die Lage sei ruhig, sagte ein Sprecher des Innenministeriums.',
      speakers: ['Innenministerium'],
    },
    {
      name: 'a company with its legal form',
      text: 'Eine Sprecherin der Autobahn GmbH sagte, die Tunnel seien wieder frei.',
      speakers: ['Autobahn GmbH'],
    },
    {
      name: '"die Sprecherin" later is the same spokeswoman, speaking for the same group',
      text:
        'Zwei Menschen wurden verletzt, teilte eine Sprecherin der Polizei mit. ' +
        'Der Fahrer sei abgelenkt gewesen, sagte die Sprecherin.',
      speakers: ['Polizei', 'Polizei'],
    },
    {
      name: '"der Sprecher" is not a spokeswoman named before',
      text:
        'Zwei Menschen wurden verletzt, teilte eine Sprecherin der Polizei mit. ' +
        'Der Tunnel bleibe gesperrt, sagte der Sprecher.',
      speakers: ['Polizei', 'Sprecher'],
    },
    {
      name: 'an adjective of the group in the form it has after the group’s article',
      text: 'Die Züge führen wieder, sagte ein Sprecher der Deutschen Bahn.',
      speakers: ['Deutsche Bahn'],
    },
    {
      name: 'an adjective made from a noun before the group’s noun, and a place after it',
      text: 'Die Lage sei ähnlich, sagt eine Sprecherin der Kassenärztlichen Vereinigung Baden-Württemberg.',
      speakers: ['Kassenärztliche Vereinigung Baden-Württemberg'],
    },
    {
      name: 'what an institution is for is part of its name',
      text: 'Die Zahl sei gestiegen, sagte ein Sprecher der Bundesagentur für Arbeit.',
      speakers: ['Bundesagentur für Arbeit'],
    },
    {
      name: 'a spokesperson named in apposition is the speaker',
      text: 'Ein Sprecher der Polizei, Lars Brenner, sagte, der Täter sei gefasst.',
      speakers: ['Lars Brenner'],
    },
    {
      name: 'a politician who speaks for a group on a field speaks for themself',
      text: 'Der Plan sei zu teuer, sagte die finanzpolitische Sprecherin der Fraktion, Eva Roth.',
      speakers: ['Eva Roth'],
    },
    {
      name: 'a spokesperson’s noun joined to a name by a hyphen',
      text:
        'Nach Angaben einer Lufthansa-Sprecherin fielen 1.000 Flüge aus. ' +
        'Die Lage sei ernst, sagte die Sprecherin.',
      speakers: ['Lufthansa', 'Lufthansa'],
    },
    {
      name: 'but not one named after it',
      text: 'Die Liste existiere, teilte Kreml-Sprecher Dmitri Peskow mit.',
      speakers: ['Dmitri Peskow'],
    },
    {
      name: '"der Sprecher" after "eines Polizeisprechers" is the same spokesman',
      text:
        'Nach Angaben eines Polizeisprechers hatten Anwohner die Ermittler auf die Spur gebracht. ' +
        '„Ohne diesen Hinweis hätten wir die Täter nicht gefasst“, sagte der Sprecher.',
      speakers: ['Polizei', 'Polizei'],
    },
    {
      name: 'a spokesperson’s noun compounded with a group’s noun',
      text:
        'Ein Bahnsprecher sagte, die Züge führen wieder. Die Bahn habe alles getan, sagte eine Regierungssprecherin. ' +
        'Ein Sprecher der Regierung sagte, es gebe keinen Streit.',
      speakers: ['Bahn', 'Regierung', 'Regierung'],
    },
    {
      name: 'not the press, to whom a press spokesman speaks, nor a group an adjective qualifies',
      text: 'Ein Pressesprecher sagte, der Termin stehe. Ein israelischer Regierungssprecher sagte, der Plan sei gut.',
      speakers: ['Pressesprecher', 'israelischer Regierungssprecher'],
    },
  ])('a spokesperson speaks for the group they speak for: $name', ({ text, speakers }) => {
    expect(speakersOf(text).map((s) => s.name)).toEqual(speakers);
  });

  it('a role noun refers back to no document: "der Richter" after "einem Gutachten zufolge" is someone new', () => {
    const text =
      'Einem Gutachten zufolge hätte die Bank den Verlust vermeiden können. ' +
      'Der Vorsitzende Richter sagte, das Urteil komme im Juni.';
    expect(speakersOf(text).map((s) => s.name)).toEqual(['Gutachten', 'Vorsitzende Richter']);
  });

  it('a role noun in the genitive and the same noun later are one speaker, named in the nominative', () => {
    const text =
      'Die Stadt will nach Angaben eines Sprechers ein neues Konzept vorlegen. ' +
      '„Wir haben verstanden“, so der Sprecher.';
    expect(speakersOf(text).map((s) => s.name)).toEqual(['Sprecher', 'Sprecher']);
  });

  it('an organisation in the genitive and the same organisation later are one speaker, named in the nominative', () => {
    const text =
      'Das Urteil schaffe Klarheit, teilte das Ministerium mit. ' +
      'Nach Angaben des Ministeriums wurden 400 Anträge gestellt.';
    const ids = annotateText(text, '2024-05-02').quotes.map((q) => q.speaker?.id);
    expect(ids).toEqual(['ministerium', 'ministerium']);
  });

  it.each([
    {
      name: 'after a dative article, with an adjective',
      text: 'Laut dem Deutschen Seewetterdienst bleibt es stürmisch. Der Deutsche Seewetterdienst warnte, es werde kalt.',
      speakers: ['Deutsche Seewetterdienst', 'Deutsche Seewetterdienst'],
    },
    {
      name: 'after a genitive article, with an adjective',
      text: 'Nach Angaben des regionalen Wetterdienstes bleibt es kalt.',
      speakers: ['regionale Wetterdienst'],
    },
    {
      name: 'a plural after "der" keeps its form',
      text: 'Nach Angaben der zuständigen Behörden bleibt es ruhig.',
      speakers: ['zuständigen Behörden'],
    },
  ])(
    'a group with adjectives after its genitive or dative article is named in the nominative: $name',
    ({ text, speakers }) => {
      expect(speakersOf(text).map((s) => s.name)).toEqual(speakers);
    },
  );

  it.each([
    {
      name: '"sie" is the woman named last, whose role has an umlaut in the feminine',
      text:
        'Minister Thomas Berger sagte, die Lage sei gut. Die Landrätin Petra Lindner sieht das anders. ' +
        '„Das ist eine Zumutung“, sagte sie.',
      speakers: ['Thomas Berger', 'Petra Lindner'],
    },
    {
      name: '"er" passes over a woman named last to the man named before her',
      text:
        'Präsident Paul Roth traf Ministerin Eva Lang. Sie sagte, das Treffen sei gut gewesen. ' +
        'Er sagte, man sei sich einig.',
      speakers: ['Eva Lang', 'Paul Roth'],
    },
    {
      name: 'a role that names either gender agrees with both',
      text: 'Vorstandsmitglied Kim Lang sprach zuerst. Er sagte, das reiche nicht.',
      speakers: ['Kim Lang'],
    },
    {
      name: '"die Vorsitzende" is a woman: "er" is the man named before her',
      text:
        'Minister Paul Roth lobte den Plan. Die Vorsitzende Eva Lang sah das anders. ' +
        'Er sagte, der Plan sei gut.',
      speakers: ['Paul Roth', 'Paul Roth'],
    },
    {
      name: '"der Vorsitzende" is a man: "sie" is the woman named before him',
      text:
        'Präsidentin Eva Lang lobte den Plan. Der neue Vorsitzende des Vereins, Jan Roth, sah das anders. ' +
        'Sie sagte, der Plan sei gut.',
      speakers: ['Eva Lang', 'Eva Lang'],
    },
    {
      name: '"er" after "ein Regierungssprecher" is the spokesman, not the minister named before him',
      text:
        'Minister Paul Roth lobte den Plan. „Das reicht nicht“, sagte ein Regierungssprecher. ' +
        'Eine Änderung schloss er aus.',
      speakers: ['Paul Roth', 'Regierung', 'Regierung'],
    },
    {
      name: '"er" passes over "eine Sprecherin" to the man named before her',
      text:
        'Minister Paul Roth lobte den Plan. „Das reicht nicht“, sagte eine Sprecherin der Stadt. ' +
        'Eine Änderung schloss er aus.',
      speakers: ['Paul Roth', 'Stadt', 'Paul Roth'],
    },
    {
      name: '"ein Abgeordneter" is a man',
      text:
        'Ministerin Eva Lang lobte den Plan. Auch ein Abgeordneter, Jan Roth, war dabei. ' +
        'Sie sagte, der Plan sei gut.',
      speakers: ['Eva Lang', 'Eva Lang'],
    },
    {
      name: '"er" is not a woman the text names by a role alone ("die neue Direktorin")',
      text:
        'Ministerin Eva Lang lobte den Plan. Die neue Direktorin kündigte an, das Haus zu öffnen. ' +
        'Er habe viel erreicht, sagte er.',
      speakers: ['Eva Lang', 'neue Direktorin', undefined],
    },
    {
      name: '"er" with only women before it refers to nobody named, not to one of them',
      text: 'Ministerin Eva Lang lobte die Wahl. Das sei gut, sagte Lang. Er werde bleiben, sagte er.',
      speakers: ['Eva Lang', 'Eva Lang', undefined],
    },
  ])('a pronoun agrees with the role of the person it refers to: $name', ({ text, speakers }) => {
    expect(speakersOf(text).map((s) => s.name)).toEqual(speakers);
  });

  it('a person named again by their age is the person named last', () => {
    const text = 'HSV-Coach Paul Roth war enttäuscht. „Wir haben verloren“, sagte der 52-Jährige.';
    expect(speakersOf(text)).toEqual([{ name: 'Paul Roth', kind: 'person' }]);
  });

  it('does not take a capitalised name for an organisation when it is a person’s', () => {
    expect(speakersOf('Anna Berger sagte, die Brücke werde gesperrt.').at(-1)).toEqual({
      name: 'Anna Berger',
      kind: 'person',
    });
  });
});

describe('a dative pronoun after "zufolge" or "laut"', () => {
  it.each([
    {
      name: '"Ihr zufolge" is the woman named before',
      text: 'Die Forscherin Ida Brandt sprach in Kiel. Ihr zufolge ist der Fluss sauber.',
      speakers: ['Ida Brandt'],
    },
    {
      name: '"Ihm zufolge" is the man named before, not a person called "Ihm"',
      text: 'Der Landrat Jan Ohm sprach in Kiel. Ihm zufolge ist der Wald gesund.',
      speakers: ['Jan Ohm'],
    },
    {
      name: '"laut ihm" frames the sentence as "laut Jan Ohm" would',
      text: 'Der Landrat Jan Ohm sprach in Kiel. Laut ihm ist der Wald gesund.',
      speakers: ['Jan Ohm'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(speakersOf(text).map((s) => s.name)).toEqual(speakers);
  });
});

describe('groups, and several people named by a plural noun', () => {
  it.each([
    {
      name: 'a health insurer ("Kasse") is a group, and "die Kasse" takes it up',
      text: 'Die Ersatzkasse sagte, die Beiträge stiegen. Die Kasse erklärte, man spare.',
      speakers: ['Ersatzkasse', 'Ersatzkasse'],
    },
    {
      name: 'a centre ("-zentrum") that reports is a group',
      text: 'Der Pegel sinke, teilte das Lagezentrum mit.',
      speakers: ['Lagezentrum'],
    },
    {
      name: 'a supplier ("Anbieter", "-versorger") is a group, its spokesman its voice',
      text: 'Ein Sprecher des Anbieters sagte, die Preise stiegen. Der Energieversorger kündigte an, sie zu senken.',
      speakers: ['Anbieter', 'Energieversorger'],
    },
    {
      name: 'the circles of a group ("aus Kreisen der Koalition") are a group',
      text: 'Das sei ein wichtiges Signal, hieß es aus Kreisen der Koalition.',
      speakers: ['Kreisen der Koalition'],
    },
    {
      name: 'an employee ("der 54-jährige Angestellte") speaks "nach eigenen Angaben"',
      text: 'Der 54-jährige Angestellte übergab dem Täter nach eigenen Angaben rund 800 Euro.',
      speakers: ['54-jährige Angestellte'],
    },
    {
      name: 'respondents ("die Befragten") can speak',
      text: 'Die Befragten sagten, sie seien müde.',
      speakers: ['Befragten'],
    },
    {
      name: 'a noun after a plural in "-er" opens the next phrase: "die Anwohner Lärm"',
      text: 'Als Gründe nennen die Anwohner Lärm und Dreck.',
      speakers: ['Anwohner'],
    },
    {
      name: 'after a plural the lexicon lists: "die Befragten Stress"',
      text: 'Als Gründe nennen die Befragten Stress im Beruf.',
      speakers: ['Befragten'],
    },
    {
      name: 'after a masculine role after "die": "die Ärzte Zeitdruck"',
      text: 'Als Gründe nennen die Ärzte Zeitdruck und Personalmangel.',
      speakers: ['Ärzte'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(speakersOf(text).map((s) => s.name)).toEqual(speakers);
  });

  it('a singular role keeps the name in apposition: "die Ministerin Anna Berg"', () => {
    expect(speakersOf('Die Ministerin Anna Berg sagte, es sei gut.').map((s) => s.name)).toEqual([
      'Anna Berg',
    ]);
  });
});

describe('a name with a particle ("ten", "von der", "dos")', () => {
  it.each([
    {
      name: 'a Dutch "ten" belongs to the name',
      text: 'Trainer Joost ten Brink sagte, das Spiel sei verloren.',
      speakers: ['Joost ten Brink'],
    },
    {
      name: 'a Portuguese "dos" belongs to the name',
      text: 'Die Ärztin Ana dos Reis sagte, die Lage sei ernst.',
      speakers: ['Ana dos Reis'],
    },
    {
      name: 'the surname with its particle takes the person up, capitalised at the start of a sentence',
      text: 'Die Präsidentin Greta von der Aue sagte, der Plan sei gut. Von der Aue kündigte Hilfen an.',
      speakers: ['Greta von der Aue', 'Greta von der Aue'],
    },
    {
      name: 'a surname spelled like a Konjunktiv verb, after a first name and alone later',
      text: 'Ministerin Katrin Reiche lobte den Plan. Das sei gut, sagte Reiche. Ihr Kollege Jan Sorge sagte, er sei skeptisch.',
      speakers: ['Katrin Reiche', 'Katrin Reiche', 'Jan Sorge'],
    },
    {
      name: 'and so does "Ten Brink" after "Joost ten Brink"',
      text: 'Trainer Joost ten Brink sagte, das Spiel sei verloren. Ten Brink kündigte Änderungen an.',
      speakers: ['Joost ten Brink', 'Joost ten Brink'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(speakersOf(text).map((s) => s.name)).toEqual(speakers);
  });
});

describe('a headline that names its speaker by role alone', () => {
  it.each([
    {
      name: 'the person named later with that role said the headline too',
      text: 'Kanzler: „Wir lassen niemanden allein“\n\nBundeskanzler Friedrich Lang hat Hilfe zugesagt. „Wir lassen niemanden allein“, sagte Lang.',
      speakers: ['Friedrich Lang', 'Friedrich Lang'],
    },
    {
      name: 'a group named by one word is the group the text names in full later',
      text: 'Polizei warnt vor Betrügern\n\nDie Polizei in Westfalen warnt vor falschen Anrufen. Es seien viele Fälle, teilte sie mit.',
      speakers: ['Polizei in Westfalen', 'Polizei in Westfalen', 'Polizei in Westfalen'],
    },
    {
      name: 'a headline’s generic masculine is taken over by a woman with that role',
      text: 'Bahnchef verspricht pünktliche Züge\n\nBahnchefin Eva Palm hat bessere Zeiten versprochen. Die Züge würden pünktlich, sagte Palm.',
      speakers: ['Eva Palm', 'Eva Palm', 'Eva Palm'],
    },
    {
      name: 'also with an umlaut in the feminine',
      text: 'Chefarzt warnt vor Grippe\n\nChefärztin Anna Roth hat vor der Grippe gewarnt.',
      speakers: ['Anna Roth', 'Anna Roth'],
    },
    {
      name: 'a role with its owner before a hyphen is the role',
      text: 'Apple-Chef kündigt neue Strategie an\n\nDas kündigte Konzernchef Tim Cook am Montag an. Es sei der Beginn einer neuen Ära.',
      speakers: ['Tim Cook', 'Tim Cook', 'Tim Cook'],
    },
    {
      name: 'with an article the role may be someone else than the one named later',
      text: '„Das ist gut“, sagte der Minister. Er sei zufrieden. Innenminister Paul Roth sagte, das sei falsch.',
      speakers: ['Minister', 'Minister', 'Paul Roth'],
    },
  ])('$name', ({ text, speakers }) => {
    expect(speakersOf(text).map((s) => s.name)).toEqual(speakers);
  });
});
