import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';
import { annotate } from '../annotate';
import { splitParagraphs } from './paragraphs';
import { findQuotedPassages } from './quotation-marks';
import { splitSentences } from './sentences';
import { afterDateline, modelText } from './text-model';
import { tokenize, type Token } from './tokens';
import { found } from '../__fixtures__/found';

describe('splitParagraphs', () => {
  it('keeps texts verbatim and offsets into the input', () => {
    const input = '  Erster Absatz.\r\n\r\nZweiter\tAbsatz. \nDritter.';
    const paragraphs = splitParagraphs(input);
    expect(paragraphs.map((p) => p.text)).toEqual(['Erster Absatz.', 'Zweiter\tAbsatz.', 'Dritter.']);
    for (const p of paragraphs) expect(input.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
});

describe('splitSentences', () => {
  it.each([
    { name: 'two plain sentences', text: 'Er kam. Sie ging.', expected: ['Er kam.', 'Sie ging.'] },
    {
      name: 'an abbreviated title',
      text: 'Dr. Anna Berger kam. Sie sprach.',
      expected: ['Dr. Anna Berger kam.', 'Sie sprach.'],
    },
    {
      name: '"z. B."',
      text: 'Es gibt z. B. Äpfel. Und Birnen.',
      expected: ['Es gibt z. B. Äpfel.', 'Und Birnen.'],
    },
    {
      name: 'a name in camel case opens a sentence',
      text: 'Das Angebot lief aus. eBay hält einen Rekord für möglich.',
      expected: ['Das Angebot lief aus.', 'eBay hält einen Rekord für möglich.'],
    },
    {
      name: 'a quotation in typewriter single quotes opens a sentence',
      text: "Sie seien im Einsatz. 'Die Leute sind müde', fügte er hinzu.",
      expected: ['Sie seien im Einsatz.', "'Die Leute sind müde', fügte er hinzu."],
    },
    {
      name: 'an ordinal date',
      text: 'Am 13. Februar kam er. Dann ging er.',
      expected: ['Am 13. Februar kam er.', 'Dann ging er.'],
    },
    {
      name: 'an ordinal noun',
      text: 'Im 19. Jahrhundert war es so.',
      expected: ['Im 19. Jahrhundert war es so.'],
    },
    {
      name: 'a number after the article that opens the sentence is an ordinal too',
      text: 'Der 1. FC Köln hat gewonnen. Das teilte der Verein mit.',
      expected: ['Der 1. FC Köln hat gewonnen.', 'Das teilte der Verein mit.'],
    },
    {
      name: 'a number after a noun ends the sentence',
      text: 'Köln landete auf Platz 1. Das freute den Verein.',
      expected: ['Köln landete auf Platz 1.', 'Das freute den Verein.'],
    },
    {
      name: 'a number after an article is an ordinal, whatever noun follows',
      text: 'Nur Reporter des 1. Senders waren da. Sonst niemand.',
      expected: ['Nur Reporter des 1. Senders waren da.', 'Sonst niemand.'],
    },
    {
      name: 'a number after an inflected adjective is an ordinal',
      text: 'Sie lobte die Bedeutung des bekannten 2. Zusatzartikels. Dann ging sie.',
      expected: ['Sie lobte die Bedeutung des bekannten 2. Zusatzartikels.', 'Dann ging sie.'],
    },
    {
      name: 'a number after a noun ends the sentence',
      text: 'Er landete auf Platz 3. Dann kam der Regen.',
      expected: ['Er landete auf Platz 3.', 'Dann kam der Regen.'],
    },
    {
      name: 'an initial',
      text: 'Der Verdächtige Paul K. wurde gefasst.',
      expected: ['Der Verdächtige Paul K. wurde gefasst.'],
    },
    {
      name: 'a year at the end',
      text: 'Das war 2008. Im Jahr darauf nicht.',
      expected: ['Das war 2008.', 'Im Jahr darauf nicht.'],
    },
    {
      name: 'a closing quotation mark',
      text: '„Wir kommen.“ Er ging.',
      expected: ['„Wir kommen.“', 'Er ging.'],
    },
    {
      name: 'two sentences glued by a typing slip (no space after the stop)',
      text: 'Die Fähre sank am Abend.Die Suche dauert an.',
      expected: ['Die Fähre sank am Abend.', 'Die Suche dauert an.'],
    },
    {
      name: 'an abbreviation without spaces is no glued sentence',
      text: 'Es gibt z.B. Äpfel und Dr.Med. Weber.',
      expected: ['Es gibt z.B. Äpfel und Dr.Med. Weber.'],
    },
    {
      name: 'a web address is no glued sentence',
      text: 'Er schrieb auf beispiel.de darüber.',
      expected: ['Er schrieb auf beispiel.de darüber.'],
    },
    {
      name: 'a quotation opening in lower case after an ordinal goes on with the sentence',
      text: 'Die Bischöfin sagte, Gregor VII. „war ein strenger Papst“. Dann ging sie.',
      expected: ['Die Bischöfin sagte, Gregor VII. „war ein strenger Papst“.', 'Dann ging sie.'],
    },
    {
      name: 'a quotation opening with a capital after a stop is a new sentence',
      text: 'Sie kam. „Wir bleiben“, sagte sie.',
      expected: ['Sie kam.', '„Wir bleiben“, sagte sie.'],
    },
    {
      name: 'an ellipsis inside a sentence',
      text: 'Es ist wichtig … aber nicht alles.',
      expected: ['Es ist wichtig … aber nicht alles.'],
    },
  ])('$name', ({ text, expected }) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('findQuotedPassages', () => {
  const passages = (...texts: string[]): string[][] => {
    const paragraphs = texts.map((text, i) => ({ start: i * 1000, text }));
    return findQuotedPassages(paragraphs).map((p) =>
      p.parts.map((part) => paragraphs[part.paragraph]!.text.slice(part.start, part.end)),
    );
  };

  it.each([
    { name: 'German marks', texts: ['Er sagte „ja“.'], expected: [['„ja“']] },
    {
      name: 'nested single marks',
      texts: ['„Er rief ‚Halt‘ und ging.“'],
      expected: [['„Er rief ‚Halt‘ und ging.“']],
    },
    { name: 'guillemets', texts: ['»Ja« und «Nein»'], expected: [['»Ja«'], ['«Nein»']] },
    { name: 'English marks', texts: ['“Yes” and “No”'], expected: [['“Yes”'], ['“No”']] },
    { name: 'straight marks', texts: ['Er sagte "ja" und "nein".'], expected: [['"ja"'], ['"nein"']] },
    { name: 'an apostrophe is not a mark', texts: ['Wie geht’s? „Gut“'], expected: [['„Gut“']] },
    {
      name: 'a quotation over two paragraphs',
      texts: ['„Erstens.', '„Zweitens.“ Ende.'],
      expected: [['„Erstens.', '„Zweitens.“']],
    },
    {
      name: 'an unclosed mark is cut at the paragraph end',
      texts: ['„Offen', 'Neu.'],
      expected: [['„Offen']],
    },
    {
      name: 'a quotation over paragraphs with one pair of marks',
      texts: ['Dort heißt es: „Erstens gilt:', '[…]', '2. Zweitens das „Übrige“.“', 'Danach „neu“.'],
      expected: [['„Erstens gilt:', '[…]', '2. Zweitens das „Übrige“.“'], ['„neu“']],
    },
    {
      name: 'a closing mark after a space at the end of a paragraph',
      texts: ['„Erstens.', 'Zweitens. “'],
      expected: [['„Erstens.', 'Zweitens. “']],
    },
    {
      name: 'an unclosed mark is not joined to a closing mark four paragraphs on',
      texts: ['„Offen', 'Eins.', 'Zwei.', 'Drei.', 'Vier.“', 'Er sagte „ja“.'],
      expected: [['„Offen'], ['„ja“']],
    },
  ])('$name', ({ texts, expected }) => {
    expect(passages(...texts)).toEqual(expected);
  });
});

describe('tokenize', () => {
  const tokensOf = (text: string, word: string): Token[] =>
    modelText(text).sentences.flatMap((s) => s.tokens.filter((t) => t.text === word));

  it('gives every token of the same text one word form, across the sentences of a pass', () => {
    const [first, second] = tokensOf('Die Polizei kam. Später sprach die Polizei.', 'Polizei');
    expect(first?.form).toBeDefined();
    expect(second?.form).toBe(first?.form);
    expect(second?.lower).toBe('polizei');
  });

  it('keeps forms that differ in case apart', () => {
    const [opening] = tokensOf('Die Polizei kam. Später sprach die Polizei.', 'Die');
    const [inside] = tokensOf('Die Polizei kam. Später sprach die Polizei.', 'die');
    expect(opening?.form).not.toBe(inside?.form);
    expect([opening?.capital, inside?.capital]).toEqual([true, false]);
    expect([opening?.lower, inside?.lower]).toEqual(['die', 'die']);
  });

  it.each([
    { name: 'after a name, the sentence going on', text: 'Papst Leo XIV. bat um Ruhe.', expected: 'XIV.' },
    { name: 'at the end of the sentence', text: 'Es sprach Papst Leo XIV.', expected: 'XIV' },
    { name: 'after a lower-case word', text: 'Sie zählten bis XIV. und hörten auf.', expected: 'XIV' },
  ])('a Roman numeral keeps its full stop as an ordinal only $name', ({ text, expected }) => {
    expect(tokenize(text).find((t) => t.text.startsWith('XIV'))?.text).toBe(expected);
  });

  it('a name with an ordinal numeral is the subject before the participle', () => {
    const text = 'Der Bischof von Linz, Paul Maria Weber hat Papst Leo XIV. gebeten, ihn zu entlassen.';
    expect(found(text).map((q) => q.speaker)).toEqual(['Paul Maria Weber']);
  });

  it('shares nothing between separate calls', () => {
    expect(tokenize('Polizei')[0]?.form).not.toBe(tokenize('Polizei')[0]?.form);
  });
});

describe('a colon, a comma or a point between figures', () => {
  it.each([
    {
      name: 'a clock time',
      text: 'Der Zug fuhr um 08:15 Uhr ab.',
      expected: ['Der', 'Zug', 'fuhr', 'um', '08:15', 'Uhr', 'ab', '.'],
    },
    { name: 'a score', text: 'Sie gewannen 2:1.', expected: ['Sie', 'gewannen', '2:1', '.'] },
    { name: 'a time with seconds', text: 'um 10:04:59 Uhr', expected: ['um', '10:04:59', 'Uhr'] },
    {
      name: 'a colon after a word',
      text: 'Er sagte: 15 Tote.',
      expected: ['Er', 'sagte', ':', '15', 'Tote', '.'],
    },
    { name: 'a colon with a space', text: 'Stand 3: 4 Punkte', expected: ['Stand', '3', ':', '4', 'Punkte'] },
    {
      name: 'a decimal comma between figures',
      text: 'mit 1,9 Promille',
      expected: ['mit', '1,9', 'Promille'],
    },
    {
      name: 'a comma with a space after a figure',
      text: 'im Jahr 2020, als',
      expected: ['im', 'Jahr', '2020', ',', 'als'],
    },
    { name: 'a point between thousands', text: 'rund 20.000 Fans', expected: ['rund', '20.000', 'Fans'] },
    {
      name: 'points between millions, then a decimal comma',
      text: '1.200.000 und 3.450,75 Euro',
      expected: ['1.200.000', 'und', '3.450,75', 'Euro'],
    },
    {
      name: "a date's points",
      text: 'am 3.4.2008 und 24.12.99',
      expected: ['am', '3', '.', '4', '.', '2008', 'und', '24', '.', '12', '.', '99'],
    },
    { name: 'a time with a point', text: 'um 20.15 Uhr', expected: ['um', '20', '.', '15', 'Uhr'] },
    { name: 'four figures after a point', text: 'Wert 1.2345', expected: ['Wert', '1', '.', '2345'] },
    {
      name: 'a sentence that ends on a figure',
      text: 'Es waren 300.',
      expected: ['Es', 'waren', '300', '.'],
    },
    {
      name: 'a hyphen that leaves the rest of a compound to the next word',
      text: 'Kinder- und Jugendärzte, Bundes-, Landes- und Kommunalwahlen',
      expected: ['Kinder-', 'und', 'Jugendärzte', ',', 'Bundes-', ',', 'Landes-', 'und', 'Kommunalwahlen'],
    },
    { name: 'a dash between spaces', text: 'Er kam - und ging', expected: ['Er', 'kam', '-', 'und', 'ging'] },
    {
      name: 'a web address, its points included',
      text: 'wie t-online.de und heise.de melden',
      expected: ['wie', 't-online.de', 'und', 'heise.de', 'melden'],
    },
    {
      name: 'a point before a capital or a word that is no domain ends the word',
      text: 'sagte er.Es kam in.Folge',
      expected: ['sagte', 'er', '.', 'Es', 'kam', 'in', '.', 'Folge'],
    },
    {
      name: 'a narrow no-break space and a thin space separate words as a space does',
      text: '20\u202fkm und 3\u2009%',
      expected: ['20', 'km', 'und', '3', '%'],
    },
  ])('$name', ({ text, expected }) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('opens no statement after a cue', () => {
    expect(found('Der Sender meldete am Montag in seiner 17:00 Uhr Ausgabe einen Unfall.')).toEqual([]);
  });

  it('keeps a coordination of compounds in one source phrase, and a verb in "-en" out of it', () => {
    const text = 'Laut dem Verband der Kinder- und Jugendärzte drohen Schäden für die Gesundheit.';
    const [quote] = findQuotes(text);
    expect(quote?.speaker).toBe('Verband der Kinder- und Jugendärzte');
    expect(text.slice(quote!.quote[0]![0], quote!.quote[0]![1])).toBe('drohen Schäden für die Gesundheit');
  });

  it('keeps a phrase after a preposition and a large number out of the subject', () => {
    // With the point as punctuation, "mit 20" ended a clause and "Fahrgästen" was taken as who expects.
    const speakers = found('Die Verkehrsbetriebe rechnen mit 20.000 Fahrgästen am Tag.').map(
      (q) => q.speaker,
    );
    expect(speakers).not.toContain('Fahrgästen');
  });
});

describe('capitalised words', () => {
  it.each([
    { word: 'Bericht', capital: true },
    { word: 'ai-Bericht', capital: true },
    { word: 'dpa-Meldung', capital: true },
    { word: '52-Jährige', capital: true },
    { word: 'heise.de', capital: true },
    { word: '2:1', capital: false },
    { word: 'al-Assadi', capital: false },
    { word: 'e-mail', capital: false },
    { word: 'bericht', capital: false },
  ])('$word: $capital', ({ word, capital }) => {
    expect(tokenize(word)[0]?.capital).toBe(capital);
  });

  it('a site named by its web address speaks, as a group', () => {
    const article = annotate({ text: 'Der Dienst sei gestört gewesen, berichtete heise.de am Montag.' });
    expect(article.speakers.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'heise.de', kind: 'collective' },
    ]);
  });

  it('a report named by such a compound speaks', () => {
    const [quote] = found('Auch wirft der ai-Bericht den Behörden vor, die Opfer nicht zu schützen.');
    expect(quote?.speaker).toBe('ai-Bericht');
  });
});

describe('a dateline without an agency', () => {
  it('is no part of the first sentence: a clause a conjunction opens after it is not what the cue says', () => {
    expect(
      found('Berlin – Weil die Mieten weiter steigen, warnt der Mieterbund vor neuen Kündigungen.'),
    ).toEqual([]);
  });
});

describe('afterDateline', () => {
  it.each([
    { text: '(dpa) – Die Regierung will sparen.', rest: 'Die Regierung will sparen.' },
    { text: 'BERLIN (AFP) - Die Regierung will sparen.', rest: 'Die Regierung will sparen.' },
    { text: 'Berlin (dpa) - Die Regierung will sparen.', rest: 'Die Regierung will sparen.' },
    { text: 'Frankfurt/Main (dpa) – Die Börse schloss fester.', rest: 'Die Börse schloss fester.' },
    { text: 'Bad Homburg (red) – Die Stadt baut.', rest: 'Die Stadt baut.' },
    { text: 'Die Ministerin (SPD) sagte, sie spare.', rest: 'Die Ministerin (SPD) sagte, sie spare.' },
    { text: 'Anna Berger (SPD) sagte, sie spare.', rest: 'Anna Berger (SPD) sagte, sie spare.' },
    { text: 'Hamburg – Nach dem Sieg jubelte die Stadt.', rest: 'Nach dem Sieg jubelte die Stadt.' },
    { text: 'Berlin/Kiew – Die Gespräche gehen weiter.', rest: 'Die Gespräche gehen weiter.' },
    { text: 'Bad Homburg - Die Stadt baut.', rest: 'Die Stadt baut.' },
    { text: 'Berger – eine Ärztin – sagte es.', rest: 'Berger – eine Ärztin – sagte es.' },
    { text: 'Berlin–Hamburg ist die Strecke.', rest: 'Berlin–Hamburg ist die Strecke.' },
  ])('$text', ({ text, rest }) => {
    expect(text.slice(afterDateline(text))).toBe(rest);
  });
});
