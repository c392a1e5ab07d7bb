/**
 * Articles and pronouns: definite, indefinite and genitive articles, demonstratives, possessives, relative and
 * subject pronouns, in the subsets the rules need. Lower case.
 */

/** Words that stand for a speaker on their own: relative pronouns ("…, der sagte") and "demnach", "danach". */
// prettier-ignore
export const STANDING_ALONE: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'welcher', 'welche', 'demnach', 'danach',
  'dieser', 'diese', 'letzterer', 'letztere', 'seiner', 'ihrer',
]);

/**
 * Articles and pronouns that never open a subject: dative or accusative ("attestierten dem Amt …"), and so the
 * possessives and demonstratives in "-en" and "-em" ("Ihren Gegner forderte sie auf …"; not "meinen", a verb too).
 */
export const NOT_NOMINATIVE: ReadonlySet<string> = new Set([
  'dem',
  'den',
  'einem',
  'einen',
  'des',
  'eines',
  'ihm',
  'ihn',
  'ihnen',
  'seinen',
  'seinem',
  'ihren',
  'ihrem',
  'unseren',
  'unserem',
  'keinen',
  'keinem',
  'diesen',
  'diesem',
  'jenen',
  'jenem',
]);

/** Pronouns in the genitive that stand before a noun as its determiner: "erklärte dessen Vorsitzender". */
export const GENITIVE_PRONOUNS: ReadonlySet<string> = new Set(['dessen', 'deren']);

/**
 * Determiners and cardinals that open a plural phrase ("viele Opfer", "zwanzig Tote"), which a singular verb
 * ("forderte") cannot have as its subject. Figures other than 1 count as well (`grammar/subjects.ts`).
 */
// prettier-ignore
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set([
  'mehrere', 'einige', 'viele', 'wenige', 'beide', 'alle', 'zahlreiche', 'etliche', 'manche', 'zwei', 'drei',
  'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'vierzig',
  'fünfzig', 'hundert', 'hunderte', 'tausend', 'tausende', 'dutzende',
]);

/** Articles that open a singular subject, which a plural verb ("kritisierten") cannot have. */
export const SINGULAR_ARTICLES: ReadonlySet<string> = new Set(['der', 'das', 'ein', 'eine']);

/** The relative pronouns, every form of "der" and "welcher" that opens a relative clause. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'dem',
  'den',
  'deren',
  'dessen',
  'denen',
  'welcher',
  'welche',
  'welches',
  'welchem',
  'welchen',
]);

/**
 * Relative pronouns that can be the subject of their clause (nominative): "…, der sagte", "…, welche forderte".
 * "dem", "den", "denen", "deren", "dessen" never are.
 */
export const NOMINATIVE_RELATIVES: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'welcher',
  'welche',
  'welches',
]);

/**
 * Articles of a masculine or neuter noun only ("ein Kommentar", "dem Minister"): the relative pronoun "der" after
 * such a noun is its masculine nominative, never the feminine dative.
 */
// prettier-ignore
export const MASCULINE_OR_NEUTER_ARTICLES: ReadonlySet<string> = new Set([
  'ein', 'kein', 'einen', 'keinen', 'einem', 'keinem', 'eines', 'keines', 'dem', 'den', 'des',
]);

/** Relative pronouns that can stand for a plural ("Stimmen, die …"), which a plural verb asks for. */
export const PLURAL_RELATIVES: ReadonlySet<string> = new Set(['die', 'welche']);

/** Pronouns that are never a subject: dative, accusative and reflexive ("…, der ihm vorwarf", "die sich äußerte"). */
// prettier-ignore
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'ihm', 'ihn', 'ihnen', 'sich', 'mir', 'mich', 'dir', 'dich', 'uns', 'euch',
]);

/** Pronouns that open the subject of a clause: "…, das er vorschlug" has "er" as its subject. */
// prettier-ignore
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'er', 'sie', 'es', 'man', 'ich', 'du', 'wir', 'ihr', 'niemand', 'jemand',
]);

/**
 * Indefinite pronouns for people, standing alone: "Einige vertreten die Ansicht, …", "Damals dachte niemand, …".
 * Unlike "man" they name a set of people the text speaks of, so they can speak.
 */
export const PERSON_INDEFINITES: ReadonlySet<string> = new Set([
  'einige',
  'manche',
  'viele',
  'wenige',
  'mehrere',
  'niemand',
  'jemand',
]);

/** The indefinite pronoun: "man sagt", "geht man davon aus" name nobody. */
export const INDEFINITE_PRONOUN = 'man';

/** Possessives that point back to the speaker of a statement noun: "seiner Meinung nach", "nach ihren Angaben". */
// prettier-ignore
export const POSSESSIVES: ReadonlySet<string> = new Set([
  'sein', 'seine', 'seiner', 'seinen', 'seinem', 'seines', 'ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'ihres',
]);

/** First-person possessives: "meiner Meinung nach", "unserer Ansicht nach" give the view of whoever is talking. */
// prettier-ignore
export const FIRST_PERSON_POSSESSIVES: ReadonlySet<string> = new Set([
  'mein', 'meine', 'meiner', 'meinen', 'meinem', 'meines',
  'unser', 'unsere', 'unserer', 'unseren', 'unserem', 'unseres',
]);

/** Indefinite articles: "ein Sprecher" introduces someone new rather than referring back. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set([
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
]);

export const DEMONSTRATIVES: ReadonlySet<string> = new Set([
  'dieser',
  'diese',
  'jener',
  'jene',
  'letzterer',
  'letztere',
]);

/** The forms of the definite article: "der Minister", "des Ministers", "den Ministern". */
export const DEFINITE_ARTICLE_FORMS: readonly string[] = ['der', 'die', 'das', 'des', 'dem', 'den'];

/** The definite article and the prepositions fused with it that open a noun phrase: "im Bericht", "vom Amt". */
// prettier-ignore
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set([
  ...DEFINITE_ARTICLE_FORMS, 'im', 'vom', 'zum', 'zur', 'am',
]);

/** Demonstratives that open a sentence pointing back at a quotation: "„…“ Das sagte Berger." */
export const POINTING_BACK: ReadonlySet<string> = new Set(['das', 'dies', 'diese', 'dieses']);

/** Demonstratives standing alone for the person just named: "sagte dieser", "so schrieb diese". */
export const DEMONSTRATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'dieser',
  'diese',
  'letzterer',
  'letztere',
]);

/** Pronouns after which a third-person verb follows at once: "Er erwarte", "Man gehe davon aus", "Dies bedinge". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie', 'es', 'man', 'dies', 'niemand']);

/**
 * Words after which a capitalised quoted passage is the name of something: a definite article or a preposition
 * fused with one ("der „Neuen Zeitung“", "vom „Bündnis für Arbeit“"). Partial quotes of speech in German news
 * mostly follow an indefinite article, "von" or nothing ("eine „Kluft zwischen Arm und Reich“").
 */
// prettier-ignore
export const DEFINITE_AND_CONTRACTED: ReadonlySet<string> = new Set([
  ...DEFINITE_ARTICLE_FORMS, 'im', 'vom', 'zum', 'zur', 'beim', 'am', 'ins', 'ans',
]);

/** Articles that open an apposition without a verb: "…, dem 3. März, …", "…, der Chef des Amts, …". */
export const APPOSITION_ARTICLES: ReadonlySet<string> = new Set([
  'dem',
  'der',
  'den',
  'des',
  'einem',
  'einer',
]);

/** Relative pronouns after a preposition, in the dative or genitive: "unter denen", "in dem", "mit welcher". */
// prettier-ignore
export const PREPOSITIONAL_RELATIVES: ReadonlySet<string> = new Set([
  'dem', 'der', 'denen', 'deren', 'dessen', 'welchem', 'welcher',
]);

/** Articles of the masculine and neuter genitive, whose noun takes "-s" or "-es": "des Sprechers", "eines Amtes". */
export const MASCULINE_GENITIVE_ARTICLES: ReadonlySet<string> = new Set(['des', 'eines']);

/** Articles that open the genitive after a source noun: "nach Angaben der Polizei", not "nach Angaben einen …". */
export const GENITIVE_ARTICLES: ReadonlySet<string> = new Set(['des', 'der', 'eines', 'einer']);

/** "Ich lehne das ab", "fordern wir": the writer or an interviewee speaking next to the verb, not a report. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['ich', 'wir']);

/** Words that open a subject right after a fronted adverb and the finite verb: "Jedoch ruhe die Arbeit", "Dort fehle es". */
// prettier-ignore
export const V2_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'ein', 'eine', 'kein', 'keine', 'es', 'er', 'sie', 'man', 'dies', 'diese', 'dieser',
]);

/**
 * Articles of quantity that open a noun phrase as "der" or "ein" do: "jeder dritte Zug", "kein Zug", "manche
 * Kliniken". Not determiners elsewhere in the rules, which read "keine" after a verb as a negation.
 */
// prettier-ignore
export const QUANTIFYING_ARTICLES: ReadonlySet<string> = new Set([
  'jeder', 'jede', 'jedes', 'kein', 'keine', 'keiner', 'keines', 'mancher', 'manche', 'manches', 'wenige',
]);

/**
 * Particles that may stand before a noun phrase opening a clause and scope over it: "…, nur etwa jeder dritte Zug
 * fahre", "…, sogar die Kliniken seien …".
 */
// prettier-ignore
export const PHRASE_PARTICLES: ReadonlySet<string> = new Set([
  'nur', 'auch', 'sogar', 'selbst', 'gerade', 'allein', 'etwa', 'rund', 'fast', 'nahezu', 'kaum', 'knapp',
]);

/** "letzterer", "letztere": the last of a pair named just before ("zwischen Kiew und Moskau, wobei letztere …"). */
export const LATTER: ReadonlySet<string> = new Set(['letzterer', 'letztere', 'letzteres', 'letzteren']);

/** "ersterer", "erstere": the first of a pair named just before. */
export const FORMER: ReadonlySet<string> = new Set(['ersterer', 'erstere', 'ersteres', 'ersteren']);

/**
 * Articles that open a noun phrase of their own after a noun (`grammar/noun-phrases.ts`): a genitive attribute
 * opens with "des"/"der" or stands without an article ("Berichte britischer Medien"), never with these, so in
 * "nach Aussagen Gordons keine Stellungnahme" the phrase "Aussagen Gordons" has ended.
 */
// prettier-ignore
export const PHRASE_OPENING_ARTICLES: ReadonlySet<string> = new Set([
  'die', 'das', 'dem', 'den', 'ein', 'eine', 'einen', 'einem', 'kein', 'keine', 'keinen', 'keinem', 'keiner',
  'keines', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'seine', 'seinen', 'seinem', 'ihre', 'ihren', 'ihrem',
  'alle', 'beide',
]);

/** Neuter demonstratives before a cue that point back at the sentence before: "Das erklärte ein Sprecher." */
export const NEUTER_POINTING_BACK: ReadonlySet<string> = new Set(['das', 'dies', 'dieses']);

/** Articles of the dative and accusative, which open no subject: "Den Piloten erwartet eine Anklage". */
export const OBJECT_CASE_ARTICLES: ReadonlySet<string> = new Set(['den', 'dem', 'einem', 'einen']);

/**
 * Determiners of a singular noun in the nominative, by the gender they show before a noun in "-e" that names either
 * ("der Vorsitzende" a man, "die Vorsitzende" and "eine Vorsitzende" a woman).
 */
export const NOMINATIVE_DETERMINERS_BY_GENDER: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ['der', 'm'],
  ['dieser', 'm'],
  ['jener', 'm'],
  ['die', 'f'],
  ['diese', 'f'],
  ['jene', 'f'],
  ['eine', 'f'],
]);
