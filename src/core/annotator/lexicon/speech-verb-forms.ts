/**
 * A speech verb as the rules see it (`SpeechVerb`), and its forms made from its stem (weak verbs) or its principal
 * parts (strong and irregular ones), so that the list in `./speech-verbs.ts` names each verb once.
 */

/** One speech verb with every form the rules look for. */
export interface SpeechVerb {
  /** The infinitive, e.g. `zurückweisen`. */
  lemma: string;
  /** The separable particle that ends the clause ("wies … zurück"), if any. */
  particle?: string;
  /** Finite forms without the particle, lower case: `weist`, `weisen`, `wies`, `wiesen`, `weise`. */
  forms: readonly string[];
  /**
   * The third person of the Konjunktiv I, without the particle: `weise`, `sage`. A clause with it reports what
   * someone is said to say ("sie fordere mehr Geld").
   */
  konjunktiv: string;
  /** The past participle, with the particle: `zurückgewiesen`. */
  participle: string;
  /**
   * `true` when the verb alone reports an act of speech ("forderte den Rücktritt", "lehnte den Plan ab"),
   * so that a sentence with it is reported speech even without a `dass` clause or quotation.
   */
  reports: boolean;
  /**
   * `false` when the verb's passive is mostly no act of speech: "wird ein Sturm erwartet", "wurde zu zwei
   * Jahren verurteilt", "wird auf 10.000 Euro geschätzt".
   */
  reportsInPassive?: false;
  /** A word that must stand in the verb's clause for it to be a speech verb: "für" in "hält den Plan für richtig". */
  needs?: string;
  /**
   * `true` for a verb of motion or change that forms its perfect with "sein", not "haben": "ist bekannt geworden",
   * "war davon ausgegangen", "ist aus dem Bericht hervorgegangen".
   */
  perfectWithSein?: true;
  /**
   * A word with which the verb reports on its own (as `reports`), when it stands in the verb's clause: "als" in "Als
   * Grund gab die Behörde Mängel an".
   */
  reportsWith?: string;
  /**
   * `true` for a verb that names an act done to its object ("kritisierte den Plan", "wies den Vorwurf zurück"): it
   * reports only as a judgement (`reportsWith: 'als'`), and takes no main clause after its comma as what was said.
   */
  namesAct?: true;
  /**
   * `true` for "sehen", which judges with "in" as with "als" (`needs`): "sieht in dem Plan eine Gefahr".
   */
  judgesIn?: true;
  /**
   * `true` for a verb of knowing ("wissen"): in the indicative the writer vouches for what is known ("Er wusste,
   * dass …"), which is nobody's statement; it reports in Konjunktiv ("Sie wisse, dass …") or after a modal that
   * makes it a claim ("will wissen, dass …").
   */
  factive?: true;
  /**
   * `true` for a verb that is also a semi-modal with "zu werden" or "zu sein" and no comma before it: "Patienten
   * drohen abgewiesen zu werden", "Das Spiel verspricht spannend zu werden" say what may happen, no one's words. As a
   * speech verb it takes its infinitive clause after a comma ("drohte, die Firma zu verklagen") or an object
   * ("drohte mit einer Klage").
   */
  semiModal?: true;
}

/** What an entry of the verb list says beyond the verb's forms: whether it reports alone, and its other traits. */
export type VerbOptions = Partial<Omit<SpeechVerb, 'lemma' | 'forms' | 'konjunktiv' | 'participle'>>;

/** A speech verb from its forms and the traits its entry gives; `reports` is false unless it says so. */
function verb(
  lemma: string,
  forms: string[],
  konjunktiv: string,
  participle: string,
  options: VerbOptions,
): SpeechVerb {
  const { reports = false, ...traits } = options;
  return { lemma, ...traits, forms, konjunktiv, participle, reports };
}

/** Stems whose plural adds only -n: forder-n, erläuter-n. */
const UNSTRESSED_ER_EL = new Set([
  'forder',
  'erläuter',
  'bezweifel',
  'erinner',
  'äußer',
  'versicher',
  'beteuer',
  'twitter',
  'folger',
  'bemängel',
  'pranger',
  'sicher',
  'beziffer',
]);

const INSEPARABLE = /^(be|er|ver|ent|zer|ge|emp|miss|über|unter|wider|hinter)/;

/** A weak verb from its stem: `sag` gives sagt, sagen, sagte, sagten, sage and `gesagt`. */
export function weak(stem: string, options: VerbOptions = {}): SpeechVerb {
  const e = /[td]$|(?:gn|chn|ffn|dm|tm)$/.test(stem) ? 'e' : '';
  const plural = UNSTRESSED_ER_EL.has(stem) ? 'n' : 'en';
  const noGe = INSEPARABLE.test(stem) || stem.endsWith('ier');
  const particle = options.particle ?? '';
  const participle = `${particle}${noGe ? '' : 'ge'}${stem}${e}t`;
  const forms = [`${stem}${e}t`, `${stem}${plural}`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}e`];
  return verb(`${particle}${stem}${plural}`, forms, `${stem}e`, participle, options);
}

/** A strong or irregular verb from its principal parts: infinitive stem, present, past and participle. */
export function strong(
  infinitive: string,
  present: string,
  past: string,
  participle: string,
  options: VerbOptions = {},
): SpeechVerb {
  const stem = infinitive.replace(/e?n$/, '');
  const pastPlural = past.endsWith('e') ? `${past}n` : `${past}en`;
  const particle = options.particle ?? '';
  const forms = [present, infinitive, past, pastPlural, `${stem}e`];
  return verb(`${particle}${infinitive}`, forms, `${stem}e`, `${particle}${participle}`, options);
}
