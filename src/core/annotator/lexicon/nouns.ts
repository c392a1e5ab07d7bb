/**
 * Words the speaker rules need to tell a name from a role, an organisation or a pronoun: pronouns, determiners,
 * words that end a speaker search, name particles, nouns of things and times. Matching endings is by the end of the
 * lower-cased word, so compounds are covered. Nouns of persons are in `./person-nouns.ts`, of groups in
 * `./group-nouns.ts`.
 */
import { endingSet, type EndingSet } from './endings';

/**
 * Endings of nouns, besides roles and organisations, for what can speak or be quoted from: people ("Anwohner",
 * "Passagiere", "Jugendliche"), media ("Spiegel", "Tagesschau") and statements and documents that a quotation
 * comes from ("Erklärung", "Positionspapier", "Polizeiangaben"). Plurals of roles are found by stripping the
 * plural ending, so "Präsidenten" needs no entry.
 */
// prettier-ignore
export const SPEAKING_NOUN_ENDINGS: EndingSet = endingSet([
  // people
  'leute', 'menschen', 'befragte', 'befragten', 'bürger', 'bürgerin', 'kinder', 'eltern', 'frauen', 'männer', 'jugendliche',
  'jugendlichen', 'einwohner', 'einwohnerin', 'passagier', 'passagiere', 'gast', 'gäste', 'fan', 'fans',
  'zuschauer', 'besucher', 'teilnehmer', 'teilnehmerin', 'kunde', 'kunden', 'kundin', 'nutzer', 'nutzerin',
  'wähler', 'wählerin', 'arbeiter', 'arbeiterin', 'angestellte', 'angestellter', 'beschäftigte', 'mieter',
  'händler', 'bauer', 'bauern', 'kläger', 'klägerin', 'anhänger', 'anhängerin', 'unterstützer', 'bewerber',
  'mediziner', 'pfleger', 'patient', 'patientin', 'verbraucher', 'ärzte', 'mönche', 'mönch', 'priester',
  'polizisten', 'nachbar', 'nachbarin', 'nachbarn', 'freund', 'freundin', 'freunde', 'mann', 'männer',
  'person', 'personen', 'sachse', 'sachsen', 'franzose', 'franzosen', 'brite', 'briten', 'russe', 'russen',
  'chinese', 'chinesen', 'amerikaner', 'amerikanerin', 'europäer', 'kanadier', 'italiener', 'ukrainer',
  'israeli', 'israelis', 'palästinenser', 'türke', 'türken', 'deutsche', 'deutschen', 'seite', 'seiten',
  'team', 'crew', 'besatzung', 'publikum', 'menge', 'menschenmenge', 'lager', 'kreise', 'kreisen',
  'randalierer', 'demonstrant', 'demonstrantin', 'hacker', 'herausgeber', 'verfasser', 'verfasserin',
  'juror', 'juroren', 'jury', 'meteorologe', 'meteorologen', 'richterin', 'schüler', 'schülerin',
  'student', 'studierende', 'studierenden', 'lehrkräfte', 'fachleute', 'insider', 'kenner', 'skeptiker',
  'verantwortliche', 'verantwortlichen', 'willige', 'williger', 'willigen', 'ombudsman', 'ombudsmann',
  'verteidigung', 'staat', 'tribunal', 'zentrale', 'direktion', 'gemeinschaft', 'verlag', 'bewegung',
  'vereinigung', 'vertretung', 'delegation', 'taz', 'missionar', 'rechnungshof', 'länder', 'bundesländer', 'kabinett', 'junta', 'streife',
  'gesellschaft', 'sponsor', 'provider', 'mission',
  // media
  'spiegel', 'focus', 'stern', 'tagesschau', 'tagesthemen', 'nachrichten', 'presse', 'kurier', 'rundschau',
  'anzeiger', 'tageszeitung', 'wochenzeitung', 'onlineausgabe', 'online-ausgabe', 'portal',
  'nachrichtenportal', 'website', 'webseite', 'homepage', 'internetseite', 'fachblatt', 'fachzeitschrift',
  'zeitschrift', 'wochenmagazin', 'nachrichtenmagazin', 'newsletter', 'blog', 'kanal', 'radio', 'tv',
  // statements and documents
  'angaben', 'aussage', 'aussagen', 'erklärung', 'erklärungen', 'mitteilung', 'pressemitteilung',
  'stellungnahme', 'bericht', 'berichte', 'berichten', 'berichts', 'meldung', 'meldungen', 'studie',
  'studien', 'umfrage', 'untersuchung', 'analyse', 'gutachten', 'papier', 'schreiben', 'brief', 'artikel',
  'kommentar', 'interview', 'rede', 'ansprache', 'resolution', 'beschluss', 'urteil', 'antrag', 'gesetz',
  'gesetzentwurf', 'entwurf', 'vertrag', 'abkommen', 'dokument', 'memorandum', 'protokoll', 'bekanntmachung',
  'veröffentlichung', 'information', 'informationen', 'quelle', 'quellen', 'schätzung', 'schätzungen',
  'einschätzung', 'berechnungen', 'prognose', 'darstellung', 'darstellungen', 'ansicht', 'auffassung',
  'meinung', 'überzeugung', 'worte', 'worten', 'fazit', 'bilanz', 'tenor', 'appell', 'aufruf', 'warnung',
  'bekennerschreiben', 'ermittlungen', 'erkenntnisse', 'erkenntnissen', 'ergebnis', 'ergebnisse',
  'ergebnissen', 'planungen', 'statistik', 'verlautbarung', 'botschaft', 'videobotschaft', 'ankündigung',
  'zitat', 'tweet', 'post', 'anweisung', 'anordnung', 'satz', 'text', 'test', 'lesart', 'version',
  'begründung', 'urteilsbegründung', 'klage', 'anklage', 'anklageschrift', 'stimme', 'stimmen', 'haltung',
  'position', 'erkenntnisstand', 'auswertung', 'befund', 'befunde',
]);

/** Personal pronouns that can be the subject of a speech verb and refer back to a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie']);

/**
 * Personal pronouns in the dative, which "zufolge", "laut", "nach" and "gegenüber" govern ("Ihr zufolge", "laut
 * ihm"), with the nominative they stand for; "ihnen" is plural.
 */
export const DATIVE_PRONOUNS: ReadonlyMap<string, 'er' | 'sie'> = new Map([
  ['ihm', 'er'],
  ['ihr', 'sie'],
  ['ihnen', 'sie'],
]);

/** Articles, demonstratives and possessives that open a noun phrase. */
// prettier-ignore
export const DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'dieser',
  'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jene', 'sein', 'seine', 'seiner', 'seines', 'ihr', 'ihre',
  'ihrer', 'ihres', 'mehrere', 'einige', 'viele', 'beide', 'alle', 'zwei', 'drei', 'vier', 'fünf',
  'zahlreiche',
]);

/** Words that end the search for a speaker after a speech verb: prepositions, adverbs and conjunctions. */
// prettier-ignore
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'am', 'im', 'in', 'auf', 'vor', 'bei', 'gegenüber', 'während', 'nach', 'laut', 'zu', 'zum', 'zur', 'mit',
  'über', 'an', 'aus', 'für', 'gegen', 'seit', 'bis', 'unter', 'um', 'und', 'oder', 'aber', 'doch', 'dass',
  'ob', 'wie', 'als', 'weil', 'denn', 'auch', 'jedoch', 'außerdem', 'zudem', 'weiter', 'später', 'dazu',
  'daher', 'nun', 'bereits', 'noch', 'heute', 'gestern', 'morgen', 'so', 'dann', 'damals', 'inzwischen',
  'allerdings', 'zufolge', 'sich', 'es', 'man', 'nicht', 'nur', 'schon', 'ebenfalls', 'zuvor', 'kürzlich',
  'jetzt', 'einst', 'wörtlich', 'vorige', 'letzte', 'dort', 'hier', 'etwa', 'rund', 'mehr', 'wenig', 'dabei',
  'darauf', 'darüber', 'davon', 'dagegen', 'deshalb', 'deswegen', 'trotzdem', 'zunächst', 'erneut',
  'wiederum', 'ebenso', 'sowie', 'sondern', 'hinzu', 'zurück', 'fest', 'klar', 'hervor', 'vorher',
  'weiterhin', 'ferner', 'indes', 'unterdessen',
  // connectives that stand after the subject in the first place: "Die Ermittler hingegen sagen"
  'hingegen', 'indessen', 'seinerseits', 'ihrerseits',
]);

/** Endings of common nouns that are rarely names: "-ung", "-heit", "-schaft". */
// prettier-ignore
export const NOUN_ENDINGS: EndingSet = endingSet([
  'ung', 'heit', 'keit', 'schaft', 'tion', 'sion', 'tät', 'ismus',
  // "-nis" nouns by the consonant before it ("Ergebnis", "Bündnis", "Zeugnis"), so that "Dennis" or "Janis" stay names
  'bnis', 'dnis', 'fnis', 'gnis', 'hnis', 'lnis', 'mnis', 'rnis', 'snis', 'tnis', 'ment', 'tum', 'chen', 'tag',
  // "-enz" nouns by the letters before it, so that names such as "Lenz", "Benz" or "Lorenz" stay names
  'denz', 'tenz', 'uenz', 'ferenz', 'arenz', 'herenz', 'llenz', 'alenz', 'ulenz', 'genz', 'senz', 'nenz', 'venz',
  'menz', 'zenz', 'rrenz', 'ienz', 'jahr', 'zeit', 'woche', 'monat', 'stunde', 'ungen', 'ionen', 'gruppe',
  'land', 'staat', 'stadt',
  // the plurals of the endings above, and more endings of abstract nouns: "Ortschaften", "Maßnahmen", "Intoleranz"
  'heiten', 'keiten', 'schaften', 'täten', 'quote', 'quoten', 'nahme', 'nahmen', 'leranz', 'stanz', 'ilanz', 'itik',
]);

// prettier-ignore
/** Particles inside names: "Heike van Laak", "Karl zu Guttenberg". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'de',
  'da',
  'di',
  'del',
  'dos',
  'bin',
  'ibn',
  'al',
  'el',
  'zu',
  'ter',
  'ten',
  'le',
  'la',
]);

/** Name particles that are German prepositions too ("zu Beginn", "von Amts wegen"): a name only in context. */
export const GERMAN_PREPOSITION_PARTICLES: ReadonlySet<string> = new Set(['von', 'zu']);

/** Articles after a particle inside a name: "von der Leyen", "van den Berg", "de la Cruz". */
export const PARTICLE_ARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'la', 'le']);

/**
 * Nouns in "-er" that name no one; most nouns in "-er" ("-ern" in the dative plural) name people by what they do
 * ("Prüfer", "Gutachter", "Kläger", "Hongkonger").
 */
// prettier-ignore
export const THINGS_IN_ER: ReadonlySet<string> = new Set([
  'computer', 'fenster', 'wasser', 'zimmer', 'theater', 'messer', 'körper', 'sommer', 'winter', 'keller',
  'koffer', 'fieber', 'zucker', 'hunger', 'lager', 'ufer', 'feuer', 'alter', 'muster', 'kloster', 'register',
  'charakter', 'kalender', 'meter', 'kilometer', 'liter', 'filter', 'poster', 'container', 'schalter', 'laser',
  'pflaster', 'puffer', 'kupfer', 'silber', 'leder', 'pfeffer', 'finger', 'wetter', 'gewitter', 'zentimeter',
  'januar', 'februar', 'september', 'oktober', 'november', 'dezember', 'ruder', 'eimer', 'hammer',
  'wunder', 'zauber', 'schauder', 'kader', 'sektor', 'faktor', 'motor', 'reaktor', 'ordner', 'teller',
  'becher', 'schleier', 'panzer', 'bunker', 'futter',
]);

/** {@link THINGS_IN_ER} as endings: their compounds name no one either ("Stadttheater", "Küchenmesser"). */
export const THINGS_IN_ER_ENDINGS: EndingSet = endingSet([...THINGS_IN_ER]);

/**
 * Nouns for a share of a group: "40 Prozent (der Befragten)", "ein Drittel". As the subject of a view or a speech verb
 * they stand for the people in that share, so they can speak; they are no names. "Mehrheit" is left out: a majority
 * "spricht sich aus" as often in a vote as in words (on train: one more false reported statement, no speaker gained).
 */
// prettier-ignore
export const SHARE_NOUNS: ReadonlySet<string> = new Set([
  'prozent', 'hälfte', 'drittel', 'viertel', 'fünftel',
]);

/** Words of time that follow a verb without being its subject: "sagte heute Abend", "erklärte Montag". */
// prettier-ignore
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'abend', 'morgen', 'mittag', 'nachmittag', 'vormittag', 'nacht', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'anfang', 'ende', 'mitte',
]);

/** Nouns for a stretch of time, the head of a phrase that says when ("in der letzten Woche", "im vergangenen Jahr"). */
// prettier-ignore
export const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  'woche', 'wochen', 'monat', 'monaten', 'monats', 'jahr', 'jahren', 'jahres', 'tag', 'tagen', 'tages', 'zeit',
  'vergangenheit',
]);

/**
 * Endings only plural nouns have: the plurals of "-ung", "-heit", "-keit", "-schaft", "-ion", "-tät" and "-in"
 * ("Kündigungen", "Möglichkeiten", "Gewerkschaften", "Ministerinnen"), which a singular verb cannot have as subject.
 */
export const PLURAL_NOUN_ENDINGS: EndingSet = endingSet([
  'ungen',
  'heiten',
  'keiten',
  'schaften',
  'ionen',
  'täten',
  'innen',
]);
