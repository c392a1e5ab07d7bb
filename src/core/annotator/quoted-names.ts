/**
 * Quotation marks around names rather than speech: titles, newspapers, ships, products ("die Zeitung „…“",
 * "unter dem Motto „…“", „Blaue Stunde“). A passage that looks like a name is only speech when a cue stands
 * right next to it.
 */
import type { TextModel } from './model';
import type { QuotedPassage } from './text/quotation-marks';

/**
 * Whether a passage names something: `name` when its context says so (a naming noun before it, a hyphen joining
 * it to the next word, or capitalised words ending in such a noun), `capitalised` when every word is capitalised
 * or a number and there is no sentence punctuation („Nordlicht 2“, „Blaue Stunde“), otherwise `undefined`.
 */
export function looksLikeTitle(model: TextModel, passage: QuotedPassage): 'name' | 'capitalised' | undefined {
  const part = passage.parts[0];
  if (!part || passage.parts.length > 1) return undefined;
  const text = model.paragraphs[part.paragraph]?.text ?? '';
  if (/^[-‐–]?\p{L}/u.test(text.slice(part.end, part.end + 2)) && text[part.end] !== ' ') return 'name';
  if (namesWhatFollows(wordBefore(text, part.start))) return 'name';
  const inner = text.slice(part.start + 1, part.end - 1);
  if (/[.!?,;]/.test(inner)) return undefined;
  const words = inner.split(/\s+/).filter((w) => w !== '');
  if (words.length > 6) return undefined;
  const lastWord = (words[words.length - 1] ?? '').toLowerCase();
  const capitalised = words.every(
    (w) => /^[\p{Lu}\d]/u.test(w) || /\p{Lu}/u.test(w.slice(1)) || TITLE_FUNCTION_WORDS.has(w),
  );
  if (capitalised && words.length > 1 && namesWhatFollows(lastWord)) return 'name';
  return capitalised ? 'capitalised' : undefined;
}

// prettier-ignore
const TITLE_FUNCTION_WORDS = new Set([
  'of', 'the', 'and', 'a', 'de', 'la', 'le', 'el', 'del', 'von', 'der', 'die', 'das', 'des', 'dem', 'den',
  'und', 'für', 'im', 'am', 'in', 'an', 'auf', 'mit', 'zu', 'zum', 'zur', 'vom', 'aus', 'bei', 'e.V.', '–',
  '-', '&',
]);

/** The word just before `at`, lower-cased, skipping white space. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /[\p{L}-]/u.test(text[start - 1] as string)) start--;
  return text.slice(start, end).toLowerCase();
}

/** Nouns after which a quoted name follows rather than speech: "die Zeitung „…“", "unter dem Motto „…“". */
// prettier-ignore
const NAMING_NOUNS: readonly string[] = [
  'zeitung', 'magazin', 'zeitschrift', 'blatt', 'agentur', 'sender', 'dienst', 'motto', 'titel', 'film',
  'buch', 'lied', 'song', 'album', 'serie', 'sendung', 'show', 'rubrik', 'schiff', 'operation', 'mission',
  'kampagne', 'programm', 'projekt', 'bereich', 'namen', 'name', 'stichwort', 'slogan', 'parole', 'roman',
  'oper', 'stück', 'enzyklika', 'initiative', 'sogenannten', 'sogenannte', 'genannten', 'genannte',
  'unternehmen', 'firma', 'band', 'verein', 'partei', 'gruppe', 'organisation', 'aktion', 'festival',
  'ausstellung', 'marke', 'modell', 'typ', 'kategorie', 'preis', 'award', 'website', 'portal', 'plattform',
  'app', 'spiel', 'satellit', 'sonde', 'rakete', 'fähre', 'frachter', 'tanker', 'flugzeug', 'zug', 'hotel',
  'restaurant', 'club', 'klub', 'theater', 'museum',
];

function namesWhatFollows(word: string): boolean {
  if (word.length < 3) return false;
  return NAMING_NOUNS.some((noun) => word.endsWith(noun));
}
