/**
 * What a speaker mention with a name in it names: a group ("die Universität Kiel", "Greenpeace Österreich", "Anna
 * Berger von der Universität Kiel" is not one: the group is where she works) or a person ("Umweltminister Jonas
 * Keller", "Personalvorstand Gunnar Berg"), and by what name a reader knows them. A plain function of the phrase; the
 * speaker book (`./speaker-book.ts`) turns the answer into a speaker.
 */
import { AGENT_NOUN_ENDINGS } from '../lexicon/person-nouns';
import { MEMBER_NAMED_BODIES, PLACE_NAMED_INSTITUTIONS, PLACES } from '../lexicon/group-nouns';
import { endsWithAny } from '../lexicon/endings';
import { DEFINITE_ARTICLE_FORMS, INDEFINITE_ARTICLES } from '../lexicon/articles';
import { isWebAddress, type Token } from '../text/tokens';
import { organisationNominative, roleGenderAt } from './naming-words';
import {
  acronymAfterArticle,
  articleNoun,
  groupWithGenitive,
  inNominative,
  nameText,
  writtenInCapitals,
} from './mention-names';

/** The articles of a noun for a man or a woman ("der", "eine", "des"; not "das"), which a name does not take. */
const ARTICLES: ReadonlySet<string> = new Set(
  [...DEFINITE_ARTICLE_FORMS, ...INDEFINITE_ARTICLES].filter((a) => a !== 'das'),
);

/**
 * "Erzieherin Miriam Koch": an agent noun and a first name and surname, none written in capitals ("der Aktivist
 * Jan Roth", not "des United States Geological Survey USGS").
 */
function agentBeforeName(name: readonly Token[]): boolean {
  const noun = name[0];
  return (
    name.length === 3 &&
    noun !== undefined &&
    noun.lower.length > 4 &&
    !noun.text.includes('-') &&
    endsWithAny(noun.lower, AGENT_NOUN_ENDINGS) &&
    !name.some(writtenInCapitals)
  );
}

/**
 * "Deutsche Umwelthilfe", "Europäische Kommission", "Kassenärztliche Vereinigung": a name that opens with an
 * inflected adjective of "-isch", "-lich" or "-ig" names an institution; no first name is such an adjective.
 */
const INSTITUTION_ADJECTIVE = /(?:isch|sch|lich|ig)(?:e|en|er|es)$/;

function adjectiveOpens(name: readonly Token[]): boolean {
  const first = name[0];
  return name.length >= 2 && first !== undefined && INSTITUTION_ADJECTIVE.test(first.lower);
}

/** A group's name, or a person's with what the phrase says of them. */
export type NamedPhrase =
  | { kind: 'collective'; name: string }
  | {
      kind: 'person';
      name: string;
      /** The role noun before the name ("Umweltminister"), or the body the person belongs to ("Personalvorstand"). */
      role: string | undefined;
      /** Whether the name is a proper name, not a capitalised word after an article that may be a common noun. */
      proper: boolean;
      gender: 'f' | 'm' | undefined;
    };

/**
 * What `mention` (its `words`) names, given the run of name tokens in it (`name`), its role noun and its first word
 * for a group (`collectiveHead`), each `undefined` when it has none.
 */
export function namedPhrase(
  mention: readonly Token[],
  words: readonly Token[],
  name: readonly Token[],
  roleToken: Token | undefined,
  collectiveHead: Token | undefined,
): NamedPhrase {
  const text = nameText(mention, name);
  const isPlace = name.length === 1 && PLACES.has(name[0]?.lower ?? '');
  // "Personalvorstand Gunnar Berg", "Betriebsrat Jens Roth": a body whose members are called as it is, before a
  // first name and a surname, is the person's role
  const member =
    roleToken === undefined &&
    collectiveHead !== undefined &&
    name.length >= 2 &&
    words[words.indexOf(name[0] as Token) - 1] === collectiveHead &&
    endsWithAny(collectiveHead.lower, MEMBER_NAMED_BODIES);
  const collective =
    isPlace ||
    // "Anna Berger von der Universität Kiel": a group named after the name is where the person works
    (collectiveHead !== undefined &&
      !member &&
      roleToken === undefined &&
      words.indexOf(collectiveHead) <= words.indexOf(name[name.length - 1] as Token)) ||
    name.every(writtenInCapitals) ||
    name.some((t) => isWebAddress(t.text)) ||
    adjectiveOpens(name) ||
    (roleToken === undefined && (articleNoun(words, name) || acronymAfterArticle(words, name)));
  if (collective) {
    // "die Universität Kiel", "das Landgericht Bremen": an institution named by its kind and a place is not the place
    const kind = words[words.indexOf(name[0] as Token) - 1];
    // "Greenpeace Österreich": an organisation named without an article and a country is its branch there
    const branch = kind === words[0] && isPlace;
    const named =
      kind && kind === collectiveHead && (branch || endsWithAny(kind.lower, PLACE_NAMED_INSTITUTIONS))
        ? `${organisationNominative(kind.text) ?? kind.text} ${text}`
        : (groupWithGenitive(words, collectiveHead, name) ?? inNominative(text, name, collectiveHead));
    return { kind: 'collective', name: named };
  }
  // "die Erzieherin Miriam Koch", "der Organisator Jan Roth": a name takes no article, so an agent noun between a
  // person's article and a first name and surname is the person's role, whether or not the lexicon lists it
  const before = words[words.indexOf(name[0] as Token) - 1];
  if (roleToken === undefined && !member && before && ARTICLES.has(before.lower) && agentBeforeName(name)) {
    const [noun, ...person] = name;
    return {
      kind: 'person',
      name: nameText(mention, person),
      role: (noun as Token).text,
      proper: true,
      gender: roleGenderAt(words, words.indexOf(noun as Token)),
    };
  }
  return {
    kind: 'person',
    name: text,
    role: roleToken?.text ?? (member ? collectiveHead.text : undefined),
    // "die vielen kopierten Passagen": a capitalised word after an article and adjectives may be a common noun
    proper: name.length > 1 || roleToken !== undefined || name[0] === words[0],
    gender: roleToken && roleGenderAt(words, words.indexOf(roleToken)),
  };
}
