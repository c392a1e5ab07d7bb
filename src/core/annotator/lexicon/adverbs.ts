/**
 * Adverbs and particles: those that open a sentence capitalised but never name anyone, focus particles, the
 * adverbs that stand between a cue verb and its subject. Lower case.
 */

// prettier-ignore
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'derzeit', 'bisher', 'bislang', 'seither', 'stets', 'oft', 'häufig', 'meist', 'teils', 'vielmehr', 'trotzdem',
  'insbesondere', 'immerhin', 'zwar', 'ferner', 'sodass', 'somit', 'also', 'ebenso', 'sonst', 'nie', 'niemals',
  'besonders', 'aufgrund', 'dennoch', 'jedoch', 'bereits', 'gerade', 'nämlich', 'erst', 'einmal',
  // question words, demonstratives and finite verbs that open a sentence
  'was', 'wer', 'wie', 'wo', 'warum', 'weshalb', 'wann', 'dies', 'dieses', 'hatte', 'hatten', 'hat', 'haben',
  'war', 'waren', 'ist', 'sind', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'konnte', 'muss', 'musste',
  'soll', 'sollte', 'wollte', 'gibt', 'gab', 'geht', 'ging', 'kommt',
  // prepositions and adverbs that open a sentence
  'mithilfe', 'anhand', 'infolge', 'anlässlich', 'bezüglich', 'hinsichtlich', 'seitens', 'zugunsten', 'zwecks',
  'trotz', 'wegen', 'dank', 'laut', 'gemäß', 'angesichts', 'inmitten', 'statt', 'anstelle', 'sehr', 'ganz',
  'eher', 'kaum', 'fast', 'gar', 'sogar', 'schon', 'noch', 'wieder', 'immer', 'etwa', 'rund', 'knapp',
]);

export const NOT_SUBJECT_START: ReadonlySet<string> = new Set([
  'dies',
  'das',
  'es',
  'man',
  'was',
  'wer',
  'wie',
  'dass',
  'ob',
  'nichts',
  'alles',
  ...['demnach', 'daher', 'deshalb', 'darum', 'dennoch', 'trotzdem', 'allerdings', 'zudem', 'außerdem'],
  ...['gleichzeitig', 'zugleich', 'anschließend', 'später', 'zuvor', 'bisher', 'bereits', 'inzwischen'],
  ...[
    'mittlerweile',
    'nun',
    'jetzt',
    'heute',
    'gestern',
    'morgen',
    'hier',
    'dort',
    'so',
    'auch',
    'ebenfalls',
  ],
  ...['zunächst', 'schließlich', 'letztlich', 'immerhin', 'jedenfalls', 'offenbar', 'offensichtlich'],
  ...['angeblich', 'vermutlich', 'wahrscheinlich', 'dabei', 'damit', 'dazu', 'danach', 'davor', 'darauf'],
  ...['daraufhin', 'hierzu', 'hierbei', 'stattdessen', 'vielmehr', 'doch', 'aber', 'und', 'oder', 'denn'],
  ...['dann', 'damals', 'einst', 'erst', 'gerade', 'weiter', 'weiterhin', 'ferner', 'sogar', 'selbst', 'nur'],
  ...['noch', 'wiederum', 'ebenso', 'genauso', 'insgesamt', 'unterdessen', 'indes', 'derweil', 'dafür'],
  ...['dagegen', 'davon', 'darüber', 'hierüber', 'diesbezüglich', 'offiziell', 'sinngemäß', 'wörtlich'],
  ...['bislang', 'stellvertretend', 'seinerzeit', 'zuletzt', 'kurz', 'wenig', 'vorher', 'nachher'],
]);

/** Adverbs of time that stand between a finite verb and its subject: "Dann nahm jetzt der Minister Stellung". */
// prettier-ignore
export const TIME_ADVERBS: ReadonlySet<string> = new Set([
  'jetzt', 'nun', 'dann', 'heute', 'gestern', 'bereits', 'schon', 'inzwischen', 'mittlerweile', 'damals',
  'zuletzt', 'zunächst', 'später', 'erneut', 'wieder', 'nochmals',
]);

/** Particles that put the subject in focus without being part of it: "Auch die Ministerin äußerte …". */
export const FOCUS_PARTICLES: ReadonlySet<string> = new Set([
  'auch',
  'selbst',
  'sogar',
  'gerade',
  'ebenfalls',
  'nur',
]);

/** Adverbs between "zitiert" and the person quoted: "zitiert dazu den Minister", "zitiert auch die Ärztin". */
// prettier-ignore
export const RELAY_ADVERBS: ReadonlySet<string> = new Set([
  'dazu', 'auch', 'außerdem', 'zudem', 'weiter', 'nun', 'so', 'ebenfalls', 'dabei', 'hierzu', 'darin', 'am',
  'heute', 'gestern', 'erneut',
]);

/** "Demnach", "Danach" opening a Konjunktiv sentence point back at its source: the mention of its speaker. */
export const SOURCE_ADVERBS: ReadonlySet<string> = new Set(['demnach', 'danach']);

/**
 * Words that open a parenthetical apposition naming members or examples of the noun before it: "einige Länder,
 * insbesondere Ungarn und Polen, haben …", "die Verbände, darunter der ADAC, …". "vor allem" and "unter anderem" are
 * two tokens; each entry is the lower-case words separated by one space.
 */
// prettier-ignore
export const APPOSITION_INTRODUCERS: readonly string[] = [
  'insbesondere', 'vor allem', 'darunter', 'etwa', 'namentlich', 'wie', 'besonders', 'allen voran',
  'unter anderem', 'zum beispiel', 'beispielsweise',
];

/**
 * Words of degree that make "wie" before them ask how much, not say whose words follow: "zeige, wie wenig man über
 * die Tiefsee wisse", "wie wichtig die Reform sei", "wie viele Menschen betroffen seien".
 */
// prettier-ignore
export const DEGREE_WORDS: ReadonlySet<string> = new Set([
  'wenig', 'wenige', 'wenigen', 'viel', 'viele', 'vielen', 'sehr', 'lange', 'oft', 'häufig', 'groß', 'große',
  'stark', 'schnell', 'wichtig', 'schwer', 'schwierig', 'weit', 'hoch', 'hohe', 'tief', 'gut', 'schlecht', 'ernst',
  'dringend', 'gefährlich', 'teuer', 'knapp', 'klein', 'alt', 'genau', 'sicher', 'nah', 'nahe', 'stabil',
]);

/**
 * Connectives that may stand between a subject in the first place and its finite verb: "Die Ermittler hingegen
 * sagen", "Der Verband aber fordert". Lower case.
 */
// prettier-ignore
export const CONNECTIVES_AFTER_SUBJECT: ReadonlySet<string> = new Set([
  'hingegen', 'dagegen', 'jedoch', 'aber', 'allerdings', 'wiederum', 'indes', 'indessen', 'ihrerseits',
  'seinerseits', 'ebenfalls', 'auch', 'selbst', 'nun',
]);
