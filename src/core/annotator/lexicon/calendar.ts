/**
 * The words German uses to say when: weekdays, seasons, the parts of a month, the qualifiers that point back or
 * forward ("vergangenen", "kommenden"), and the words around a number that make it a year or a count. Lower-case;
 * month names are in `abbreviations.ts` (they also make "13." an ordinal for the sentence splitter).
 */

/** Weekday names, Sunday first (the order of `Date.getUTCDay()`). */
export const WEEKDAYS: readonly string[] = [
  'sonntag',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
];

/** "Sonnabend", the northern German Saturday, with its `getUTCDay()` number. */
export const WEEKDAY_SYNONYMS: ReadonlyMap<string, number> = new Map([['sonnabend', 6]]);

/** Parts of a day written together with its weekday: "Montagabend", "Freitagnachmittag". */
export const DAY_PARTS: readonly string[] = ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'];

/** Days counted from the publication date, in any case ("Gestern sagte er"). "morgen" is separate: see below. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['vorgestern', -2],
  ['gestern', -1],
  ['heute', 0],
  ['übermorgen', 2],
]);

/** "morgen" is tomorrow only in lower case and not after "heute"/"gestern" ("heute morgen": this morning). */
export const TOMORROW = 'morgen';

/** Seasons; "im Herbst 1999" is a date of year precision. */
export const SEASONS: ReadonlySet<string> = new Set(['frühjahr', 'frühling', 'sommer', 'herbst', 'winter']);

/** "Anfang", "Mitte", "Ende" before a month or year keep its precision ("Mitte März 2023": March 2023). */
export const PERIOD_PARTS: ReadonlySet<string> = new Set(['anfang', 'mitte', 'ende']);

/** Qualifiers that point to the last such day, month or year strictly before the publication date. */
export const PAST_QUALIFIERS: ReadonlySet<string> = new Set([
  'vergangenen',
  'vergangene',
  'vergangener',
  'vergangenes',
  'letzten',
  'letzte',
  'letzter',
  'letztes',
  'vorigen',
  'vorige',
  'voriger',
  'voriges',
  'gestrigen',
  'gestrige',
]);

/**
 * Prepositions that put a bare weekday ahead of the publication unless its clause is in the past: "Für Donnerstag
 * erwartet der Wetterdienst Regen", "Ab Montag gilt die Sperre" (a forecast, a rule from a day on).
 */
export const AHEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['für', 'ab']);

/** Qualifiers that point to the next such day, month or year strictly after the publication date. */
export const FUTURE_QUALIFIERS: ReadonlySet<string> = new Set([
  'kommenden',
  'kommende',
  'kommender',
  'kommendes',
  'nächsten',
  'nächste',
  'nächster',
  'nächstes',
]);

/** Qualifiers that point to the current one ("in diesem Jahr", "im laufenden Monat"). */
export const PRESENT_QUALIFIERS: ReadonlySet<string> = new Set([
  'diesen',
  'diese',
  'dieser',
  'dieses',
  'diesem',
  'laufenden',
  'laufende',
  'laufendes',
  'heutigen',
  'heutige',
]);

/** Words before a month name without a year that make it a time ("im Februar", "seit März", "Ende Mai"). */
export const MONTH_OPENERS: ReadonlySet<string> = new Set([
  'im',
  'seit',
  'bis',
  'ab',
  'anfang',
  'mitte',
  'ende',
]);

/** Words right before a month, a day or a year that belong to the mention ("im September 2022"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'im',
  'seit',
  'bis',
  'ab',
  'am',
  'vom',
  'von',
]);

/**
 * Words after which a four-digit number is always a year: "im Jahr 2008", "seit 2014 Mitglied", "im Herbst 1999".
 * Seasons and "Anfang/Mitte/Ende" are added by the matcher.
 */
export const YEAR_WORDS: ReadonlySet<string> = new Set([
  'im',
  'seit',
  'jahr',
  'jahre',
  'jahres',
  'jahren',
  'jahresende',
  'jahresbeginn',
  'jahresanfang',
  'jahresmitte',
  'jahreswechsel',
  'sommerpause',
]);

/**
 * Prepositions after which a four-digit number is a year ("bis 1980 Beträge", "von 1961"), unless a unit follows
 * it ("bis 2000 km").
 */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['bis', 'ab', 'von']);

/**
 * Prepositions after which a four-digit number is a year unless a noun follows it, which makes it a count
 * ("nach 2010 gebaut" but "vor 2000 Zuschauern", "in 2000 Fällen").
 */
export const YEAR_OR_COUNT_PREPOSITIONS: ReadonlySet<string> = new Set(['vor', 'nach', 'um', 'in']);

/** Words that open a range of dates and belong to its mention: "vom 3. bis 5. April", "zwischen März und Mai 2008". */
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['vom', 'von', 'zwischen']);

/** Articles before a day's number: "zwischen dem 3. und dem 5. April", "Montag, den 3. April". */
export const DAY_ARTICLES: ReadonlySet<string> = new Set(['dem', 'den']);

/** Words before "Vorjahr" that belong to its mention: "im Vorjahr", "des Vorjahres". */
export const PRIOR_YEAR_OPENERS: ReadonlySet<string> = new Set(['im', 'des']);

/** Prepositions before a relative period that belong to its mention: "in diesem Jahr", "seit letztem Monat". */
export const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['im', 'in', 'seit', 'bis', 'ab']);

/** Words that join the two ends of a range: "vom 3. bis 5. April", "1998–2002", "zwischen 1998 und 2002". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['bis', '-', '–', '‐', '‑', '—']);

/** Words before a number that make it an amount, not a year: "rund 1998 Menschen", "mehr als 2000". */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'rund',
  'etwa',
  'ca',
  'circa',
  'zirka',
  'knapp',
  'fast',
  'beinahe',
  'über',
  'unter',
  'mehr',
  'weniger',
  'als',
  'nur',
  'lediglich',
  'insgesamt',
  'zu',
  'auf',
  'mit',
  'jeweils',
  'je',
  'nr',
  'weitere',
  'weiteren',
  'alle',
  'sogar',
  'gut',
  'exakt',
  'genau',
  'höchstens',
  'mindestens',
  'maximal',
  'minus',
  'plus',
]);

/** Nouns that label something with a number, which can look like a year: "Nummer 1994", "Windows 2000". */
export const NUMBER_LABELS: ReadonlySet<string> = new Set([
  'nummer',
  'nr',
  'artikel',
  'art',
  'paragraf',
  'paragraph',
  'absatz',
  'seite',
  'seiten',
  'platz',
  'rang',
  'version',
  'modell',
  'typ',
  'linie',
  'flug',
  'gleis',
  'zimmer',
  'raum',
  'haus',
  'hausnummer',
  'windows',
  'tel',
  'telefon',
  'kanal',
  'kapitel',
  'band',
  'heft',
  'route',
  'bundesstraße',
  'autobahn',
  'postfach',
  'plz',
  'kilometer',
  'höhe',
  'stand',
  'code',
]);

/** Lower-case words after a number that make it an amount: "2000 mal", "1998 km". */
export const AMOUNT_UNITS: ReadonlySet<string> = new Set([
  'mal',
  'km',
  'kg',
  'm',
  't',
  'cm',
  'mm',
  'g',
  'l',
  'ha',
  'mio',
  'mrd',
  'tsd',
  'prozent',
  'euro',
  'dollar',
  'stück',
  'meter',
]);

/**
 * Finite verbs that put a clause in the future ("Am Montag wird abgestimmt", "soll … beginnen"): also the present
 * of "wollen", which with an infinitive states a plan ("Die Initiative will am Samstag demonstrieren").
 */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set([
  'wird',
  'werden',
  'soll',
  'sollen',
  'will',
  'wollen',
]);

/**
 * Auxiliaries of the past that outweigh a future auxiliary in the same clause ("getötet worden sein sollen").
 * Not "hat"/"haben", which are as often full verbs ("der bis zum 15. März geöffnet hat").
 */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set([
  'wurde',
  'wurden',
  'war',
  'waren',
  'hatte',
  'hatten',
  'worden',
  'gewesen',
]);

/** Nouns for a period of a year that a year follows ("im ersten Halbjahr 2025", "im Geschäftsjahr 2024"); lower case. */
// prettier-ignore
export const YEAR_PERIODS: ReadonlySet<string> = new Set([
  'jahr', 'jahres', 'halbjahr', 'halbjahres', 'quartal', 'quartals', 'geschäftsjahr', 'geschäftsjahres',
  'jahreshälfte', 'kalenderjahr', 'kalenderjahres', 'haushaltsjahr', 'haushaltsjahres',
]);
