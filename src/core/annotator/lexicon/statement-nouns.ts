/**
 * Nouns of what is said and where it comes from: sources ("nach Angaben", "laut einer Studie"), the content a
 * relative clause gives ("Gerüchte, nach denen …"), stances made known ("äußerte seine Ablehnung") and statements
 * announced ("die Forderung, …"). Lower case. The nouns of people, groups and things are in `./nouns.ts`.
 */
import { endingSet, type EndingSet } from './endings';

/** Endings of compound source nouns after "nach": "Polizeiangaben", "Expertenmeinung", "Zeugenaussagen". */
export const SOURCE_NOUN_ENDINGS: EndingSet = endingSet([
  'angaben',
  'meinung',
  'aussagen',
  'berichten',
  'informationen',
  'erkenntnissen',
  'schätzungen',
  'bericht',
  'gesetz',
  'entwurf',
  'ergebnis',
  'dokument',
]);

// prettier-ignore
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'angaben', 'informationen', 'aussage', 'aussagen', 'darstellung', 'einschätzung', 'ansicht', 'auffassung',
  'meinung', 'worten', 'berichten', 'schätzungen', 'erkenntnissen', 'einschätzungen', 'mitteilung',
  'medienberichten', 'studie', 'bericht', 'umfrage', 'schätzung', 'untersuchung', 'polizeiangaben',
  'augenzeugenberichten', 'berichte', 'ermittlungen', 'vernehmen', 'ansicht', 'überzeugung', 'erkenntnis',
  'stellungnahme', 'analyse', 'zeugenaussagen', 'planungen', 'erkenntnisstand', 'berechnungen', 'auskunft',
  'darstellungen', 'ermittlern', 'ergebnissen', 'aussagen', 'einschätzung',
  'grundgesetz', 'verfassung', 'dokument', 'endergebnis', 'gesetzentwurf', 'gesetzesentwurf', 'veröffentlichung',
  'vorhersage', 'prognose', 'prognosen', 'medien', 'bekunden',
]);

/**
 * Relative pronouns after "nach" that open the content of the noun before them ("Gerüchte, nach denen …",
 * "ein Antrag, nach welchem …"); lower case.
 */
export const CONTENT_RELATIVES: ReadonlySet<string> = new Set([
  'denen',
  'dem',
  'der',
  'welchem',
  'welcher',
  'welchen',
]);

/**
 * Nouns, besides the statement nouns, whose content a relative clause after "nach" gives: studies, polls,
 * documents ("Umfragen, nach denen …", "die Verordnung, nach der …"); lower case, compounds ending in one count.
 */
// prettier-ignore
export const CONTENT_NOUNS: EndingSet = endingSet([
  'studie', 'studien', 'umfrage', 'umfragen', 'untersuchung', 'untersuchungen', 'schätzung', 'schätzungen',
  'angaben', 'informationen', 'erkenntnissen', 'darstellung', 'version', 'ansicht', 'auffassung',
]);

/**
 * Nouns for a stance somebody makes known: "äußerte seine Ablehnung", "hat Bedenken angemeldet", "bekundete
 * Unterstützung für". With one of them as its object, a verb of making known reports a statement even with no
 * clause after it. Lower case; a compound ending in one counts too ("Grundsatzkritik").
 */
// prettier-ignore
export const STANCE_NOUNS: EndingSet = endingSet([
  'ablehnung', 'kritik', 'bedenken', 'zweifel', 'sorge', 'sorgen', 'besorgnis', 'unterstützung', 'zustimmung',
  'unmut', 'unverständnis', 'widerstand', 'empörung', 'enttäuschung', 'skepsis', 'protest', 'einwände',
  'vorbehalte', 'widerspruch', 'solidarität', 'bereitschaft', 'befürchtungen', 'entrüstung', 'missfallen',
]);

/** Nouns that announce what someone says, asks or thinks, lower case; compounds ending in one count too. */
// prettier-ignore
export const STATEMENT_NOUNS: EndingSet = endingSet([
  'ansicht', 'meinung', 'auffassung', 'überzeugung', 'hypothese', 'begründung', 'forderung', 'forderungen',
  'vorwurf', 'vorwürfe', 'hinweis', 'hinweise', 'erklärung', 'aussage', 'behauptung', 'behauptungen', 'warnung',
  'befürchtung', 'befürchtungen', 'hoffnung', 'einschätzung', 'feststellung', 'schluss', 'ergebnis', 'angst',
  'sorge', 'eindruck', 'standpunkt', 'position', 'vermutung', 'verdacht', 'kritik', 'drohung', 'zusage',
  'versprechen', 'ankündigung', 'mitteilung', 'bericht', 'berichte', 'berichten', 'meldung', 'meldungen',
  'theorie', 'these', 'vorschlag', 'vorschläge', 'antrag', 'anfrage', 'anfragen', 'aufforderung', 'appell',
  'bitte', 'plan', 'pläne', 'absicht', 'befehl', 'anweisung', 'vorgabe', 'gerücht', 'gerüchte', 'zweifel', 'argument', 'äußerung', 'darstellung', 'beteuerung',
  'versicherung', 'spekulation', 'spekulationen', 'prognose', 'angebot', 'empfehlung', 'beschluss',
  'aufruf', 'aufrufe', 'bedingung', 'folgerung', 'konsens', 'einigkeit',
]);

/** Nouns after an opening "Nach" that frame the whole sentence: "Nach Angaben der Polizei …", "Nach Ansicht von …". */
// prettier-ignore
export const OPENING_FRAME_NOUNS: ReadonlySet<string> = new Set([
  'angaben', 'ansicht', 'meinung', 'auffassung', 'informationen',
]);

/** Words that open a relative clause of content after a comma (`content-relatives.ts`): "…, wonach …". */
export const CONTENT_RELATIVE_OPENERS: ReadonlySet<string> = new Set(['wonach', 'nach', 'laut', 'gemäß']);
