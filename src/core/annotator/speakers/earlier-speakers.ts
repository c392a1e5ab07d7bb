/**
 * Finding a speaker named before among the speakers of a text (latest first), by what a later mention shares with
 * them: a surname, a role, the noun of a group. Plain functions over the speaker book's list (`./speaker-book.ts`).
 */
import { NAME_PARTICLES } from '../lexicon/nouns';
import type { SpeakerEntity } from '../model';
import type { Token } from '../text/tokens';
import { genderOf } from './pronoun-antecedents';

/**
 * Whether a person's role agrees with a role noun that takes them up (lower case, without a prefix before a hyphen):
 * "Innenminister" with "minister", a person whose role the text did not give with any.
 */
export function roleFits(entity: SpeakerEntity, noun: string): boolean {
  const theirs = entity.role?.toLowerCase();
  return theirs === undefined || theirs.endsWith(noun) || noun.endsWith(theirs.replace(/^.*-/, ''));
}

/** The latest person whose role the text gave and agrees with the role noun `noun` ({@link roleFits}). */
export function latestWithRole(speakers: readonly SpeakerEntity[], noun: string): SpeakerEntity | undefined {
  for (let i = speakers.length - 1; i >= 0; i--) {
    const entity = speakers[i] as SpeakerEntity;
    if (entity.kind === 'person' && entity.role !== undefined && roleFits(entity, noun)) return entity;
  }
  return undefined;
}

/**
 * "die Fraktion" after "die SPD-Landtagsfraktion", "die Polizei" after "die Kieler Polizei": a definite noun for a
 * group refers back to the latest group whose name ends in that noun, in a compound or as its last word.
 */
export function latestGroupOfKind(
  speakers: readonly SpeakerEntity[],
  noun: Token,
): SpeakerEntity | undefined {
  for (let i = speakers.length - 1; i >= 0; i--) {
    const entity = speakers[i] as SpeakerEntity;
    const name = entity.name.toLowerCase();
    if (entity.kind === 'collective' && name !== noun.lower && name.endsWith(noun.lower)) return entity;
  }
  return undefined;
}

/**
 * The person a name in lower case (`key`) is by surname: "berger" and "bergers" find "Anna Berger", "anna berger"
 * finds an earlier "Berger", "ten hag" (a surname with its particle, as German takes such names up: "von der
 * Leyen") finds "Erik ten Hag"; none for a group (`kind`).
 */
export function bySurname(
  speakers: readonly SpeakerEntity[],
  key: string,
  kind: SpeakerEntity['kind'],
): SpeakerEntity | undefined {
  if (kind !== 'person') return undefined;
  const parts = key.split(' ');
  const last = parts[parts.length - 1] ?? key;
  for (let i = speakers.length - 1; i >= 0; i--) {
    const entity = speakers[i] as SpeakerEntity;
    if (entity.kind !== 'person') continue;
    const theirs = entity.name.toLowerCase().split(' ');
    const theirLast = theirs[theirs.length - 1] ?? '';
    if (theirLast === last || theirLast === last.replace(/s$/, '')) {
      if (parts.length === 1 || theirs.length === 1 || theirs.join(' ') === key) return entity;
      if (NAME_PARTICLES.has(parts[0] as string) && theirs.slice(-parts.length).join(' ') === key)
        return entity;
    }
  }
  return undefined;
}

/** How many speakers back a noun of nationality looks for the person it names again ("sagte der Norweger"). */
const NATIONALITY_REACH = 4;

/**
 * The latest person, of the last {@link NATIONALITY_REACH} speakers, whose gender does not differ from `gender`: "die
 * Französin" after "Die Ministerin Claire Dubois traf Kanzler Olaf Berg" is Claire Dubois. A person whose gender the
 * text does not show may be either.
 */
export function latestOfGender(
  speakers: readonly SpeakerEntity[],
  gender: 'f' | 'm' | undefined,
): SpeakerEntity | undefined {
  for (let i = speakers.length - 1; i >= 0 && i >= speakers.length - NATIONALITY_REACH; i--) {
    const entity = speakers[i] as SpeakerEntity;
    if (entity.kind !== 'person') continue;
    const theirs = genderOf(entity);
    if (gender === undefined || theirs === undefined || theirs === gender) return entity;
  }
  return undefined;
}
