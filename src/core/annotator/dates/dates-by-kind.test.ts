/**
 * One table per kind of date expression, with sentences written for these tests. The publication date is
 * Thursday, 13 February 2025, so "am Mittwoch" is 12 February and "im März" (back) is March 2024.
 */
import { describe, expect, it } from 'vitest';
import { parseDay } from './date-match';
import { findDates } from './date-mentions';
import { tokenize } from '../text/tokens';

const published = parseDay('2025-02-13');

interface Row {
  text: string;
  /** Each date found: the words that say it and the date, in order. */
  expected: [mention: string, date: string][];
}

function dates(text: string): [string, string][] {
  return findDates(tokenize(text), published).map((d) => [text.slice(d.start, d.end), d.date]);
}

function table(rows: Row[]): void {
  it.each(rows)('$text', ({ text, expected }) => {
    expect(dates(text)).toEqual(expected);
  });
}

describe('a range: its first day (the format has no ranges)', () => {
  table([
    {
      text: 'Die Messe lief vom 3. bis 5. April 2008 in Leipzig.',
      expected: [['vom 3. bis 5. April 2008', '2008-04-03']],
    },
    { text: 'Am 7. und 8. Juli 2019 tagte der Rat.', expected: [['7. und 8. Juli 2019', '2019-07-07']] },
    { text: 'Gespielt wurde 12.–14. März 2021.', expected: [['12.–14. März 2021', '2021-03-12']] },
    {
      text: 'Vom 28. Dezember bis 2. Januar 2010 blieb das Amt zu.',
      expected: [['Vom 28. Dezember bis 2. Januar 2010', '2009-12-28']],
    },
    {
      text: 'Die Ausstellung ist von März bis Mai 2016 zu sehen.',
      expected: [['von März bis Mai 2016', '2016-03']],
    },
    {
      text: 'Die Baustelle bleibt vom März bis Mai 2016 bestehen.',
      expected: [['vom März bis Mai 2016', '2016-03']],
    },
    { text: 'Von 1998 bis 2002 regierte die Koalition.', expected: [['Von 1998 bis 2002', '1998']] },
    { text: 'Zwischen 2004 und 2006 stieg die Zahl.', expected: [['Zwischen 2004 und 2006', '2004']] },
    { text: 'Die Amtszeit 2009–2013 war ruhig.', expected: [['2009–2013', '2009']] },
    { text: 'Der Vertrag galt 1990-1995.', expected: [['1990-1995', '1990']] },
    { text: 'Vom 3.4. bis 5.4.2008 ruhte die Arbeit.', expected: [['Vom 3.4. bis 5.4.2008', '2008-04-03']] },
  ]);
});

describe('a numeric date', () => {
  table([
    { text: 'Er wurde am 3.4.2008 gewählt.', expected: [['3.4.2008', '2008-04-03']] },
    { text: 'Die Frist endete am 03.04.08 um Mitternacht.', expected: [['03.04.08', '2008-04-03']] },
    { text: 'Das Foto stammt vom 24.12.99.', expected: [['24.12.99', '1999-12-24']] },
    { text: 'Sie kam am 2.2. nach Bonn.', expected: [['2.2.', '2025-02-02']] },
    { text: 'Der Bescheid kam am 2008-04-03.', expected: [['2008-04-03', '2008-04-03']] },
    { text: 'Meldung vom Mittag (07.11.2006)', expected: [['07.11.2006', '2006-11-07']] },
    { text: 'Version 3.4.1 behebt den Fehler.', expected: [] },
    { text: 'Das Ergebnis lag bei 3.4. Punkten.', expected: [] },
    { text: 'Am 31.2.2008 geschah nichts.', expected: [] },
  ]);
});

describe('a bare year as a time adverbial', () => {
  table([
    { text: 'Die Partei wurde 1998 gegründet.', expected: [['1998', '1998']] },
    { text: '1998 zog sie nach Hamburg.', expected: [['1998', '1998']] },
    { text: 'Die 1987 eröffnete Halle wird abgerissen.', expected: [['1987', '1987']] },
    {
      text: 'Er kam 2011, sie folgte 2013.',
      expected: [
        ['2011', '2011'],
        ['2013', '2013'],
      ],
    },
    { text: '1998 Menschen unterschrieben die Petition.', expected: [] },
    { text: 'Rund 1998 Stimmen fehlten.', expected: [] },
    { text: 'Es kamen 2013 neue Mitglieder dazu.', expected: [] },
    { text: 'Die Strecke misst 1850 km.', expected: [] },
    { text: '2000 wurden evakuiert.', expected: [] },
    { text: 'Der Ort hat 1750 Einwohner.', expected: [] },
    { text: 'Er trug die Nummer 1994 auf dem Rücken.', expected: [] },
  ]);
});

describe('a year after a word that makes it one', () => {
  table([
    { text: 'Im Jahr 2008 erklärte das Bündnis seine Absicht.', expected: [['Im Jahr 2008', '2008']] },
    { text: 'Er ist seit 2014 Mitglied.', expected: [['seit 2014', '2014']] },
    { text: 'Bis 2030 soll das Netz fertig sein.', expected: [['2030', '2030']] },
    { text: 'Vor 2000 Zuschauern verlor das Team.', expected: [] },
    { text: 'In 2019 Fällen half die Beratung.', expected: [] },
    { text: 'Die Saison 2008/09 endete früh.', expected: [['2008/09', '2008']] },
    { text: 'Im Geschäftsjahr 2000/2001 sank der Umsatz.', expected: [['Geschäftsjahr 2000/2001', '2000']] },
    { text: 'Im Winter 2008/09 fiel viel Schnee.', expected: [['Im Winter 2008/09', '2008']] },
  ]);
});

describe('a season with a year: year precision', () => {
  table([
    { text: 'Im Herbst 1999 begann der Umbau.', expected: [['Im Herbst 1999', '1999']] },
    { text: 'Die Wahl ist für das Frühjahr 2026 geplant.', expected: [['Frühjahr 2026', '2026']] },
    { text: 'Seit dem Sommer 2015 wartet sie.', expected: [['Sommer 2015', '2015']] },
    { text: 'Im Frühling 2003 blühte es.', expected: [['Im Frühling 2003', '2003']] },
  ]);
});

describe('Anfang, Mitte, Ende of a month with a year: month precision', () => {
  table([
    { text: 'Anfang Mai 2010 fiel die Entscheidung.', expected: [['Anfang Mai 2010', '2010-05']] },
    { text: 'Die Zahlen kamen Mitte Juni 2012.', expected: [['Mitte Juni 2012', '2012-06']] },
    { text: 'Bis Ende Oktober 2020 lief die Frist.', expected: [['Ende Oktober 2020', '2020-10']] },
    { text: 'Ende 2023 war alles fertig.', expected: [['Ende 2023', '2023']] },
  ]);
});

describe('a month without a year, against the publication date', () => {
  table([
    { text: 'Im Februar trat er zurück.', expected: [['Im Februar', '2025-02']] },
    { text: 'Im März hatte sie noch gezögert.', expected: [['Im März', '2024-03']] },
    { text: 'Seit Januar gilt die Regel.', expected: [['Seit Januar', '2025-01']] },
    { text: 'Ende November war die Lage anders.', expected: [['Ende November', '2024-11']] },
    { text: 'Im vergangenen Februar kam der Bericht.', expected: [['Im vergangenen Februar', '2024-02']] },
    { text: 'Im kommenden März beginnt der Bau.', expected: [['Im kommenden März', '2025-03']] },
    { text: 'Im Mai wird gewählt.', expected: [['Im Mai', '2025-05']] },
    { text: 'Karl Mai sagte nichts.', expected: [] },
    // the simple past of a speech verb marks its clause as past: not the coming June, the one before
    { text: 'Der Minister sagte im Juni, er bleibe.', expected: [['im Juni', '2024-06']] },
    { text: 'Die Firma meldete im Mai Insolvenz an.', expected: [['im Mai', '2024-05']] },
    // and so does the simple past of a strong verb
    { text: 'Die Preise stiegen im Mai um vier Prozent.', expected: [['im Mai', '2024-05']] },
    { text: 'Im Juni fiel die Entscheidung.', expected: [['Im Juni', '2024-06']] },
    // a present tense keeps the nearer one, and a future auxiliary outweighs a participle spelled like a past
    { text: 'Im Mai steigen die Preise.', expected: [['Im Mai', '2025-05']] },
    {
      text: 'Über die Verfassung wird erst am 19. August entschieden.',
      expected: [['19. August', '2025-08-19']],
    },
  ]);
});

describe('a month without a year after a period of a year named in its sentence', () => {
  table([
    {
      text: 'Im ersten Halbjahr 2019 wurden von Januar bis Juni 900 Häuser gebaut.',
      expected: [
        ['Halbjahr 2019', '2019'],
        ['von Januar bis Juni', '2019-01'],
      ],
    },
    {
      text: 'Im Geschäftsjahr 2021 stieg der Umsatz, im März sank er kurz.',
      expected: [
        ['Geschäftsjahr 2021', '2021'],
        ['im März', '2021-03'],
      ],
    },
    {
      text: 'Die 2015 gegründete Firma hatte im März Insolvenz angemeldet.',
      expected: [
        ['2015', '2015'],
        ['im März', '2024-03'],
      ],
    },
  ]);
});

describe('a day and month without a year', () => {
  table([
    { text: 'Am 30. September trat sie zurück.', expected: [['30. September', '2024-09-30']] },
    { text: 'Am 10. Februar sprach er.', expected: [['10. Februar', '2025-02-10']] },
    { text: 'Am 23. Februar wird gewählt.', expected: [['23. Februar', '2025-02-23']] },
  ]);
});

describe('a weekday, against the publication date', () => {
  table([
    { text: 'Am Mittwoch sprach er.', expected: [['Am Mittwoch', '2025-02-12']] },
    {
      text: 'Am vergangenen Freitag kam es zum Streit.',
      expected: [['Am vergangenen Freitag', '2025-02-07']],
    },
    { text: 'Vergangenen Donnerstag war es ruhig.', expected: [['Vergangenen Donnerstag', '2025-02-06']] },
    { text: 'Am Donnerstag sagte sie ab.', expected: [['Am Donnerstag', '2025-02-13']] },
    { text: 'Am kommenden Montag beginnt der Prozess.', expected: [['Am kommenden Montag', '2025-02-17']] },
    { text: 'Am Montag wird abgestimmt.', expected: [['Am Montag', '2025-02-17']] },
    { text: 'Am Montag wurde abgestimmt.', expected: [['Am Montag', '2025-02-10']] },
    // "wollen" with an infinitive states a plan: the coming weekday.
    { text: 'Die Initiative will am Samstag demonstrieren.', expected: [['am Samstag', '2025-02-15']] },
    { text: 'Am Montag wollen die Bauern die Straße sperren.', expected: [['Am Montag', '2025-02-17']] },
    // "für" and "ab" put a weekday ahead, unless the clause is in the past.
    { text: 'Für Samstag erwartet der Wetterdienst Regen.', expected: [['Samstag', '2025-02-15']] },
    { text: 'Ab Montag gilt die Sperre.', expected: [['Montag', '2025-02-17']] },
    { text: 'Ab Montag war die Brücke gesperrt.', expected: [['Montag', '2025-02-10']] },
    { text: 'Am Samstagabend brannte es.', expected: [['Am Samstagabend', '2025-02-08']] },
    {
      text: 'Am Freitag vergangener Woche fiel der Strom aus.',
      expected: [['Am Freitag vergangener Woche', '2025-02-07']],
    },
    {
      text: 'Am Dienstag dieser Woche gab es Streit.',
      expected: [['Am Dienstag dieser Woche', '2025-02-11']],
    },
    {
      text: 'Am Montag, den 3. Februar 2025 begann es.',
      expected: [['3. Februar 2025', '2025-02-03']],
    },
    // An indefinite article names no particular week.
    { text: 'Es geschah an einem Sonnabend.', expected: [] },
    { text: 'Ein Montag ohne Termine ist selten.', expected: [] },
  ]);
});

describe('days, months and years counted from the publication date', () => {
  table([
    { text: 'Gestern sagte er ab.', expected: [['Gestern', '2025-02-12']] },
    { text: 'Die Sitzung ist morgen.', expected: [['morgen', '2025-02-14']] },
    { text: 'Er kam heute morgen an.', expected: [['heute', '2025-02-13']] },
    { text: 'Im vergangenen Jahr sank die Zahl.', expected: [['Im vergangenen Jahr', '2024']] },
    { text: 'Ende letzten Jahres kam die Wende.', expected: [['Ende letzten Jahres', '2024']] },
    { text: 'In diesem Jahr soll gebaut werden.', expected: [['In diesem Jahr', '2025']] },
    { text: 'Im nächsten Jahr ist Wahl.', expected: [['Im nächsten Jahr', '2026']] },
    { text: 'Im vergangenen Monat stiegen die Preise.', expected: [['Im vergangenen Monat', '2025-01']] },
    { text: 'Die Zahl lag über dem Vorjahr.', expected: [] },
    { text: 'Im Vorjahr waren es weniger.', expected: [['Im Vorjahr', '2024']] },
    { text: 'In den vergangenen Jahren wuchs die Stadt.', expected: [] },
  ]);
});

describe('without a publication date', () => {
  it('keeps dates with a year and skips those it cannot resolve', () => {
    const text = 'Am Montag und im Februar, aber auch am 3.4.2008 und im Herbst 1999.';
    const found = findDates(tokenize(text), undefined).map((d) => d.date);
    expect(found).toEqual(['2008-04-03', '1999']);
  });
});
