/**
 * The commonest function words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the languages a
 * news reader meets most, lower-cased, for {@link guessLanguage} in `language-guess.ts`. Function words make up
 * about half of any running text and hardly depend on the topic, so a few dozen per language tell languages
 * apart in a paragraph. Words shared by several languages ("de", "la", "in", "a") may stay in each list: they
 * count for every language that has them and so tip none of them.
 */

/** The languages {@link FUNCTION_WORDS} knows, as BCP 47 tags. */
export type GuessableLanguage = 'de' | 'en' | 'fr' | 'es' | 'it' | 'nl' | 'pt';

/** The languages {@link FUNCTION_WORDS} knows, German (the annotator's) first. */
export const GUESSABLE_LANGUAGES: readonly GuessableLanguage[] = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pt'];

/** Per language, its commonest function words. */
export const FUNCTION_WORDS: Readonly<Record<GuessableLanguage, ReadonlySet<string>>> = {
  de: new Set(
    'der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war wurde wird werden hat haben ich sie er es wir ihr sich mit von zu zum zur auf für bei aus nach über auch noch nur wie dass im am vom sei habe'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the a an and or but not is are was were be been has have had will would i you he she it we they his her their this that these with from of to on for at by as which who what said says there'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les un une des du de et ou mais ne pas est sont était été a ont avait je il elle nous vous ils elles ce cette ces qui que dans pour sur avec par au aux son sa ses leur plus se'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las un una unos unas de del y o pero no es son era fue ha han había yo él ella nosotros ellos este esta estos que en para con por al su sus se lo como más muy'.split(
      ' ',
    ),
  ),
  it: new Set(
    'il lo la i gli le un una uno di del della dei delle e o ma non è sono era stato ha hanno io lui lei noi loro questo questa che in per con su al alla nel nella si come più anche'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'de het een en of maar niet is zijn was waren werd wordt heeft hebben ik jij hij zij wij we ze dit dat deze die met van voor op aan bij uit naar over ook nog als er om te'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'o a os as um uma uns umas de do da dos das e ou mas não é são era foi tem têm eu ele ela nós eles elas este esta que em no na nos nas para com por ao se seu sua mais também'.split(
      ' ',
    ),
  ),
};
