import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';
import { found as foundIn } from '../__fixtures__/found';

/** Speaker and mention of the last quote of `text`. */
function lastSpeaker(text: string): { speaker: string | null; mention: string | null } | undefined {
  const quote = findQuotes(text, '2024-05-02').at(-1);
  return (
    quote && {
      speaker: quote.speaker,
      mention: quote.speakerMention ? text.slice(...quote.speakerMention) : null,
    }
  );
}

describe('a source frame names the speaker of its statement', () => {
  it.each([
    {
      name: '"so X" inserted after a short adverbial binds over the subject of the sentence before',
      text: 'Das Gutachten empfiehlt eine Sperrung der Brücke. Bis dahin, so Leonhard, werde man umleiten.',
      speaker: 'Leonhard',
    },
    {
      name: '"so X" after one word',
      text: 'Der Bericht liegt seit Montag vor. Dennoch, so die Ministerin, sei der Plan richtig.',
      speaker: 'Ministerin',
    },
    {
      name: '"so X" at the end',
      text: 'Der Bericht liegt seit Montag vor. Der Plan sei richtig, so Leonhard.',
      speaker: 'Leonhard',
    },
    {
      name: '"laut X" inside the statement',
      text: 'Das Gutachten liegt seit Montag vor. Die Kosten seien laut Leonhard gestiegen.',
      speaker: 'Leonhard',
    },
    {
      name: '"X zufolge" inside the statement',
      text: 'Das Gutachten liegt seit Montag vor. Die Kosten seien dem Ingenieur Leonhard zufolge gestiegen.',
      speaker: 'Leonhard',
    },
    {
      name: '"X zufolge" after the subject: its dative phrase opens with its article, the subject is not in it',
      text: 'Die Schule wurde geschlossen. Zudem traf die Ministerin dem Bericht zufolge die Lehrer der Schule.',
      speaker: 'Bericht',
    },
    {
      name: '"X zufolge" with a genitive inside its phrase',
      text: 'Die Polizei hat einem Bericht der Zeitung zufolge drei Männer festgenommen.',
      speaker: 'Bericht der Zeitung',
    },
    {
      name: '"X zufolge" opening the sentence with a noun spelled like a speech verb ("Berichten")',
      text: 'Der Konzern hat Berufung eingelegt. Berichten zufolge produziert die Firma weiter Kunststoff.',
      speaker: 'Berichten',
    },
  ])('$name', ({ text, speaker }) => {
    expect(lastSpeaker(text)?.speaker).toBe(speaker);
  });

  it.each([
    {
      name: '"wonach" after a report',
      text: 'Im Verein kursiert ein Bericht der Zeitung, wonach der Trainer gehen müsse.',
      speaker: 'Bericht der Zeitung',
      mention: 'wonach',
    },
    {
      name: '"nach denen" after rumours',
      text: 'Im Dorf gibt es Gerüchte, nach denen der Bürgermeister krank sei.',
      speaker: 'Gerüchte',
      mention: 'denen',
    },
    {
      name: '"laut dem" after an expert opinion',
      text: 'Die Stadt stützt sich auf ein Gutachten des Instituts, laut dem die Brücke einsturzgefährdet ist.',
      speaker: 'Gutachten',
      mention: 'dem',
    },
    {
      name: 'an antecedent that names no one stays the mention',
      text: 'In der Stadt wachsen Spekulationen, wonach der Hafen verkauft werde.',
      speaker: null,
      mention: 'Spekulationen',
    },
  ])(
    'a content relative clause is mentioned by its relative word, named by what it refers to: $name',
    ({ text, speaker, mention }) => {
      expect(lastSpeaker(text)).toEqual({ speaker, mention });
    },
  );

  it.each([
    {
      name: 'with nobody speaking before it, the document the sentence before names',
      text: 'Das Gericht tagte am Montag. Das geht aus dem Urteil hervor. Demnach ist die Stadt nicht verantwortlich.',
      speaker: 'Urteil',
    },
    {
      name: 'with a speaker before it, that speaker',
      text:
        'Die Ministerin sagte, der Plan sei fertig. Das geht aus dem Bericht hervor. ' +
        'Demnach ist die Stadt nicht verantwortlich.',
      speaker: 'Ministerin',
    },
    {
      name: 'after the finite verb, in the middle of the sentence: the whole sentence',
      text:
        'Die Ministerin sagte, der Plan sei fertig. Das geht aus dem Bericht hervor. ' +
        'Die Stadt ist demnach nicht verantwortlich.',
      speaker: 'Ministerin',
    },
  ])('"Demnach" points back: $name', ({ text, speaker }) => {
    expect(lastSpeaker(text)).toEqual({ speaker, mention: /demnach/i.exec(text)?.[0] });
  });

  it.each([
    {
      name: 'after the subject',
      text: 'Die Feuerwehr hat nach eigenen Angaben den ganzen See abgesucht.',
      speaker: 'Feuerwehr',
    },
    {
      name: 'before the subject',
      text: 'Nach eigenen Angaben hat die Feuerwehr den ganzen See abgesucht.',
      speaker: 'Feuerwehr',
    },
  ])('"nach eigenen Angaben" is the clause subject’s: $name', ({ text, speaker }) => {
    expect(lastSpeaker(text)).toEqual({ speaker, mention: 'eigenen Angaben' });
  });

  it.each([
    {
      name: 'a law',
      text: 'Die Stadt prüft den Antrag. Nach dem Baugesetz darf dort kein Haus stehen.',
      statement: 'darf dort kein Haus stehen',
    },
    {
      name: 'the constitution',
      text: 'Der Streit dauert an. Nach der Verfassung muss der Präsident zustimmen.',
      statement: 'muss der Präsident zustimmen',
    },
    {
      name: 'a report of a medium',
      text: 'Die Lage bleibt unklar. Nach einem Zeitungsbericht ist der Minister zurückgetreten.',
      statement: 'ist der Minister zurückgetreten',
    },
    {
      name: 'a draft',
      text: 'Die Koalition berät. Nach dem Gesetzentwurf sollen die Gebühren sinken.',
      statement: 'sollen die Gebühren sinken',
    },
    {
      name: 'a publication',
      text: 'Die Forscher sind besorgt. Nach einer Veröffentlichung des Instituts ist das Eis dünner geworden.',
      statement: 'ist das Eis dünner geworden',
    },
    {
      name: 'a forecast',
      text: 'Die Preise steigen. Nach der Vorhersage der Bank wird die Teuerung bei fünf Prozent liegen.',
      statement: 'wird die Teuerung bei fünf Prozent liegen',
    },
    {
      name: 'the media',
      text: 'Die Lage ist unklar. Nach örtlichen Medien hat sich eine Splittergruppe zu dem Anschlag bekannt.',
      statement: 'hat sich eine Splittergruppe zu dem Anschlag bekannt',
    },
  ])('"nach" with a text or a rule means "according to": $name', ({ text, statement }) => {
    const quote = findQuotes(text, '2024-05-02').at(-1);
    expect(quote && text.slice(...(quote.quote[0] as [number, number]))).toBe(statement);
  });

  it('"nach" with an event is temporal', () => {
    expect(findQuotes('Nach dem Spiel fuhren die Fans nach Hause.', '2024-05-02')).toEqual([]);
  });

  it.each([
    {
      name: 'a parenthesis in the source',
      text: 'Die Lehrer protestierten. Einer Erklärung des Verbandes Deutscher Lehrer (VDL) zufolge kamen 3.000 Menschen.',
      statement: 'kamen 3.000 Menschen',
    },
    {
      name: 'a name with a lower-case particle',
      text: 'Das Schiff wurde gestoppt. Dem Sender al-Nord zufolge wird das Schiff in den Hafen gebracht.',
      statement: 'wird das Schiff in den Hafen gebracht',
    },
    {
      name: 'a web address',
      text: 'Der Schiedsrichter pfiff. Der Website schiri.example zufolge ist er für viele Karten bekannt.',
      statement: 'ist er für viele Karten bekannt',
    },
  ])('"X zufolge" with a name that is no plain capitalised word: $name', ({ text, statement }) => {
    const quote = findQuotes(text, '2024-05-02').at(-1);
    expect(quote && text.slice(...(quote.quote[0] as [number, number]))).toBe(statement);
  });

  describe('"Danach" after a sentence that makes something public means "according to it"', () => {
    const statements = (text: string): { text: string; speaker: string | null }[] =>
      findQuotes(text, '2024-05-02').map((q) => ({
        text: text.slice(...(q.quote[0] as [number, number])),
        speaker: q.speaker,
      }));
    it.each([
      {
        name: 'after a publisher, the publisher speaks, in the present',
        text: 'Die Landesbank veröffentlichte am Montag ihre Quartalszahlen. Danach verzeichnet sie einen Verlust.',
        found: [{ text: 'verzeichnet sie einen Verlust', speaker: 'Landesbank' }],
      },
      {
        name: 'after "legte … vor", with the particle closing the clause',
        text: 'Der Rechnungshof legte seinen Bericht vor. Danach seien die Kosten um ein Drittel gestiegen.',
        found: [{ text: 'seien die Kosten um ein Drittel gestiegen', speaker: 'Rechnungshof' }],
      },
      {
        name: 'a past tense after it narrates what came next',
        text: 'Die Ministerin legte den Haushalt vor. Danach ging sie in den Urlaub.',
        found: [],
      },
      {
        name: 'nor is "vor" a preposition ("vor Gericht") a publishing',
        text: 'Die Polizei stellte den Mann am Montag vor Gericht. Danach sitzt er in Haft.',
        found: [],
      },
      {
        name: 'after a sentence that publishes nothing, "Danach" is "afterwards"',
        text: 'Die Landesbank schloss ihre Filiale in Lindau. Danach fehlt den Bürgern ein Geldautomat.',
        found: [],
      },
    ])('$name', ({ text, found }) => {
      expect(statements(text)).toEqual(found);
    });
  });

  it('"demnach" in the middle of a sentence frames all of it', () => {
    const text = 'Der Bericht liegt vor. Die Stadt ist demnach nicht verantwortlich.';
    const quote = findQuotes(text, '2024-05-02').at(-1);
    expect(quote && text.slice(...(quote.quote[0] as [number, number]))).toBe(
      'Die Stadt ist demnach nicht verantwortlich',
    );
  });

  it.each([
    {
      name: 'inside the statement',
      text: 'Der Damm ist gebrochen. Das Wasser stieg gemäß einem Sprecher der Feuerwehr um zwei Meter.',
      statement: ['Das Wasser stieg', 'um zwei Meter'],
    },
    {
      name: 'with a document as its source',
      text: 'Die Lager wurden geräumt. Die Bewohner werden gemäß dem Erlass des Landrats in Turnhallen untergebracht.',
      statement: ['Die Bewohner werden', 'in Turnhallen untergebracht'],
    },
  ])('"gemäß X" frames its clause wherever it stands, as "laut X" does: $name', ({ text, statement }) => {
    const quote = findQuotes(text, '2024-05-02').at(-1);
    expect(quote?.quote.map((range) => text.slice(...range))).toEqual(statement);
  });

  it('a statement announced by a noun beside a speech verb of another clause is one of its own', () => {
    const text =
      'Auf den Vorwurf der Opposition, der Plan sei zu teuer, antwortete die Ministerin, dass er sich lohne.';
    const statements = findQuotes(text, '2024-05-02').map((q) => ({
      text: text.slice(...(q.quote[0] as [number, number])),
      speaker: q.speaker,
    }));
    expect(statements).toEqual([
      { text: 'der Plan sei zu teuer', speaker: 'Opposition' },
      { text: 'dass er sich lohne', speaker: 'Ministerin' },
    ]);
  });
});

describe('a view of whoever is talking frames no statement', () => {
  it.each([
    { name: 'a first-person possessive', text: 'Die Reform ist meiner Meinung nach gescheitert.', framed: 0 },
    {
      name: 'the formal "Ihrer" of an interviewer speaking to the addressee',
      text: 'Sie haben also Ihrer Ansicht nach alles richtig gemacht.',
      framed: 0,
    },
    {
      name: 'a third-person possessive still reports',
      text: 'Die Reform ist seiner Meinung nach gescheitert.',
      framed: 1,
    },
  ])('$name', ({ text, framed }) => {
    expect(findQuotes(text).filter((q) => q.kind === 'indirect')).toHaveLength(framed);
  });
});

describe('the source a frame names is one noun phrase', () => {
  it.each([
    {
      name: 'a noun in a plural suffix after a role is the next phrase, not a name',
      text: 'Die Kommission prüft laut einem Sprecher Reaktionen.',
      mention: 'einem Sprecher',
      quote: 'Die Kommission prüft | Reaktionen',
    },
    {
      name: 'an adjective in "-e" after the head opens the next phrase: it is no genitive',
      text: 'Die Kommission prüft nach Angaben eines Sprechers mögliche Reaktionen.',
      mention: 'eines Sprechers',
      quote: 'Die Kommission prüft | mögliche Reaktionen',
    },
    {
      name: 'a name after the role belongs to the phrase, the adjective after it does not',
      text: 'Die Kommission prüft nach Angaben des Sprechers Hans Roth neue Zölle.',
      mention: 'des Sprechers Hans Roth',
      quote: 'Die Kommission prüft | neue Zölle',
    },
    {
      name: 'a noun right after the source noun with no article is the next phrase unless it is a genitive in "-s"',
      text: 'Die Täter erbeuteten nach ersten Schätzungen Schmuck im Wert von 200.000 Euro.',
      mention: 'ersten Schätzungen',
      quote: 'Die Täter erbeuteten | Schmuck im Wert von 200.000 Euro',
    },
    {
      name: 'a name in the genitive owns the source noun',
      text: 'Das Feuer brach nach Aussagen Peter Müllers gegen Mitternacht aus.',
      mention: 'Peter Müllers',
      quote: 'Das Feuer brach | gegen Mitternacht aus',
    },
  ])('$name', ({ text, mention, quote }) => {
    const found = findQuotes(text, '2024-05-02').at(-1);
    expect(found && text.slice(...(found.speakerMention ?? [0, 0]))).toBe(mention);
    expect(found?.quote.map(([s, e]) => text.slice(s, e)).join(' | ')).toBe(quote);
  });
});

describe('"…, so X" after a sentence that closes with a quotation', () => {
  it.each([
    {
      name: 'a quotation closing a sentence opened outside quotation marks is part of the framed statement',
      text: 'Die Fahrt nach Steinau dauert lange. Das sei „kein Zustand“, so Ortlieb.',
      expected: [
        { kind: 'indirect', text: 'Das sei „kein Zustand“', speaker: 'Ortlieb' },
        { kind: 'direct', text: '„kein Zustand“', speaker: 'Ortlieb' },
      ],
    },
    {
      name: 'a whole sentence in quotation marks is the frame’s direct quote alone',
      text: '„Das ist kein Zustand“, so Ortlieb.',
      expected: [{ kind: 'direct', text: '„Das ist kein Zustand“', speaker: 'Ortlieb' }],
    },
    {
      name: 'an apposition after the name is no part of the statement',
      text: 'Die meisten Nutzer blieben „maßvoll“, so Anna Roth, die Leiterin der Beratungsstelle.',
      expected: [
        { kind: 'indirect', text: 'Die meisten Nutzer blieben „maßvoll“', speaker: 'Anna Roth' },
        { kind: 'direct', text: '„maßvoll“', speaker: 'Anna Roth' },
      ],
    },
    {
      name: 'a statement after a lead-in’s colon starts after the colon',
      text: 'Die Richterin blieb hart: Eine mildere Strafe sei nicht vermittelbar, so Eva Brandt.',
      expected: [
        { kind: 'indirect', text: 'Eine mildere Strafe sei nicht vermittelbar', speaker: 'Eva Brandt' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(foundIn(text)).toEqual(expected);
  });
});
