/**
 * A deterministic stand-in for a machine translator, German into English, shared by the unit tests (as a
 * `MachineTranslator`) and the end-to-end tests (installed as the browser's `Translator` global before the page
 * loads). It translates word by word from a small word list, keeping capitals and turning German quotation marks
 * into English ones; whole sentences listed in `sentences` are translated as given, which is how the tests make it
 * reorder a sentence or choose other words in context.
 */
import type { MachineTranslator } from '../core/translation/translator';

export interface WordListTable {
  /** Lower-case German word → English words ('' drops it, as a separable prefix). */
  words: Record<string, string>;
  /** Whole German texts (trimmed) → their English translation, taking precedence over the word list. */
  sentences: Record<string, string>;
}

/**
 * Translates `text` with `table`. Self-contained (no reference outside its body), so that the end-to-end tests can
 * send its source into the page.
 */
export function translateWithWordList(text: string, table: WordListTable): string {
  const whole = table.sentences[text.trim()];
  if (whole !== undefined) return whole;
  const marks: Record<string, string> = { '„': '“', '“': '”', '‚': '‘', '‘': '’' };
  // The first word keeps its capital (German nouns have one everywhere, English ones do not).
  const out = text.replace(/[\p{L}\p{N}]+|[„“‚‘]/gu, (token, offset: number) => {
    const mark = marks[token];
    if (mark !== undefined) return mark;
    const english = table.words[token.toLowerCase()];
    if (english === undefined) return token;
    const first = !/[\p{L}\p{N}]/u.test(text.slice(0, offset));
    return first && english !== '' ? english.charAt(0).toUpperCase() + english.slice(1) : english;
  });
  return out.replace(/ {2,}/g, ' ').replace(/ ([,.!?”])/g, '$1');
}

/** German → English for the tests' texts; words not listed stay as they are (names, numbers). */
export const GERMAN_ENGLISH: WordListTable = {
  words: {
    der: 'the',
    die: 'the',
    das: 'that',
    den: 'the',
    dem: 'the',
    rat: 'council',
    tagt: 'meets',
    heute: 'today',
    wir: 'we',
    bauen: 'build',
    hafen: 'harbour',
    aus: '',
    sagte: 'said',
    sie: 'she',
    er: 'he',
    dann: 'then',
    ging: 'went',
    stadt: 'city',
    werde: 'would',
    zukunft: 'future',
    ist: 'is',
    viel: 'far',
    teuer: 'expensive',
    nannte: 'called',
    projekt: 'project',
    geldverschwendung: 'moneywaste',
    und: 'and',
    am: 'on',
    dienstag: 'Tuesday',
    bürgermeisterin: 'mayor',
    plant: 'plans',
    einen: 'a',
    neuen: 'new',
    noch: 'still',
    in: 'in',
    diesem: 'this',
    jahr: 'year',
    kritiker: 'critics',
    halten: 'consider',
    für: 'for',
    zu: 'too',
    sprecher: 'spokesman',
    bürgerinitiative: 'citizens’ group',
    fügte: 'added',
    hinzu: '',
    dass: 'that',
    bereits: 'already',
    im: 'in',
    märz: 'March',
    zugestimmt: 'agreed',
    habe: 'had',
  },
  sentences: {
    // Reordered: the quotation moves from the start of the sentence to its end.
    '„Das ist teuer“, sagte Berg.': 'Berg said: “That is expensive.”',
    '„Das ist viel zu teuer“, sagte der Sprecher Tom Berg.':
      'The spokesman Tom Berg said: “That is far too expensive.”',
    // Other words in context: "Geldverschwendung" alone is "moneywaste", in the sentence "a waste of money".
    'Er nannte das Projekt „Geldverschwendung“ und ging.':
      'He called the project “a waste of money” and left.',
  },
};

/** Options of {@link fakeTranslator}. */
export interface FakeTranslatorOptions {
  table?: WordListTable;
  /** Download steps reported by `prepare` (0: the model is there). */
  downloadSteps?: number;
  /** Called before each `translate` call, e.g. to abort in the middle. */
  beforeTranslate?: (texts: readonly string[]) => void;
}

/** A {@link MachineTranslator} over {@link translateWithWordList}, for unit tests. */
export function fakeTranslator(
  options: FakeTranslatorOptions = {},
): MachineTranslator & { calls: string[][] } {
  const table = options.table ?? GERMAN_ENGLISH;
  const calls: string[][] = [];
  return {
    tool: 'Word list (test)',
    calls,
    availability: (from, to) =>
      Promise.resolve(
        from === 'de' && to === 'en'
          ? { status: 'available' }
          : { status: 'unavailable', reason: 'languagePair' },
      ),
    prepare: (_from, _to, { signal, onDownloadProgress }) => {
      const steps = options.downloadSteps ?? 0;
      for (let i = 1; i <= steps; i++) {
        signal.throwIfAborted();
        onDownloadProgress?.(i / steps);
      }
      return Promise.resolve();
    },
    translate: (texts, _from, _to, signal) => {
      options.beforeTranslate?.(texts);
      signal.throwIfAborted();
      calls.push([...texts]);
      return Promise.resolve(texts.map((text) => translateWithWordList(text, table)));
    },
  };
}
