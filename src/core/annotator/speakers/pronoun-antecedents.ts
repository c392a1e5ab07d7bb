/**
 * Which speaker a personal pronoun refers to. "er" and "sie" agree in gender with a person's role ("die Landrätin"
 * is no "er", "der Minister" no singular "sie"); a name without a role, a role that names either gender and a group
 * agree with both. A plural "sie" ("sie verlangen") refers to a group, never to one person.
 */
import type { SpeakerEntity } from '../model';
import type { GrammaticalNumber } from '../grammar/verb-number';
import { roleGender } from './naming-words';

/** The gender a personal pronoun refers to a person of: "er" a man, "sie" (singular) a woman. */
const PRONOUN_GENDER: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ['er', 'm'],
  ['sie', 'f'],
]);

/**
 * The personal pronoun whose possessor a possessive (lower case) names: "ihren" a woman or several ("sie"),
 * "seinen" a man or a neuter group ("er"); `undefined` for any other word.
 */
export function possessorPronoun(possessive: string): 'er' | 'sie' | undefined {
  if (possessive.startsWith('ihr')) return 'sie';
  return possessive.startsWith('sein') ? 'er' : undefined;
}

/** How many speakers back a pronoun looks for a person whose role agrees with it. */
const PRONOUN_REACH = 8;

/**
 * A person's gender as the text shows it (the article before a role that names either) or as their role does;
 * `undefined` for a group, a person without a role or one whose role names either.
 */
export function genderOf(entity: SpeakerEntity): 'f' | 'm' | undefined {
  // a group has no gender, but for one person the text does not name ("ein Regierungssprecher", "die neue
  // Präsidentin", "eine Mutter aus Pankow"): the role noun the name opens with shows it
  if (entity.kind !== 'person') return entity.gender ?? unnamedRoleGender(entity.name);
  return entity.gender ?? (entity.role ? roleGender(entity.role) : undefined);
}

/** The gender of the first role noun among the first two words of a name ("neue Präsidentin", "Vater aus X"). */
function unnamedRoleGender(name: string): 'f' | 'm' | undefined {
  for (const word of name.split(' ', 2)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    return roleGender(word);
  }
  return undefined;
}

/**
 * The speakers a plural "sie" refers to: of the latest `PRONOUN_REACH` speakers, the latest whose verb was plural
 * ("Einige britische Moslems haben … geschrieben"), else the latest group not shown singular; none when there is no
 * such speaker (the people meant were never one: "Eltern haben eine Petition gestartet. Darin verlangen sie …"),
 * rather than one person.
 */
function pluralAntecedent(speakers: readonly SpeakerEntity[]): SpeakerEntity | undefined {
  const reach = speakers.slice(-PRONOUN_REACH).reverse();
  return (
    reach.find((entity) => entity.number === 'plural') ??
    reach.find((entity) => entity.kind === 'collective' && entity.number === undefined)
  );
}

/**
 * The speaker `pronoun` (lower case; `undefined` for a possessive) refers to, from `recent` (the latest person named
 * by a proper name, the latest person, the latest speaker, in that order of preference): the first that agrees with
 * the pronoun ("sie" after "Landrätin Petra Lindner" is not the earlier "Minister Thomas Berger"), else a person of
 * `speakers`, latest first, whose role agrees, else the first of `recent`. A "sie" whose verb is plural (`number`)
 * refers to a group ({@link pluralAntecedent}).
 */
export function pronounAntecedent(
  recent: readonly (SpeakerEntity | undefined)[],
  speakers: readonly SpeakerEntity[],
  pronoun: string | undefined,
  number?: GrammaticalNumber,
): SpeakerEntity | undefined {
  if (pronoun === 'sie' && number === 'plural') return pluralAntecedent(speakers);
  const first = recent.find((entity) => entity !== undefined);
  const gender = pronoun === undefined ? undefined : PRONOUN_GENDER.get(pronoun);
  if (!first || !gender) return first;
  const excluded = gender === 'f' ? 'm' : 'f';
  // "Umweltverbände kritisierten … Der Bund erklärte … Er forderte …": "er" is one, never a group shown plural
  const agrees = (entity: SpeakerEntity): boolean =>
    genderOf(entity) !== excluded && !(gender === 'm' && entity.number === 'plural');
  const agreeing = recent.find((entity) => entity !== undefined && agrees(entity));
  if (agreeing) return agreeing;
  const reach = speakers.slice(-PRONOUN_REACH).reverse();
  return (
    reach.find((entity) => entity.kind === 'person' && genderOf(entity) !== undefined && agrees(entity)) ??
    // "Er" after "Ministerin X" and "Präsidentin Y" with "Andreas Mundt" named between: a person whose gender the
    // text does not show, rather than one whose gender excludes the pronoun
    reach.find((entity) => entity.kind === 'person' && agrees(entity)) ??
    // "er" is one man (or a neuter group): never a woman. "sie" and "ihr" may be several people, whom the verb does
    // not always show ("ihrer Meinung nach"), so they keep the latest speaker.
    (pronoun === 'er' ? undefined : first)
  );
}
