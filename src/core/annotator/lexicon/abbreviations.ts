/**
 * Words that end in a full stop without ending the sentence, and month names that make "13." an ordinal.
 * Lower-case keys without the final stop; looked up case-insensitively.
 */

/** German abbreviations that are written with a full stop (lower-cased, without it). */
// prettier-ignore
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'abs', 'abt', 'adj', 'akad', 'allg', 'bd', 'bspw', 'bzgl', 'bzw', 'ca', 'chr', 'co', 'dgl', 'dipl', 'dr',
  'ebd', 'etc', 'ev', 'evtl', 'exkl', 'ff', 'fr', 'geb', 'gegr', 'gem', 'gest', 'ggf', 'hl', 'hr', 'hrsg',
  'ing', 'inkl', 'insb', 'jh', 'jhd', 'jr', 'kap', 'kath', 'lt', 'max', 'mind', 'min', 'mio', 'mrd', 'nr',
  'od', 'orig', 'pfr', 'phil', 'prof', 'rd', 'rer', 'sen', 'sog', 'st', 'std', 'str', 'tel', 'tsd', 'usw',
  'vgl', 'vs', 'zb', 'zit', 'zt', 'zzgl', 'zzt', 'mr', 'mrs', 'ms', 'col', 'lt', 'sgt', 'kpt', 'hptm', 'med',
  'jur', 'theol', 'dt', 'engl', 'franz', 'ital', 'russ', 'frz', 'ehem', 'verh', 'vors', 'stellv', 'ltd',
  'inc', 'corp', 'okt', 'nov', 'dez', 'jan', 'feb', 'febr', 'mär', 'apr', 'aug', 'sep', 'sept', 'nat', 'pol', 'oec',
]);

/**
 * Abbreviated titles that stand before a name, their full stop part of the name's phrase: "Dr. Sarah Lindqvist",
 * "Prof. Dr. med. Ulrich Kern", "Dipl.-Ing. Jan Roth" (lower-cased, without the stop).
 */
// prettier-ignore
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'dr', 'prof', 'dipl', 'ing', 'med', 'phil', 'rer', 'nat', 'jur', 'theol', 'pol', 'oec', 'mr', 'mrs', 'ms', 'hr',
  'fr', 'col', 'lt', 'sgt', 'kpt', 'hptm', 'pfr', 'st',
]);

/** Month names and their common short forms, lower-cased, with their number 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1],
  ['jänner', 1],
  ['jan', 1],
  ['februar', 2],
  ['feber', 2],
  ['feb', 2],
  ['febr', 2],
  ['märz', 3],
  ['mär', 3],
  ['april', 4],
  ['apr', 4],
  ['mai', 5],
  ['juni', 6],
  ['jun', 6],
  ['juli', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['oktober', 10],
  ['okt', 10],
  ['november', 11],
  ['nov', 11],
  ['dezember', 12],
  ['dez', 12],
]);

/** Nouns that commonly follow an ordinal number ("im 19. Jahrhundert", "der 3. Platz"), lower-cased. */
// prettier-ignore
export const ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  'jahrhundert', 'jahrtausend', 'platz', 'stock', 'stockwerk', 'etage', 'mal', 'kapitel', 'runde', 'spieltag',
  'tag', 'woche', 'lebensjahr', 'jahrestag', 'geburtstag', 'todestag', 'klasse', 'liga', 'bundesliga',
  'stelle', 'rang', 'lauf', 'durchgang', 'satz', 'halbzeit', 'minute', 'sitzung', 'legislaturperiode',
  'amtszeit', 'armee', 'division', 'juni', 'auflage', 'ausgabe', 'staffel', 'folge', 'wahlgang', 'quartal',
  'halbjahr',
]);

/**
 * Words that a number with a full stop after them makes an ordinal, whatever noun follows ("des 1. Kanals", "zum
 * 2. Spiel"): an article or a contraction of a preposition and an article, after which the noun phrase goes on.
 */
// prettier-ignore
export const ORDINAL_OPENERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'seit',
  'seinem', 'seinen', 'seiner', 'seines', 'ihrem', 'ihren', 'ihrer', 'ihres', 'dieser', 'dieses', 'diesem',
  'diesen',
]);

/**
 * Top-level domains of the web addresses that name media in German news ("t-online.de", "heise.de", "orf.at"):
 * a word that ends in one after a full stop is a site's name, a proper noun whatever its case.
 */
// prettier-ignore
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([
  'de', 'at', 'ch', 'com', 'net', 'org', 'eu', 'info', 'io', 'fr', 'it', 'es', 'nl', 'be', 'uk', 'us', 'ru', 'pl',
]);
