/**
 * Verb forms the rules look for by themselves: auxiliaries and modals, forms of "haben", participles that are
 * also adjectives, and words that look like verbs but are not. Lower case.
 */

/** Finite auxiliaries and modals that end the subject in "Die Universität hatte … erklärt". */
// prettier-ignore
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...['hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten', 'ist', 'sind', 'war', 'waren', 'wird'],
  ...['werden', 'wurde', 'wurden', 'will', 'wollte', 'wollen', 'soll', 'sollte', 'sollen', 'kann', 'konnte'],
  ...['können', 'muss', 'musste', 'müssen', 'darf', 'durfte'],
  // their Konjunktiv, in reported speech: "er werde sich erst später äußern"
  ...['werde', 'würde', 'würden', 'sei', 'seien', 'wäre', 'wären', 'wolle', 'solle', 'könne', 'könnte', 'müsse'],
]);

export const PERFECT_AND_MODAL_AUXILIARIES: ReadonlySet<string> = new Set([
  'hat',
  'haben',
  'hatte',
  'hatten',
  'habe',
  'hätte',
  'hätten',
  'will',
  'wollte',
  'soll',
]);

/** Modal verbs, whose infinitive is no statement made: "vorschlagen kann". */
// prettier-ignore
export const MODAL_VERBS: ReadonlySet<string> = new Set([
  'kann', 'können', 'könne', 'könnte', 'könnten', 'muss', 'müssen', 'müsse', 'müsste', 'soll', 'sollen',
  'solle', 'sollte', 'sollten', 'will', 'wollen', 'wolle', 'wollte', 'darf', 'dürfen', 'dürfe', 'dürfte',
  'möchte', 'möchten', 'mag',
]);

/** Finite forms of causative "lassen", whose infinitive stands last like a modal's: "ließ der Sprecher verlauten". */
export const LASSEN_FORMS: ReadonlySet<string> = new Set([
  'lässt',
  'läßt',
  'ließ',
  'ließen',
  'lassen',
  'ließe',
]);

/** Participles that are more often adjectives or other verbs: "bekannt", "geraten". */
export const AMBIGUOUS_PARTICIPLES: ReadonlySet<string> = new Set([
  'bekannt',
  'geraten',
  'gewiesen',
  'geschlossen',
  'genommen',
  'gegeben',
]);

export const HABEN: ReadonlySet<string> = new Set([
  'hat',
  'haben',
  'hatte',
  'hatten',
  'habe',
  'hätte',
  'hätten',
]);

/**
 * The present of "haben": its perfect ("hat … gefordert") tells news as the simple past does, while the pluperfect
 * ("hatte … gefordert") gives background before the events told.
 */
export const PRESENT_HABEN: ReadonlySet<string> = new Set(['hat', 'haben']);

/** The finite forms of "sein", the perfect auxiliary of verbs of motion and change: "ist bekannt geworden". */
// prettier-ignore
export const SEIN: ReadonlySet<string> = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären']);

/** The indicative ones, for a verb-final participle: "…, nachdem bekannt geworden war, …". */
export const INDICATIVE_SEIN: ReadonlySet<string> = new Set(['ist', 'sind', 'war', 'waren']);

/** After a verb-final participle, only an indicative: "…, wenn er geklagt hätte" is a condition, not a report. */
export const INDICATIVE_HABEN: ReadonlySet<string> = new Set(['hat', 'haben', 'hatte', 'hatten']);

// prettier-ignore
/** Lower-case words in -e that are no verbs even at the end of a clause. */
export const NOT_VERBS: ReadonlySet<string> = new Set([
  'gerne', 'heute', 'lange', 'alle', 'ohne', 'bitte', 'beide', 'eine', 'keine', 'meine', 'deine', 'seine',
  'ihre', 'unsere', 'eure', 'diese', 'jene', 'jede', 'welche', 'solche', 'manche', 'einige', 'viele', 'wenige',
  'andere', 'mehrere', 'alleine', 'gerade', 'gleiche', 'selbe', 'online', 'offline', 'live', 'nahe', 'etwa',
  'balde', 'ferne', 'ende', 'wurde', 'werde', 'habe', 'inne', 'zustande', 'vorne', 'zuliebe', 'inklusive',
  'exklusive', 'einzelne', 'sämtliche', 'übrige', 'obige',
]);

/** Words that make a quoted passage a clause rather than a name ("der „Geist wach ist“"). */
// prettier-ignore
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'hat', 'haben', 'hatte', 'nicht', 'sich', 'kann',
  'muss', 'soll',
]);

// prettier-ignore
export const NOT_FINITE: ReadonlySet<string> = new Set([
  'und', 'oder', 'aber', 'doch', 'jedoch', 'sondern', 'sowie', 'zu', 'um', 'ob', 'dass', 'daß', 'wie', 'was',
  'wo', 'als', 'so', 'auch', 'nicht', 'noch', 'nur', 'schon', 'bereits', 'dann', 'dabei', 'damit', 'dafür',
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines',
]);

/** Verbs whose negation says that nothing was stated: "hat den Verdacht nicht bestätigt, dass …". */
export const NEGATABLE: ReadonlySet<string> = new Set(['bestätigen', 'ausschließen']);

/**
 * Verbs that deny or reject what they report: negated, they affirm it ("schloss nicht aus, dass …", "bestritt
 * nicht, dass …"), so their negation still states something.
 */
// prettier-ignore
export const DENYING_VERBS: ReadonlySet<string> = new Set([
  'ausschließen', 'bestreiten', 'abstreiten', 'dementieren', 'leugnen', 'bezweifeln', 'zurückweisen', 'ablehnen',
  'widersprechen',
]);

/** Finite modal verbs, indicative and Konjunktiv: "wollte nicht bestätigen", "kann man sagen". */
// prettier-ignore
export const MODALS: ReadonlySet<string> = new Set([
  'kann', 'konnte', 'können', 'konnten', 'könne', 'könnte', 'könnten', 'will', 'wollte', 'wollen', 'wollten',
  'wolle', 'möchte', 'möchten', 'muss', 'musste', 'müssen', 'müsse', 'müsste', 'soll', 'sollte', 'sollen',
  'solle', 'darf', 'durfte', 'dürfen', 'würde', 'würden',
]);

/** Auxiliaries that follow a participle at the end of its clause: "…, dass sie berichtet hat". */
// prettier-ignore
export const AUXILIARY_AFTER: ReadonlySet<string> = new Set([
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'ist', 'sind', 'war', 'waren', 'sei',
]);

/** Separable prefixes of verbs, before the "zu" of their infinitive: "an-zu-kündigen", "zurück-zu-treten". */
// prettier-ignore
const SEPARABLE_PREFIXES = [
  'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'frei', 'her', 'hin', 'mit', 'nach', 'vor', 'weg', 'zurück',
  'zusammen', 'durch', 'um', 'dar', 'heraus', 'hinaus', 'heran', 'herein', 'hinein', 'herum', 'fertig', 'fort',
  'los', 'teil', 'statt', 'weiter', 'wieder', 'hervor', 'entgegen', 'bekannt', 'bereit', 'voran', 'vorbei', 'herbei',
  'herunter', 'hinunter', 'nieder', 'zurecht', 'fern', 'hoch', 'offen', 'kennen',
];

/** A zu-infinitive of a separable verb, written as one word: "anzukündigen", "zurückzutreten" (lower case). */
export const SEPARABLE_ZU_INFINITIVE = new RegExp(`^(?:${SEPARABLE_PREFIXES.join('|')})zu\\p{L}+en$`, 'u');

/**
 * Forms of the verbs that make a document public (veröffentlichen, vorstellen, vorlegen, präsentieren, publizieren,
 * herausgeben): after "Die Bank veröffentlichte ihre Zahlen", a sentence opened by "Danach" says what they say.
 * Separable verbs by their participle; "stellte … vor" by {@link PUBLISHING_WITH_VOR} and the particle.
 */
// prettier-ignore
export const PUBLISHING_FORMS: ReadonlySet<string> = new Set([
  'veröffentlicht', 'veröffentlichte', 'veröffentlichten', 'vorgestellt', 'vorgelegt', 'präsentiert',
  'präsentierte', 'präsentierten', 'publiziert', 'publizierte', 'publizierten', 'herausgegeben',
]);

/** "stellte die Studie vor", "legt den Bericht vor": finite forms that publish with the particle "vor" after them. */
// prettier-ignore
export const PUBLISHING_WITH_VOR: ReadonlySet<string> = new Set([
  'stellt', 'stellte', 'stellten', 'stellen', 'legt', 'legte', 'legten', 'legen',
]);

/**
 * The simple past of common strong and irregular verbs, third person ("stieg", "stiegen", "brachte"), which no
 * present form shares: a clause with one tells of the past ("Die Preise stiegen im Januar" in a November text is
 * last January). Weak verbs' "-te" is left out: "erste", "letzte", "heute" end so too. Modals are left out: "sollte"
 * is as often a Konjunktiv II.
 */
// prettier-ignore
export const STRONG_PAST_FORMS: ReadonlySet<string> = new Set([
  'ging', 'gingen', 'kam', 'kamen', 'stieg', 'stiegen', 'sank', 'sanken', 'fiel', 'fielen', 'lag', 'lagen',
  'stand', 'standen', 'gab', 'gaben', 'fand', 'fanden', 'blieb', 'blieben', 'zog', 'zogen', 'fuhr', 'fuhren',
  'flog', 'flogen', 'nahm', 'nahmen', 'traf', 'trafen', 'hielt', 'hielten', 'ließ', 'ließen', 'begann',
  'begannen', 'gewann', 'gewannen', 'starb', 'starben', 'wuchs', 'wuchsen', 'lief', 'liefen', 'schlug',
  'schlugen', 'brach', 'brachen', 'trat', 'traten', 'bot', 'boten', 'sah', 'sahen', 'tat', 'taten', 'saß', 'saßen',
  'brachte', 'brachten', 'dachte', 'dachten', 'kannte', 'kannten', 'brannte', 'brannten', 'wusste', 'wussten',
  'verlor', 'schloss', 'schlossen', 'floh', 'flohen', 'sprang', 'sprangen', 'stahl', 'stahlen', 'warf', 'warfen',
]);
