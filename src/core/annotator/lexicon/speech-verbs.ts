/**
 * German verbs that introduce or report what someone said, as data. Each entry lists the finite forms of its
 * stem (present and past, third person, and the Konjunktiv I used in reported speech), its participle, and a
 * particle when the verb is separable ("fügte … hinzu", "wies … zurück"). The rules look words up here; no verb
 * is hidden in a regular expression.
 */

import { strong, weak, type SpeechVerb } from './speech-verb-forms';

const R = { reports: true };
/**
 * Names an act done to its object ("kritisierte den Plan", "wies den Vorwurf zurück"), which the corpus counts as
 * reported speech only as a judgement with "als" ("kritisierte den Plan als überhastet").
 */
const ACT = { reportsWith: 'als', namesAct: true } as const;
/** Reports in the active voice only. */
const ACTIVE = { reports: true, reportsInPassive: false } as const;

/** The speech verbs, roughly by frequency in news writing. */
export const SPEECH_VERBS: readonly SpeechVerb[] = [
  weak('sag'),
  weak('erklär'),
  weak('beton', R),
  weak('bericht', R),
  weak('teil', { particle: 'mit' }),
  weak('füg', { particle: 'hinzu' }),
  weak('ergänz'),
  weak('behaupt'),
  weak('mein'),
  weak('versicher'),
  weak('bekräftig', R),
  weak('bestätig'),
  weak('erläuter'),
  weak('leg', { particle: 'dar' }),
  strong('unterstreichen', 'unterstreicht', 'unterstrich', 'unterstrichen'),
  weak('antwort'),
  weak('entgegn'),
  weak('warn', R),
  weak('forder', R),
  // Criticism reports what was said when it judges its object ("kritisierte den Plan als überhastet"); with a bare
  // object ("kritisierte den Plan") it names the act only, which the corpus leaves out (train: 13 of 14 false).
  weak('kritisier', ACT),
  strong('weisen', 'weist', 'wies', 'gewiesen', { particle: 'zurück', ...ACT }),
  // "wies auf die Gefahren hin": with its object after "auf" it reports what was pointed out.
  strong('weisen', 'weist', 'wies', 'gewiesen', { particle: 'hin', reportsWith: 'auf' }),
  strong('verweisen', 'verweist', 'verwies', 'verwiesen', R),
  weak('kündig', { particle: 'an', reports: true }),
  weak('meld'),
  weak('erzähl'),
  weak('verkünd', R),
  strong('geben', 'gibt', 'gab', 'gegeben', { particle: 'bekannt', reports: true }),
  strong('geben', 'gibt', 'gab', 'gegeben', { particle: 'zu' }),
  // A reason or an example given with "als" reports on its own: "Als Grund gab die Behörde Mängel an".
  strong('geben', 'gibt', 'gab', 'gegeben', { particle: 'an', reportsWith: 'als' }),
  strong('führen', 'führt', 'führte', 'geführt', { particle: 'an', reportsWith: 'als', needs: 'als' }),
  weak('räum', { particle: 'ein' }),
  weak('stell', { particle: 'klar' }),
  weak('stell', { particle: 'fest' }),
  weak('führ', { particle: 'aus' }),
  weak('merk', { particle: 'an' }),
  strong('heben', 'hebt', 'hob', 'gehoben', { particle: 'hervor' }),
  weak('beteuer'),
  weak('argumentier'),
  weak('frag'),
  weak('glaub'),
  weak('hoff'),
  // A fear stated reports on its own: "Kritiker fürchten Interessenkonflikte".
  weak('befürcht', R),
  weak('fürcht', R),
  weak('vermut'),
  weak('schätz', ACTIVE),
  weak('erwart', ACTIVE),
  strong('nehmen', 'nimmt', 'nahm', 'genommen', { particle: 'an' }),
  weak('bezweifel'),
  strong('wissen', 'weiß', 'wusste', 'gewusst', { factive: true }),
  strong('denken', 'denkt', 'dachte', 'gedacht'),
  strong('schreiben', 'schreibt', 'schrieb', 'geschrieben'),
  strong('rufen', 'ruft', 'rief', 'gerufen'),
  strong('rufen', 'ruft', 'rief', 'gerufen', { particle: 'auf', reports: true }),
  strong('widersprechen', 'widerspricht', 'widersprach', 'widersprochen', R),
  weak('dementier', R),
  strong('bestreiten', 'bestreitet', 'bestritt', 'bestritten'),
  strong('streiten', 'streitet', 'stritt', 'gestritten', { particle: 'ab' }),
  weak('leugn'),
  weak('mahn'),
  weak('appellier', R),
  weak('droh', { semiModal: true }),
  strong('versprechen', 'verspricht', 'versprach', 'versprochen', { ...R, semiModal: true }),
  weak('sag', { particle: 'zu' }),
  // An offer made with a clause is a statement of what one will do: "Der Verband bot an, die Kosten zu tragen"; with
  // an object alone ("bietet Kurse an") it is a sale, not speech.
  strong('bieten', 'bietet', 'bot', 'geboten', { particle: 'an', namesAct: true }),
  weak('beklag', R),
  weak('bemängel', R),
  weak('monier'),
  weak('lob', R),
  // begrüßen, verteidigen, würdigen: as often a greeting, a title defended or an honour as a statement; with "als"
  // they judge their object ("würdigte den Plan als mutig") and report on their own.
  weak('begrüß', { reportsWith: 'als' }),
  weak('verlang', R),
  strong('bitten', 'bittet', 'bat', 'gebeten'),
  strong('empfehlen', 'empfiehlt', 'empfahl', 'empfohlen', R),
  strong('raten', 'rät', 'riet', 'geraten'),
  strong('schlagen', 'schlägt', 'schlug', 'geschlagen', { particle: 'vor', reports: true }),
  strong('werfen', 'wirft', 'warf', 'geworfen', { particle: 'vor', reports: true }),
  weak('beschuldig'),
  weak('erinner'),
  strong('verraten', 'verrät', 'verriet', 'verraten'),
  weak('twitter'),
  weak('kommentier'),
  weak('folger'),
  strong('schließen', 'schließt', 'schloss', 'geschlossen', { particle: 'aus', reports: true }),
  weak('bezeichn', R),
  strong('nennen', 'nennt', 'nannte', 'genannt', R),
  strong('sprechen', 'spricht', 'sprach', 'gesprochen', { particle: 'aus', reports: true }),
  strong('sprechen', 'spricht', 'sprach', 'gesprochen', R),
  strong('sprechen', 'spricht', 'sprach', 'gesprochen', { particle: 'zu' }),
  weak('äußer'),
  weak('zeig'),
  strong('heißen', 'heißt', 'hieß', 'geheißen'),
  weak('informier'),
  strong('bekennen', 'bekennt', 'bekannte', 'bekannt'),
  strong('gestehen', 'gesteht', 'gestand', 'gestanden'),
  weak('sag', { particle: 'voraus', reports: true }),
  weak('prophezei'),
  weak('protestier', R),
  weak('klag', R),
  weak('lehn', { particle: 'ab', ...ACT }),
  weak('verurteil', { ...ACT, reportsInPassive: false }),
  weak('verteidig', { reportsWith: 'als' }),
  weak('würdig', { reportsWith: 'als' }),
  weak('pranger', { particle: 'an', reports: true }),
  weak('beschwer'),
  weak('beharr'),
  // "bestand darauf, dass …", "besteht darauf, … zu …": insisting; without "darauf" it is being or passing a test.
  strong('bestehen', 'besteht', 'bestand', 'bestanden', { needs: 'darauf' }),
  weak('pflicht', { particle: 'bei' }),
  strong('geben', 'gibt', 'gab', 'gegeben', { particle: 'wieder' }),
  // "gab zu bedenken, dass …": the idiom ends its clause with "zu bedenken" as a separable verb with its particle
  strong('geben', 'gibt', 'gab', 'gegeben', { particle: 'bedenken' }),
  weak('bezeug'),
  weak('signalisier'),
  weak('rechtfertig'),
  weak('unterricht'),
  weak('zitier'),
  weak('beantrag', R),
  weak('befürwort', R),
  weak('bekund'),
  weak('begründ', R),
  weak('forder', { particle: 'auf', reports: true }),
  strong('veröffentlichen', 'veröffentlicht', 'veröffentlichte', 'veröffentlicht'),
  strong('gehen', 'geht', 'ging', 'gegangen', { particle: 'aus', reports: true, perfectWithSein: true }),
  // Decisions, findings and documents that state something: "beschloss, …", "Die Studie ergab, dass …".
  strong('beschließen', 'beschließt', 'beschloss', 'beschlossen'),
  strong('entscheiden', 'entscheidet', 'entschied', 'entschieden'),
  weak('urteil'),
  weak('vereinbar'),
  strong('ergeben', 'ergibt', 'ergab', 'ergeben'),
  weak('besag'),
  strong('gehen', 'geht', 'ging', 'gegangen', { particle: 'hervor', perfectWithSein: true }),
  strong('finden', 'findet', 'fand', 'gefunden', { particle: 'heraus' }),
  // An option weighed in public reports on its own: "Die Ministerin erwog eine Haftung der Union".
  strong('erwägen', 'erwägt', 'erwog', 'erwogen', R),
  weak('vermeld'),
  weak('verlautbar'),
  weak('erwähn'),
  strong('weisen', 'weist', 'wies', 'gewiesen', { particle: 'an' }),
  weak('sicher', { particle: 'zu' }),
  weak('reg', { particle: 'an', reports: true }),
  // "plädierte für eine Reform": arguing for something reports on its own.
  weak('plädier', { reportsWith: 'für' }),
  weak('dräng'),
  // Judgements that report a stance on their own: "wertete den Sieg als Erfolg", "bezifferte den Schaden".
  weak('wert', R),
  weak('beziffer', R),
  strong('vergleichen', 'vergleicht', 'verglich', 'verglichen', R),
  weak('betracht', R),
  // An expectation stated with "mit": "Die Firma rechnet mit einem Umsatz von einer Milliarde Euro".
  weak('rechn', { reportsWith: 'mit' }),
  weak('stuf', { particle: 'ein', reportsWith: 'als' }),
  strong('halten', 'hält', 'hielt', 'gehalten', { reports: true, reportsInPassive: false, needs: 'für' }),
  // "hielt dagegen, die Gemeinde wisse …", "hielt ihm entgegen, …": holding something against a view is a reply
  strong('halten', 'hält', 'hielt', 'gehalten', { particle: 'dagegen' }),
  strong('halten', 'hält', 'hielt', 'gehalten', { particle: 'entgegen' }),
  // "sieht den Plan als Fehler", "sieht in dem Plan einen Fehler": a judgement with "als" or with "in" and an object.
  strong('sehen', 'sieht', 'sah', 'gesehen', {
    reports: true,
    reportsInPassive: false,
    needs: 'als',
    judgesIn: true,
  }),
  strong('schreiben', 'schreibt', 'schrieb', 'geschrieben', { particle: 'zu', reports: true }),
  weak('attestier', R),
  // Reports, suspicions and hints that introduce a dass clause or an infinitive: "Aus Regierungskreisen verlautete,
  // …", "wird verdächtigt, … zu planen", "deutete an, … zu wollen".
  weak('verlaut'),
  weak('spekulier'),
  weak('verdächtig'),
  weak('deut', { particle: 'an' }),
  // "Wie bekannt wurde, …", "Zudem wurde bekannt, dass …": what became known, without a speaker.
  strong('werden', 'wird', 'wurde', 'geworden', { particle: 'bekannt', perfectWithSein: true }),
];

/**
 * Verbs that make a stance known (by infinitive): "äußerte ihre Ablehnung", "bekundete Unterstützung",
 * "signalisierte Zustimmung". With a stance noun as object they report a statement; alone they need a clause.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set(['äußern', 'bekunden', 'signalisieren']);

/**
 * Speech verbs whose object is a "von" phrase: "sprach von einem Erfolg", "berichtete von zwei Verletzten",
 * "erzählte von der Flucht".
 */
export const VON_OBJECT_VERBS: ReadonlySet<string> = new Set(['sprechen', 'berichten', 'erzählen']);

/**
 * The simple past of every speech verb (lower case: "sagte", "sagten", "wies", "kündigte"): a clause with one reports
 * something past, so a month without a year in it lies back from the publication day ("sagte im Februar").
 */
export const SPEECH_VERB_PAST_FORMS: ReadonlySet<string> = new Set(
  SPEECH_VERBS.flatMap((verb) => [verb.forms[2], verb.forms[3]]).filter((form) => form !== undefined),
);
