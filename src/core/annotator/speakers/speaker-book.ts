/**
 * Who speaks: a noun phrase next to a speech verb ("Umweltminister Jonas Keller", "die Leiterin
 * des Bauamts, Anna Berger", "er", "die Polizei") becomes a speaker. Mentions of one person are merged by name
 * ("Anna Berger", "Berger", "Bergers"); pronouns and role nouns ("sie", "die Ministerin") go to the person mentioned
 * last; organisations and countries are collective speakers.
 */
import { slugify } from '../../article/slug';
import { canSpeak, opensWithAdjective } from './animacy';
import { DETERMINERS, NAME_PARTICLES, PARTICLE_ARTICLES, PLACES, PRONOUNS } from '../lexicon/nouns';
import { isCollectiveToken, isNameToken, isRoleToken } from './naming-words';
import type { Resolution, SpeakerEntity } from '../model';
import type { Token } from '../text/tokens';
import { DEMONSTRATIVES, INDEFINITE_ARTICLES, NOMINATIVE_RELATIVES, POSSESSIVES } from '../lexicon/articles';
import { PHRASE_PREPOSITIONS } from '../lexicon/prepositions';
import { GENERIC_ROLES } from '../lexicon/nouns';

/** Keeps track of the speakers of one text and of the person mentioned last, for pronouns and role nouns. */
export class SpeakerBook {
  readonly speakers: SpeakerEntity[] = [];
  private readonly byKey = new Map<string, SpeakerEntity>();
  private readonly usedIds = new Set<string>();
  private lastPerson: SpeakerEntity | undefined;
  private readonly lastMention = new Map<SpeakerEntity, readonly Token[]>();

  /** Records a person named in the text (e.g. after a role noun), so that a later "er" can refer to them. */
  notePerson(name: string, role?: string, mention?: readonly Token[]): SpeakerEntity {
    const entity = this.entityFor(name, 'person', role);
    this.lastPerson = entity;
    if (mention && mention.length > 0) this.lastMention.set(entity, mention);
    return entity;
  }

  /**
   * The tokens of the latest phrase that was resolved to `speaker` ("er", "der Minister", "Berger"): where a
   * statement that continues the speaker's words without naming them points for its speaker mention.
   */
  latestMention(speaker: SpeakerEntity): readonly Token[] | undefined {
    return this.lastMention.get(speaker);
  }

  /** Whether a phrase names a speaker already known, by full name or surname ("Berger" after "Anna Berger"). */
  knows(phrase: readonly Token[]): boolean {
    const key = phrase
      .map((t) => t.text)
      .join(' ')
      .toLowerCase();
    return this.byKey.has(key) || this.bySurname(key, 'person') !== undefined;
  }

  /**
   * The collective speaker called `name` ("Frankfurter Rundschau", "Agentur"), made on first use. Unlike
   * {@link resolve} it never takes a name for a person, so a medium that relays a quotation does not become the
   * antecedent of a later "er" or "sie".
   */
  collective(name: string): SpeakerEntity {
    return this.entityFor(name, 'collective');
  }

  /** The person mentioned last, if any. */
  get latestPerson(): SpeakerEntity | undefined {
    return this.lastPerson;
  }

  /**
   * Resolves the tokens of a speaker mention to a speaker. Returns `undefined` when the phrase names nobody
   * this book can stand for (an empty phrase, a pronoun with no person before it).
   */
  resolve(mention: readonly Token[]): { speaker: SpeakerEntity; how: Resolution } | undefined {
    const named = withoutRelativePronoun(mention);
    if (!canSpeak(named) && !possessiveOfSpeaker(named)) return undefined;
    const resolved = this.resolvePhrase(named);
    if (resolved) this.lastMention.set(resolved.speaker, mention);
    return resolved;
  }

  private resolvePhrase(mention: readonly Token[]): { speaker: SpeakerEntity; how: Resolution } | undefined {
    const words = mention.filter((t) => t.word);
    const first = words[0];
    if (!first) return undefined;
    // "er", "diese"; "nach ihren Informationen", "seiner Meinung nach": a possessive before a statement noun
    const possessive = possessiveOfSpeaker(mention) || (words.length === 1 && POSSESSIVES.has(first.lower));
    if (
      possessive ||
      (words.length === 1 && (PRONOUNS.has(first.lower) || DEMONSTRATIVES.has(first.lower)))
    ) {
      const speaker = this.lastPerson ?? this.speakers[this.speakers.length - 1];
      return speaker ? { speaker, how: 'pronoun' } : undefined;
    }
    const run = leadingName(mention) ?? lastNameRun(mention.filter((t) => t.word || t.text === ','));
    // "Politische Beobachter": a capitalised adjective opening the phrase is no name
    const name =
      (run?.length === 1 && run[0] === words[0] && opensWithAdjective(words)) ||
      attributiveAdjective(words, run)
        ? undefined
        : run;
    const head = words.find((t) => t.capital && !DETERMINERS.has(t.lower));
    const roleToken = words.find((t) => isRoleToken(t));
    const collectiveHead = words.find(isCollectiveToken);
    if (name) {
      const text = name.map((t) => t.text).join(' ');
      const isPlace = name.length === 1 && PLACES.has(name[0]?.lower ?? '');
      const collective =
        isPlace || (collectiveHead !== undefined && roleToken === undefined) || name.every(writtenInCapitals);
      if (collective) return { speaker: this.entityFor(text, 'collective'), how: 'collective' };
      const speaker = this.notePerson(text, roleToken?.text);
      return { speaker, how: 'name' };
    }
    if (collectiveHead) {
      return { speaker: this.entityFor(phraseName(words), 'collective'), how: 'collective' };
    }
    if (roleToken && !INDEFINITE_ARTICLES.has(first.lower)) {
      const person = this.personWithRole(roleToken);
      if (person) return { speaker: person, how: 'role' };
    }
    if (head) {
      return { speaker: this.entityFor(phraseName(words), 'collective'), how: 'collective' };
    }
    return undefined;
  }

  /**
   * The person a role noun refers back to ("der Minister"): the latest person with that role ("Innenminister"
   * for "Minister"), or the latest person when their role is not known; none when the latest person has another
   * role ("die Sprecherin" after "Ministerin Anna Berger" is someone else).
   */
  private personWithRole(role: Token): SpeakerEntity | undefined {
    const noun = role.lower.replace(/^.*-/, '');
    const fits = (entity: SpeakerEntity): boolean => {
      const theirs = entity.role?.toLowerCase();
      return theirs === undefined || theirs.endsWith(noun) || noun.endsWith(theirs.replace(/^.*-/, ''));
    };
    if (this.lastPerson && (fits(this.lastPerson) || GENERIC_ROLES.has(noun))) return this.lastPerson;
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const entity = this.speakers[i] as SpeakerEntity;
      if (entity.kind === 'person' && entity.role !== undefined && fits(entity)) return entity;
    }
    return undefined;
  }

  private entityFor(name: string, kind: SpeakerEntity['kind'], role?: string): SpeakerEntity {
    const direct = this.byKey.get(name.toLowerCase());
    if (direct && direct.kind === kind) {
      if (role && !direct.role) direct.role = role;
      return direct;
    }
    const clean = name.replace(/[’']s$/, '');
    const key = clean.toLowerCase();
    const known = this.byKey.get(key) ?? this.bySurname(key, kind);
    if (known) {
      if (known.name.split(' ').length < clean.split(' ').length && kind === 'person') {
        known.name = clean;
        this.byKey.set(key, known);
      }
      if (role && !known.role) known.role = role;
      return known;
    }
    const entity: SpeakerEntity = { id: this.newId(clean), name: clean, kind, ...(role ? { role } : {}) };
    this.speakers.push(entity);
    this.byKey.set(key, entity);
    return entity;
  }

  /** "Berger" and "Bergers" find "Anna Berger"; "Anna Berger" finds an earlier "Berger". */
  private bySurname(key: string, kind: SpeakerEntity['kind']): SpeakerEntity | undefined {
    if (kind !== 'person') return undefined;
    const parts = key.split(' ');
    const last = parts[parts.length - 1] ?? key;
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const entity = this.speakers[i] as SpeakerEntity;
      if (entity.kind !== 'person') continue;
      const theirs = entity.name.toLowerCase().split(' ');
      const theirLast = theirs[theirs.length - 1] ?? '';
      if (theirLast === last || theirLast === last.replace(/s$/, '')) {
        if (parts.length === 1 || theirs.length === 1 || theirs.join(' ') === key) return entity;
      }
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

/**
 * "Ägypten , das" gives "Ägypten": a relative pronoun after a comma stands for the phrase before it, which names
 * the speaker (`grammar/relative-subjects.ts` keeps it in the mention).
 */
function withoutRelativePronoun(mention: readonly Token[]): readonly Token[] {
  const last = mention[mention.length - 1];
  return mention.length > 2 &&
    mention[mention.length - 2]?.text === ',' &&
    NOMINATIVE_RELATIVES.has(last?.lower ?? '')
    ? mention.slice(0, -2)
    : mention;
}

/**
 * Whether a one-word "name" is a capitalised adjective before its noun: "die Berliner Polizei", "die Vereinigten
 * Staaten", "der Vereinten Nationen". German capitalises an adjective made from a place ("Berliner") or standing
 * in a proper name, but it names nobody alone; the phrase is named by the noun it describes.
 */
function attributiveAdjective(words: readonly Token[], run: readonly Token[] | undefined): boolean {
  const only = run?.length === 1 ? run[0] : undefined;
  if (!only || !/(?:er|en|e)$/.test(only.lower)) return false;
  const noun = words[words.indexOf(only) + 1];
  return noun !== undefined && noun.capital && !isNameToken(noun);
}

/** "Tilo Berg" of "Tilo Berg, ein Sprecher des Wetterdienstes in Bremen": a bare name before an apposition. */
function leadingName(mention: readonly Token[]): Token[] | undefined {
  const comma = mention.findIndex((t) => t.text === ',');
  if (comma < 1 || comma > 5) return undefined;
  const head = mention.slice(0, comma);
  return head.every((t) => isNameToken(t) || NAME_PARTICLES.has(t.text)) && isNameToken(head[0] as Token)
    ? head
    : undefined;
}

/**
 * The last run of name tokens in a phrase ("Anna Berger" in "die Leiterin des Bauamts, Anna Berger") that is not
 * the object of a preposition: in "der Bürgermeister von Bad Homburg" or "die WHO in Genf" the name after the
 * preposition is a place or a group the speaker belongs to, not the speaker, so an earlier run counts ("WHO").
 */
function lastNameRun(words: readonly Token[]): Token[] | undefined {
  let end = words.length;
  for (;;) {
    const run = nameRunBefore(words, end);
    if (!run) return undefined;
    const before = words[run.start - 1];
    if (!before || !PHRASE_PREPOSITIONS.has(before.lower)) return words.slice(run.start, run.end);
    end = run.start - 1;
  }
}

/** The last run of name tokens ending at or before `end`, if only lower-case words stand after it. */
function nameRunBefore(words: readonly Token[], end: number): { start: number; end: number } | undefined {
  while (end > 0 && !isNameToken(words[end - 1] as Token)) {
    if (!(words[end - 1] as Token).word) return undefined;
    end--;
  }
  if (end === 0) return undefined;
  let start = end - 1;
  while (start > 0) {
    const before = words[start - 1] as Token;
    if (isNameToken(before)) start--;
    else if (NAME_PARTICLES.has(before.text) && start > 1 && isNameToken(words[start - 2] as Token))
      start -= 2;
    // "Ursula von der Leyen", "Rafael van der Vaart": a particle with an article
    else if (
      PARTICLE_ARTICLES.has(before.text) &&
      start > 2 &&
      NAME_PARTICLES.has((words[start - 2] as Token).text) &&
      isNameToken(words[start - 3] as Token)
    )
      start -= 3;
    else break;
  }
  return { start, end };
}

/**
 * "seiner Meinung nach", "nach ihren Informationen", "Seine Zuversicht gründet sich auf …": a possessive before a
 * noun that names no person speaks for the possessor. "seine Frau", "ihr Sprecher" are other people.
 */
function possessiveOfSpeaker(mention: readonly Token[]): boolean {
  const words = mention.filter((t) => t.word);
  const noun = words[1];
  return (
    words.length === 2 &&
    POSSESSIVES.has(words[0]?.lower ?? '') &&
    noun !== undefined &&
    noun.capital &&
    !isRoleToken(noun) &&
    !isCollectiveToken(noun)
  );
}

/**
 * Whether a name is written in capitals ("NABU", "ADAC", "BBC"): an organisation's abbreviation, since German news
 * writes a person's name in capitals only in a heading.
 */
function writtenInCapitals(token: Token): boolean {
  return token.text.length >= 2 && token.text === token.text.toUpperCase() && /^\p{Lu}/u.test(token.text);
}

/** A readable name for a phrase without a proper name: "die Polizei" gives "Polizei". */
function phraseName(words: readonly Token[]): string {
  const rest = DETERMINERS.has(words[0]?.lower ?? '') ? words.slice(1) : words;
  return rest.map((t) => t.text).join(' ') || words.map((t) => t.text).join(' ');
}
