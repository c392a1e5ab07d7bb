/**
 * The speakers of one text, each made once: found by full name, by surname ("Berger" after "Anna Berger"), or by a
 * role or group named alone in a headline ("Kanzler: „…“", "Polizei warnt …") that the text names in full later.
 * Ids are made here, unique in the text. Who was mentioned last, for pronouns and role nouns, is the
 * `SpeakerBook`'s (`./speaker-book.ts`).
 */
import { slugify } from '../../article/slug';
import { NAME_PARTICLES } from '../lexicon/nouns';
import type { SpeakerEntity } from '../model';
import type { Token } from '../text/tokens';
import { bySurname } from './earlier-speakers';
import { isNameToken, withoutUmlaut } from './naming-words';

/** The speakers of one text, by name, with unique ids. */
export class SpeakerRegistry {
  readonly speakers: SpeakerEntity[] = [];
  private readonly byKey = new Map<string, SpeakerEntity>();
  private readonly usedIds = new Set<string>();
  /**
   * Speakers named by a role alone before anyone with that role ("Kanzler: „…“" in a headline): the person the
   * text names with that role later, who takes them over ({@link roleHolder}).
   */
  private readonly roleOnly = new Set<SpeakerEntity>();

  /** The speaker whose name, in lower case, is `key`. */
  named(key: string): SpeakerEntity | undefined {
    return this.byKey.get(key);
  }

  /** Whether a phrase names a speaker already known, by full name or surname ("Berger" after "Anna Berger"). */
  knows(key: string): boolean {
    return this.byKey.has(key) || bySurname(this.speakers, key, 'person') !== undefined;
  }

  /** Marks `speaker` as named by a role or a group's one word alone, as headlines write, to be taken over later. */
  namedAlone(speaker: SpeakerEntity): void {
    this.roleOnly.add(speaker);
  }

  /** The person named last whose surname is `surname` exactly (lower case; "bergers" is no "Berger"). */
  personBySurname(surname: string): SpeakerEntity | undefined {
    return this.speakers.findLast(
      (s) => s.kind === 'person' && s.name.toLowerCase().split(' ').at(-1) === surname,
    );
  }

  /**
   * The person named before whom `words` name by a surname the name rules cannot read alone: one with its particle
   * ("von der Leyen", "Ten Hag"), or a word spelled like a verb form ("Reiche" after "Katherina Reiche").
   */
  surnameAgain(words: readonly Token[]): SpeakerEntity | undefined {
    const first = words[0];
    const particled = words.length > 1 && first !== undefined && NAME_PARTICLES.has(first.lower);
    const lone = words.length === 1 && first !== undefined && first.capital && !isNameToken(first);
    if (!particled && !lone) return undefined;
    return bySurname(this.speakers, words.map((t) => t.lower).join(' '), 'person');
  }

  /**
   * The speaker named by a role alone earlier ("Kanzler: „Wir lassen niemanden allein“") whom a person now named with
   * that role is ("Bundeskanzler Friedrich Lang"): it becomes that person, so that the quotes of both have one
   * speaker; `undefined` when the name is known already or no such speaker came before.
   */
  roleHolder(name: string, role: string | undefined): SpeakerEntity | undefined {
    if (!role || this.byKey.has(name.toLowerCase()) || bySurname(this.speakers, name.toLowerCase(), 'person'))
      return undefined;
    const noun = role.toLowerCase().replace(/^.*-/, '');
    // "Bahnchef verspricht …" over a text on "Bahnchefin Eva Palm": a headline's generic masculine names a woman too
    const feminineOf = noun.endsWith('in') ? withoutUmlaut(noun.slice(0, -2)) : undefined;
    const entity = [...this.roleOnly].reverse().find((e) => {
      const headline = e.name.toLowerCase().replace(/^.*-/, '');
      return (
        noun.endsWith(headline) || (feminineOf !== undefined && feminineOf.endsWith(withoutUmlaut(headline)))
      );
    });
    if (!entity) return undefined;
    this.roleOnly.delete(entity);
    Object.assign(entity, { id: this.newId(name), name, kind: 'person', role });
    this.byKey.set(name.toLowerCase(), entity);
    return entity;
  }

  /**
   * The speaker called `name` of `kind`, made on first use: one known by that name or, for a person, by a surname
   * of it (a fuller name replaces a shorter one: "Berger" becomes "Anna Berger"), or a group named alone before.
   */
  entityFor(name: string, kind: SpeakerEntity['kind'], role?: string): SpeakerEntity {
    const direct = this.byKey.get(name.toLowerCase());
    if (direct && direct.kind === kind) {
      if (role && !direct.role) direct.role = role;
      return direct;
    }
    const clean = name.replace(/[’']s$/, '');
    const key = clean.toLowerCase();
    const known = this.byKey.get(key) ?? bySurname(this.speakers, key, kind);
    if (known) {
      if (known.name.split(' ').length < clean.split(' ').length && kind === 'person') {
        known.name = clean;
        this.byKey.set(key, known);
      }
      if (role && !known.role) known.role = role;
      return known;
    }
    const headline = kind === 'collective' ? this.headlineGroup(key) : undefined;
    if (headline) {
      headline.name = clean;
      this.byKey.set(key, headline);
      return headline;
    }
    const entity: SpeakerEntity = { id: this.newId(clean), name: clean, kind, ...(role ? { role } : {}) };
    this.speakers.push(entity);
    this.byKey.set(key, entity);
    return entity;
  }

  /**
   * The group named by one word alone before ("Polizei warnt vor …") that `key`, a group's full name, opens with
   * ("polizei in nordrhein-westfalen"): taken over by that name, once.
   */
  private headlineGroup(key: string): SpeakerEntity | undefined {
    for (const entity of this.roleOnly) {
      if (entity.kind !== 'collective' || !key.startsWith(`${entity.name.toLowerCase()} `)) continue;
      this.roleOnly.delete(entity);
      return entity;
    }
    return undefined;
  }

  private newId(name: string): string {
    const base = slugify(name, 'speaker');
    const stem = /^[a-z]/.test(base) ? base : `s-${base}`;
    let id = stem;
    for (let n = 2; this.usedIds.has(id); n++) id = `${stem}-${n}`;
    this.usedIds.add(id);
    return id;
  }
}
