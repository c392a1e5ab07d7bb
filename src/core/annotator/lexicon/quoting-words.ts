/**
 * Words around quotation marks that tell a quoted name or title from quoted speech: function words of titles,
 * glosses, maxims, naming, labelling and judging verbs. Lower case.
 */
import { endingSet, type EndingSet } from './endings';

// prettier-ignore
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'als', 'von', 'kein', 'keine', 'keinen', 'keiner',
]);

/** Forms of verbs that judge something as what the quotation calls it: "wies den Plan als „Unsinn“ zurück". */
// prettier-ignore
export const JUDGING_FORMS: ReadonlySet<string> = new Set([
  'bezeichnet', 'bezeichnete', 'bezeichneten', 'bezeichnen', 'charakterisiert', 'charakterisierte',
  'charakterisierten', 'charakterisieren', 'beschreibt', 'beschrieb', 'beschrieben', 'beschreiben', 'sieht',
  'sah', 'sahen', 'sehen', 'wertet', 'wertete', 'werteten', 'gewertet', 'bewertet', 'bewertete', 'bewerteten',
  'betrachtet', 'betrachtete', 'betrachteten', 'tituliert', 'titulierte', 'titulierten', 'stuft', 'stufte',
  'stuften', 'eingestuft', 'wies', 'weist', 'wiesen', 'zurückgewiesen', 'kritisiert', 'kritisierte',
  'kritisierten', 'verurteilt', 'verurteilte', 'verurteilten', 'empfindet', 'empfand', 'empfanden',
  'brandmarkt', 'brandmarkte', 'gebrandmarkt', 'geißelt', 'geißelte', 'lobt', 'lobte', 'lobten', 'gelobt',
  'feiert', 'feierte', 'gefeiert', 'abgetan', 'tat', 'tut',
]);

/** Verbs that name or label something with a quoted word: "nannte es einen „Irrweg“", "sprach von „Chaos“". */
export const LABELLING_VERBS: ReadonlySet<string> = new Set([
  'nennen',
  'bezeichnen',
  'sprechen',
  'vorwerfen',
]);

/** Verbs that give a name: "„…“, so heißt der Plan", "so lautet der Titel". */
/** Finite forms and the participle of "nennen", whose object takes a predicate ("nannte den Plan „dumm“"). */
export const NENNEN_FORMS: ReadonlySet<string> = new Set(['nennt', 'nannte', 'nannten', 'nennen', 'genannt']);

export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'heißt',
  'hieß',
  'heißen',
  'hießen',
  'lautet',
  'lautete',
  'lauten',
  'lauteten',
]);

// prettier-ignore
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'a', 'de', 'la', 'le', 'el', 'del', 'von', 'der', 'die', 'das', 'des', 'dem', 'den',
  'und', 'für', 'im', 'am', 'in', 'an', 'auf', 'mit', 'zu', 'zum', 'zur', 'vom', 'aus', 'bei', 'e.V.', '–',
  '-', '&', 'gegen', 'ohne', 'über', 'unter', 'nach', 'vor', 'um', 'ein', 'eine', 'einer', 'eines', 'einem',
  'einen', 'zwischen', 'to', 'for', 'on', 'at', 'by', 'with', 'pour', 'du', 'des', 'un', 'une',
]);

/** Words that introduce the source of a report, not its words: "laut „Tagblatt“". */
export const SOURCE_WORDS: ReadonlySet<string> = new Set(['laut', 'lt']);

/**
 * Words that introduce a translation, short form or code name: "(etwa: „…“)", "kurz „…“", "Codename: „…“".
 * "etwa" only before a colon: "etwa „zehn Stunden früher“" is "about".
 */
// prettier-ignore
export const GLOSS_WORDS: ReadonlySet<string> = new Set([
  'etwa', 'deutsch', 'übersetzt', 'kurz', 'englisch', 'engl', 'codename', 'codenamen',
]);

// prettier-ignore
export const MAXIM_NOUNS: ReadonlySet<string> = new Set([
  'prinzip', 'prinzips', 'grundsatz', 'grundsatzes', 'devise', 'maxime', 'leitsatz', 'leitsatzes', 'weisheit',
  'credo', 'sprichwort', 'sprichworts', 'redensart', 'lebensweisheit',
]);

/** Words that end like a naming noun but are none: "zum Beispiel „…“", "im Auszug: „…“", "knapp „…“". */
export const NOT_NAMING: ReadonlySet<string> = new Set([
  'beispiel',
  'bezug',
  'auszug',
  'anzug',
  'vorzug',
  'knapp',
]);

/** Nouns after which a quoted name follows rather than speech: "die Zeitung „…“", "unter dem Motto „…“". */
// prettier-ignore
export const NAMING_NOUNS: readonly string[] = [
  'zeitung', 'magazin', 'zeitschrift', 'blatt', 'agentur', 'sender', 'dienst', 'motto', 'titel', 'film',
  'buch', 'lied', 'song', 'album', 'serie', 'sendung', 'show', 'rubrik', 'schiff', 'operation', 'mission',
  'kampagne', 'programm', 'projekt', 'bereich', 'namen', 'name', 'stichwort', 'slogan', 'roman',
  'oper', 'stück', 'enzyklika', 'initiative', 'sogenannten', 'sogenannte', 'genannten', 'genannte',
  'unternehmen', 'firma', 'band', 'verein', 'partei', 'gruppe', 'organisation', 'aktion', 'festival',
  'ausstellung', 'marke', 'modell', 'typ', 'kategorie', 'preis', 'award', 'website', 'portal', 'plattform',
  'app', 'spiel', 'satellit', 'sonde', 'rakete', 'fähre', 'frachter', 'tanker', 'flugzeug', 'zug', 'hotel',
  'restaurant', 'club', 'klub', 'theater', 'museum', 'thema', 'begriff', 'stamm', 'clan', 'yacht', 'boot',
  'planet', 'bakterium', 'virus', 'sorte', 'hurrikan', 'sturm', 'kapsel', 'modul', 'bündnis', 'bewegung',
  'verband', 'studie', 'dokumentation', 'musical', 'prädikat', 'konferenz', 'kongress', 'gipfel', 'werk',
  'überschrift', 'schlagzeile',
];

/**
 * Plural nouns for works and products that introduce a list of their titles with "wie": "Lieder wie „…“ und „…“",
 * "Vorträge wie „…“ von X", "Klassiker wie „…“". A compound ending in one counts too ("Folklore-Lieder").
 */
// prettier-ignore
export const WORK_LIST_NOUNS: readonly string[] = [
  'lieder', 'liedern', 'songs', 'hits', 'titel', 'titeln', 'filme', 'filmen', 'bücher', 'büchern', 'romane',
  'romanen', 'werke', 'werken', 'stücke', 'stücken', 'klassiker', 'klassikern', 'vorträge', 'vorträgen',
  'alben', 'serien', 'sendungen', 'produkte', 'produkten', 'marken', 'spiele', 'spielen', 'opern', 'gedichte',
  'gedichten', 'zeitungen', 'zeitschriften', 'magazine', 'magazinen', 'blätter', 'blättern', 'programme',
  'programmen', 'kompositionen', 'bestseller', 'bestsellern', 'sketche', 'shows', 'formate', 'formaten',
  'ausstellungen', 'projekte', 'projekten', 'initiativen', 'gruppen', 'bands', 'vereine', 'vereinen', 'parteien',
  'organisationen', 'bewegungen', 'medien', 'sender', 'sendern', 'modelle', 'modellen', 'schiffe', 'schiffen',
];

/** Words that may stand between "wie" and the first title of a list: "Lieder wie etwa „…“", "wie zum Beispiel". */
export const LIST_HEDGES: ReadonlySet<string> = new Set([
  'etwa',
  'beispiel',
  'zum',
  'z.',
  'b.',
  'z.b.',
  'u.a.',
]);

/** Words that join the titles of a list: "„…“, „…“ und „…“", "„…“ oder „…“", "„…“ sowie „…“". */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'bis']);

/**
 * Words after "als „…“" that make the passage a name somebody or something is known by: "der als „Sonnenkönig“
 * bekannte Herrscher", "wurde als „Fall X“ berühmt". Stems: every inflected form counts ("bekannten").
 */
export const KNOWN_AS_STEMS: readonly string[] = ['bekannt', 'berühmt', 'berüchtigt', 'verschrien'];

/**
 * Participles that name when they stand before a noun, inflected: "der als „Nordlicht“ bezeichnete Plan", "das
 * als „Projekt Z“ betitelte Papier". Uninflected ("hat den Plan als „Irrweg“ bezeichnet") they report a judgement.
 */
export const ATTRIBUTIVE_NAMING_STEMS: readonly string[] = [
  'bezeichnete',
  'genannte',
  'betitelte',
  'getaufte',
  'titulierte',
];

/**
 * Function words of the languages most often quoted in German news in the original (English, French, Spanish,
 * Italian, Latin): a quoted passage with one of them is foreign, and a quoted passage right after it is its
 * German translation. Only words that are no German word (no "die", "in", "an", "was").
 */
// prettier-ignore
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'is', 'are', 'we', 'you', 'me', 'by', 'on', 'at', 'not', 'to', 'for', 'with', 'this', 'that', 'it', 'be', 'have',
  'will', 'my', 'our', 'your', 'le', 'la', 'les', 'est', 'et', 'une', 'pour', 'nous', 'vous', 'pas', 'qui',
  'el', 'los', 'las', 'y', 'por', 'para', 'que', 'il', 'di', 'che', 'non', 'per', 'una', 'sono',
]);

/**
 * Nouns for what somebody said, which name the speaker in a genitive or "von" phrase after them: "die Aussagen der
 * Regierung über den „langen Weg“", "nach den Worten von Anna Roth". A quoted phrase in the same sentence is
 * then that speaker's words. Lower case, singular and plural; a compound ending in one counts too.
 */
// prettier-ignore
export const SPEECH_ACT_NOUNS: EndingSet = endingSet([
  'aussage', 'aussagen', 'äußerung', 'äußerungen', 'erklärung', 'erklärungen', 'worte', 'worten', 'forderung',
  'forderungen', 'warnung', 'warnungen', 'ankündigung', 'ankündigungen', 'zusage', 'zusagen', 'versprechen',
  'behauptung', 'behauptungen', 'stellungnahme', 'rede', 'appell', 'mitteilung', 'vorwurf', 'vorwürfe',
  'beteuerungen', 'bekenntnis', 'bekenntnisse',
]);

/**
 * Nouns that make an act of speech with a light verb ("nahm zu der Frage Stellung", "ergriff das Wort"), each with
 * the forms of its verb: a sentence with both reports what its subject says.
 */
export const LIGHT_VERB_SPEECH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['stellung', new Set(['nimmt', 'nahm', 'nahmen', 'nehmen', 'genommen'])],
  [
    'wort',
    new Set(['ergreift', 'ergriff', 'ergriffen', 'ergreifen', 'meldet', 'meldete', 'meldeten', 'gemeldet']),
  ],
]);

/**
 * Labels that open an interviewer's turn in an interview printed as turns ("Frage: Was wollen Sie tun?"); lower
 * case. The interviewee's turns open with their name and a colon.
 */
export const QUESTION_LABELS: ReadonlySet<string> = new Set(['frage', 'interviewer', 'interviewerin']);

/**
 * Words that name the kind of text a headline opens ("Interview: „Die Schulen brauchen Zeit“", "Kommentar: …"); lower
 * case. Before a colon they label the piece, not who speaks in it.
 */
// prettier-ignore
export const TEXT_KIND_LABELS: ReadonlySet<string> = new Set([
  'interview', 'kommentar', 'gastkommentar', 'analyse', 'porträt', 'portrait', 'reportage', 'leitartikel',
  'gastbeitrag', 'hintergrund', 'meinung', 'glosse', 'essay', 'rezension', 'chronik', 'zitat', 'liveblog',
  'liveticker', 'ticker', 'eilmeldung', 'exklusiv', 'umfrage', 'faktencheck', 'kolumne', 'dossier', 'protokoll',
]);
