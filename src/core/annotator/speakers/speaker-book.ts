/**
 * Who speaks: a noun phrase next to a speech verb ("Umweltminister Jonas Keller", "die Leiterin
 * des Bauamts, Anna Berger", "er", "die Polizei") becomes a speaker. Mentions of one person are merged by name
 * ("Anna Berger", "Berger", "Bergers"); pronouns and role nouns ("sie", "die Ministerin") go to the person mentioned
 * last; organisations and countries are collective speakers.
 */
import {
  attributiveAdjective,
  lastNameRun,
  leadingName,
  statementHolder,
  withoutRelativePronoun,
} from './name-runs';
import { canSpeak, opensWithAdjective } from './animacy';
import { DATIVE_PRONOUNS, DETERMINERS, PRONOUNS } from '../lexicon/nouns';
import {
  isCollectiveToken,
  isRoleToken,
  pluralByArticle,
  roleGender,
  roleGenderAt,
  roleWord,
  surnameAt,
} from './naming-words';
import { possessorPronoun, pronounAntecedent } from './pronoun-antecedents';
import { namedPhrase } from './named-phrases';
import { groupSpokenFor, isSpokesperson } from './spokespersons';
import { latestGroupOfKind, latestOfGender, latestWithRole, roleFits } from './earlier-speakers';
import type { GrammaticalNumber } from '../grammar/verb-number';
import { withoutTitles } from '../grammar/titles';
import type { Resolution, SpeakerEntity } from '../model';
import type { Token } from '../text/tokens';
import {
  DEFINITE_ARTICLES,
  DEMONSTRATIVES,
  INDEFINITE_ARTICLES,
  PERSON_INDEFINITES,
  POSSESSIVES,
} from '../lexicon/articles';
import { GENERIC_ROLES, isDemonym } from '../lexicon/person-nouns';

import { inGenitiveAfter, ownsRole, phraseName, possessiveOfSpeaker } from './mention-names';
import { SpeakerRegistry } from './speaker-registry';

/** An abbreviation in capitals joined to a role noun: "CDU-Chef", "SPD-Politikerin", "DGB-Vorsitzender". */
const ABBREVIATION_BEFORE_ROLE = /^\p{Lu}{2,}-/u;

/** Keeps track of the speakers of one text and of the person mentioned last, for pronouns and role nouns. */
export class SpeakerBook {
  private readonly registry = new SpeakerRegistry();
  private lastPerson: SpeakerEntity | undefined;
  /** Persons named by a proper name (not only by a capitalised word after an article), whom a role noun may take up. */
  private readonly named = new Set<SpeakerEntity>();
  private lastNamed: SpeakerEntity | undefined;
  private readonly lastMention = new Map<SpeakerEntity, readonly Token[]>();
  /** The speaker named last, by a name, a role or a phrase (not by a pronoun). */
  private latest: SpeakerEntity | undefined;
  /** Speakers named by "ein"/"eine" and a role alone ("ein Regierungssprecher"): one person the text does not name. */
  private readonly unnamed = new Set<SpeakerEntity>();
  /** The group the latest spokesperson spoke for ("eine Sprecherin der Polizei"), and the spokesperson's gender. */
  private lastSpokesperson: { group: SpeakerEntity; gender: 'f' | 'm' | undefined } | undefined;

  /** The speakers found so far, in the order they were first named. */
  get speakers(): readonly SpeakerEntity[] {
    return this.registry.speakers;
  }

  /** Records a person named in the text (e.g. after a role noun), so that a later "er" can refer to them. */
  notePerson(
    name: string,
    role?: string,
    mention?: readonly Token[],
    proper = true,
    gender?: 'f' | 'm',
  ): SpeakerEntity {
    const entity = this.registry.roleHolder(name, role) ?? this.registry.entityFor(name, 'person', role);
    if (gender && !entity.gender) entity.gender = gender;
    this.latest = entity;
    if (proper) this.named.add(entity);
    if (proper || entity.role !== undefined) this.lastNamed = entity;
    this.lastPerson = entity;
    if (mention && mention.length > 0) this.lastMention.set(entity, mention);
    return entity;
  }

  /**
   * "Hecking selbst gab sich kämpferisch. …, sagte der 61-Jährige": a person named before and named again, by their
   * full name or surname, as a sentence's first words is that sentence's subject, and the person a later "er" or
   * role noun takes up. A name ending in "s" is no match ("Heckings Team"): a genitive before a noun is no subject.
   */
  mentionedAgain(name: readonly Token[]): void {
    const key = name.map((t) => t.lower).join(' ');
    const entity =
      this.registry.named(key) ?? (name.length === 1 ? this.registry.personBySurname(key) : undefined);
    if (!entity || entity.kind !== 'person') return;
    this.lastPerson = entity;
    this.latest = entity;
    if (this.named.has(entity) || entity.role !== undefined) this.lastNamed = entity;
    this.lastMention.set(entity, name);
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
    return this.registry.knows(key);
  }

  /**
   * The collective speaker called `name` ("Frankfurter Rundschau", "Agentur"), made on first use. Unlike
   * {@link resolve} it never takes a name for a person, so a medium that relays a quotation does not become the
   * antecedent of a later "er" or "sie".
   */
  collective(name: string): SpeakerEntity {
    return this.registry.entityFor(name, 'collective');
  }

  /** Whether `speaker` is a person the text names by a proper name ("Yusuf Tuggar"), not by a role or a noun alone. */
  isNamedPerson(speaker: SpeakerEntity): boolean {
    return this.named.has(speaker);
  }

  /** The person mentioned last, if any. */
  get latestPerson(): SpeakerEntity | undefined {
    return this.lastPerson;
  }

  /**
   * Resolves the tokens of a speaker mention to a speaker. Returns `undefined` when the phrase names nobody
   * this book can stand for (an empty phrase, a pronoun with no person before it).
   */
  resolve(
    mention: readonly Token[],
    number?: GrammaticalNumber,
  ): { speaker: SpeakerEntity; how: Resolution } | undefined {
    const named = withoutTitles(withoutRelativePronoun(mention));
    const dative = named.length === 1 && DATIVE_PRONOUNS.has((named[0] as Token).lower);
    if (!canSpeak(named) && !possessiveOfSpeaker(named) && !dative && !this.registry.surnameAgain(named))
      return undefined;
    const shown = number ?? (pluralByArticle(named.filter((t) => t.word)) ? 'plural' : undefined);
    const resolved = this.resolvePhrase(named, shown);
    if (resolved) this.lastMention.set(resolved.speaker, mention);
    if (resolved && resolved.how !== 'pronoun' && shown) resolved.speaker.number ??= shown;
    if (resolved && resolved.how !== 'pronoun') this.latest = resolved.speaker;
    return resolved;
  }

  private resolvePhrase(
    mention: readonly Token[],
    number?: GrammaticalNumber,
  ): { speaker: SpeakerEntity; how: Resolution } | undefined {
    const words = mention.filter((t) => t.word);
    const first = words[0];
    if (!first) return undefined;
    // "Ihr zufolge", "laut ihm": a dative pronoun alone stands for the person "sie" or "er" would ("ihnen": several)
    const dative = words.length === 1 ? DATIVE_PRONOUNS.get(first.lower) : undefined;
    if (dative) {
      const speaker = this.pronounAntecedent(dative, first.lower === 'ihnen' ? 'plural' : number);
      return speaker ? { speaker, how: 'pronoun' } : undefined;
    }
    // "er", "diese"; "nach ihren Informationen", "seiner Meinung nach": a possessive before a statement noun
    const possessive = possessiveOfSpeaker(mention) || (words.length === 1 && POSSESSIVES.has(first.lower));
    if (
      possessive ||
      (words.length === 1 && (PRONOUNS.has(first.lower) || DEMONSTRATIVES.has(first.lower)))
    ) {
      // "Nach ihren Angaben" after "Die Polizei sprach …" is not the man named before: the possessive agrees too
      const pronoun = possessive ? possessorPronoun(first.lower) : first.lower;
      const speaker = this.pronounAntecedent(pronoun, possessive ? undefined : number);
      return speaker ? { speaker, how: 'pronoun' } : undefined;
    }
    // "Von der Leyen kündigte an", "Ten Hag sagte": a surname with its particle, capitalised at the sentence's start;
    // "sagte Reiche" after "Katherina Reiche": a surname that is no name word alone
    const again = this.registry.surnameAgain(words);
    if (again) return { speaker: again, how: 'name' };
    const holder = statementHolder(mention, false);
    if (holder && canSpeak(holder)) return this.resolvePhrase(holder);
    // "Einige vertreten die Ansicht": people the text does not name, one group per pronoun
    if (words.length === 1 && PERSON_INDEFINITES.has(first.lower))
      return { speaker: this.registry.entityFor(first.text, 'collective'), how: 'collective' };
    const run = leadingName(mention) ?? lastNameRun(mention.filter((t) => t.word || t.text === ','));
    // "Politische Beobachter": a capitalised adjective opening the phrase is no name
    // "Österreichs Bundespräsident", "Merkels Sprecher": a name in the genitive before a role owns the role; the
    // speaker is the role's holder, someone else
    const owner = run?.length === 1 && run[0] === words[0] && ownsRole(words);
    const roleToken = words.find((t, k) => isRoleToken(t) && !surnameAt(words, k));
    // "eine Sprecherin der Polizei": a spokesperson's words are the group's
    const spokenFor = roleToken && groupSpokenFor(mention, roleToken);
    if (spokenFor) return { speaker: this.spokespersonOf(spokenFor, words, roleToken), how: 'collective' };
    // "der Chef des Amts": a name in the genitive after a role is not the holder's
    const genitiveName =
      roleToken !== undefined &&
      run !== undefined &&
      !run.some(isCollectiveToken) &&
      inGenitiveAfter(mention, roleToken, run[0] as Token);
    const name =
      owner ||
      (run?.length === 1 && run[0] === words[0] && opensWithAdjective(words)) ||
      attributiveAdjective(words, run) ||
      genitiveName
        ? undefined
        : run;
    const head = words.find((t) => t.capital && !DETERMINERS.has(t.lower));
    const collectiveHead = words.find(isCollectiveToken);
    if (name) {
      const named = namedPhrase(mention, words, name, roleToken, collectiveHead);
      if (named.kind === 'collective')
        return { speaker: this.registry.entityFor(named.name, 'collective'), how: 'collective' };
      const speaker = this.notePerson(named.name, named.role, undefined, named.proper, named.gender);
      return { speaker, how: 'name' };
    }
    if (collectiveHead) {
      const earlier =
        words.length === 2 && DEFINITE_ARTICLES.has(first.lower)
          ? latestGroupOfKind(this.speakers, collectiveHead)
          : undefined;
      const group = earlier ?? this.registry.entityFor(phraseName(words), 'collective');
      // "Polizei warnt vor …": one word without an article, as headlines write (see below)
      if (words.length === 1 && number !== 'plural' && !earlier) this.registry.namedAlone(group);
      return { speaker: this.unnamedRole(group, words, roleToken), how: 'collective' };
    }
    // "die Sprecherin", "der Minister": a definite role noun alone takes up someone named before
    const roleAgain =
      roleToken && words.length === 2 && DEFINITE_ARTICLES.has(first.lower) ? roleToken : undefined;
    // "sagte die Sprecherin" after "eine Sprecherin der Polizei": the same spokeswoman, for the same group
    const spokesperson = roleAgain && this.spokespersonAgain(roleAgain);
    if (spokesperson) return { speaker: spokesperson, how: 'collective' };
    // "Analysten erwarten …": a role with a plural verb is several people, none of those named before
    if (roleToken && !owner && !INDEFINITE_ARTICLES.has(first.lower) && number !== 'plural') {
      const person = this.personWithRole(roleToken);
      if (person) return { speaker: person, how: 'role' };
    }
    // "sagte der Sprecher" after "nach Angaben eines Polizeisprechers": the same person, whom the text does not name
    const unnamedAgain = roleAgain && latestGroupOfKind(this.speakers, roleAgain);
    if (unnamedAgain && roleWord(unnamedAgain.name.toLowerCase()))
      return { speaker: unnamedAgain, how: 'collective' };
    if (head) {
      const group = this.registry.entityFor(phraseName(words), 'collective');
      // "Kanzler: „…“", "Papst warnt vor …": a role without an article, as headlines write, is one person whom the
      // text names later ("der Bundeskanzler" may be another than the one named later: "… als Bundeskanzler Kohl")
      // "Polizei warnt vor …": a group named by one word without an article, as headlines write, is the group the
      // text names in full later ("Die Polizei in Nordrhein-Westfalen")
      if (words.length === 1 && number !== 'plural') this.registry.namedAlone(group);
      return { speaker: this.unnamedRole(group, words, roleToken), how: 'collective' };
    }
    return undefined;
  }

  /**
   * The group a spokesperson named by `words` speaks for, called `name` ({@link groupSpokenFor}); remembered with the
   * spokesperson's gender for a later "die Sprecherin".
   */
  private spokespersonOf(name: string, words: readonly Token[], role: Token): SpeakerEntity {
    const group = this.registry.entityFor(name, 'collective');
    this.lastSpokesperson = { group, gender: roleGender(role.text) };
    return this.unnamedRole(group, words, role);
  }

  /** The group of the latest spokesperson named with a group, when `role` is a spokesperson of their gender. */
  private spokespersonAgain(role: Token): SpeakerEntity | undefined {
    const last = this.lastSpokesperson;
    return last && isSpokesperson(role) && roleGender(role.text) === last.gender ? last.group : undefined;
  }

  /**
   * "ein Regierungssprecher", "eine Sprecherin der Bahn": a phrase that opens with "ein"/"eine" and its role names
   * one person the text does not name, whom a later "er" or "sie" of the same gender takes up before anyone named
   * earlier. `speaker` is returned as it is.
   */
  private unnamedRole(
    speaker: SpeakerEntity,
    words: readonly Token[],
    role: Token | undefined,
  ): SpeakerEntity {
    const opener = words[0]?.lower;
    if (!role || words[1] !== role || (opener !== 'ein' && opener !== 'eine')) return speaker;
    const gender = roleGender(role.text) ?? roleGenderAt(words, 1);
    if (gender && !speaker.gender) speaker.gender = gender;
    this.unnamed.add(speaker);
    return speaker;
  }

  /** The speaker "er", "sie" or a possessive refers to (`./pronoun-antecedents.ts`). */
  private pronounAntecedent(
    pronoun: string | undefined,
    number?: GrammaticalNumber,
  ): SpeakerEntity | undefined {
    const unnamed = this.latest && this.unnamed.has(this.latest) ? this.latest : undefined;
    const recent = [unnamed, this.lastNamed, this.lastPerson, this.speakers[this.speakers.length - 1]];
    return pronounAntecedent(recent, this.speakers, pronoun, number);
  }

  /**
   * The person a role noun refers back to ("der Minister"): the latest person with that role ("Innenminister"
   * for "Minister"), or the latest person when their role is not known; none when the latest person has another
   * role ("die Sprecherin" after "Ministerin Anna Berger" is someone else).
   */
  private personWithRole(role: Token): SpeakerEntity | undefined {
    const noun = role.lower.replace(/^.*-/, '');
    const last = this.lastPerson;
    // "Die vielen Passagen … , sagte der Dekan": a role takes up a person the text has named, not a common noun
    const known = last && (last.role !== undefined || this.named.has(last));
    if (known && (roleFits(last, noun) || GENERIC_ROLES.has(noun))) return last;
    // "sagte der Norweger", "die Französin": news names a person again by nationality, whatever their role
    if (isDemonym(noun)) return latestOfGender(this.speakers, roleGender(role.text));
    const holder = latestWithRole(this.speakers, noun);
    if (holder) return holder;
    // "sagte der CDU-Chef" after "Bundeskanzler Friedrich Merz": a party's or body's abbreviation before the role
    // describes a person the text has named, by a second office
    const epithet = ABBREVIATION_BEFORE_ROLE.test(role.text) && known && this.named.has(last);
    const gender = roleGender(role.text);
    const lastGender = last?.gender ?? (last?.role === undefined ? undefined : roleGender(last.role));
    return epithet && (!gender || !lastGender || gender === lastGender) ? last : undefined;
  }
}
