/**
 * Nouns that name a person: by role ("der Generalsekretär", "die Sprecherin"), as an agent ("Erzieherin"), by
 * nationality ("der Norweger"), or several people ("die Befragten"). Matching is by the end of the lower-cased word,
 * so compounds are covered: "US-Verteidigungsminister" ends in "minister". Groups and media are in
 * `./group-nouns.ts`, pronouns, determiners and the other nouns the speaker rules need in `./nouns.ts`.
 */
import { endingSet, type EndingSet } from './endings';

/** Endings of nouns that name a person by role: "der Generalsekretär", "die Sprecherin", "der US-Beamte". */
// prettier-ignore
export const ROLE_ENDINGS: EndingSet = endingSet([
  'minister', 'ministerin', 'präsident', 'präsidentin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'kanzler',
  'kanzlerin', 'sekretär', 'sekretärin', 'leiter', 'leiterin', 'direktor', 'direktorin', 'vorsitzende',
  'vorsitzender', 'beamte', 'beamter', 'beamtin', 'experte', 'expertin', 'politiker', 'politikerin',
  'abgeordnete', 'abgeordneter', 'botschafter', 'botschafterin', 'bürgermeister', 'bürgermeisterin',
  'general', 'kommandeur', 'trainer', 'trainerin', 'anwalt', 'anwältin', 'richter', 'richterin', 'professor',
  'professorin', 'analyst', 'analystin', 'manager', 'managerin', 'gründer', 'gründerin', 'autor', 'autorin',
  'zeuge', 'zeugin', 'polizist', 'polizistin', 'arzt', 'ärztin', 'vertreter', 'vertreterin', 'kandidat',
  'kandidatin', 'senator', 'senatorin', 'gouverneur', 'premier', 'könig', 'königin', 'papst', 'bischof',
  'kardinal', 'berater', 'beraterin', 'ökonom', 'ökonomin', 'wissenschaftler', 'wissenschaftlerin',
  'forscher', 'forscherin', 'historiker', 'journalist', 'journalistin', 'reporter', 'korrespondent',
  'diplomat', 'diplomatin', 'offizier', 'soldat', 'oberst', 'kapitän', 'pilot', 'staatsanwalt',
  'staatsanwältin', 'verteidiger', 'angeklagte', 'angeklagter', 'führer', 'führerin', 'funktionär',
  'aktivist', 'aktivistin', 'chefredakteur', 'redakteur', 'vizekanzler', 'premierminister', 'fürst', 'prinz',
  'prinzessin', 'scheich', 'imam', 'pfarrer', 'ministerpräsident', 'ministerpräsidentin',
  'bundespräsident', 'mitglied', 'spieler', 'spielerin', 'stürmer', 'torwart', 'sportler', 'sportlerin',
  'fahrer', 'fahrerin', 'schauspieler', 'schauspielerin', 'sänger', 'sängerin', 'musiker', 'künstler',
  'schriftsteller', 'regisseur', 'unternehmer', 'inhaber', 'besitzer', 'eigentümer', 'mitarbeiter',
  'mitarbeiterin', 'kollege', 'kollegin', 'ehefrau', 'ehemann', 'vater', 'mutter', 'sohn', 'tochter',
  'bruder', 'schwester', 'witwe', 'mediziner', 'ermittler', 'kommissar',
  'kommissarin', 'staatssekretär', 'staatssekretärin', 'oberbürgermeister', 'landrat', 'sheriff', 'feldwebel',
  'hauptmann', 'major', 'admiral', 'ingenieur', 'techniker', 'lehrer', 'lehrerin', 'student', 'studentin',
  'schüler', 'bewohner', 'anwohner', 'augenzeuge', 'augenzeugin', 'überlebende', 'überlebender', 'betroffene',
  'opfer', 'täter', 'verdächtige', 'verdächtiger', 'häftling', 'gefangene', 'rebellenführer',
  'oppositionsführer', 'herausforderer', 'amtsinhaber', 'nachfolger', 'vorgänger', 'vorgängerin',
  'nachfolgerin', 'koordinator', 'investor', 'initiator', 'kurator', 'inspektor', 'diktator', 'prokurist',
  'beauftragte', 'beauftragter', 'delegierte', 'gesandte', 'gesandter',
  'vermittler', 'unterhändler', 'chefunterhändler', 'sprecherin', 'frau', 'junge', 'mädchen', 'herr',
  // "-mann" only in these compounds ("Mann" alone is in ROLE_WORDS): most words in "-mann" are surnames
  'ehemann', 'geschäftsmann', 'feuerwehrmann', 'fachmann', 'staatsmann', 'obmann', 'landsmann',
  'kameramann', 'seemann', 'wachmann', 'vertrauensmann', 'strohmann', 'hintermann', 'gewährsmann',
  'sicherheitsmann', 'polizeimann', 'geschäftsfrau',
  'pastor', 'rabbiner', 'dalai', 'ayatollah', 'moderator', 'moderatorin', 'kommentator', 'kommentatorin',
  'intendant', 'intendantin', 'dekan', 'dekanin', 'rektor', 'rektorin', 'physiker', 'physikerin', 'chemiker',
  'chemikerin', 'ankläger', 'anklägerin', 
  'historikerin', 'astronaut', 'astronautin', 'landwirt', 'oberhaupt',
  'gewerkschafter', 'gewerkschafterin', 'bürgerrechtler', 'bürgerrechtlerin', 'menschenrechtler',
  'menschenrechtlerin', 'komponist', 'komponistin', 'dirigent', 'dirigentin', 'philosoph', 'philosophin',
  'mandant', 'mandantin', 'dezernent', 'dezernentin', 'referent', 'referentin', 'dozent', 'dozentin', 'kläger',
  'klägerin', 'kämmerer', 'kämmerin', 'verwalter', 'verwalterin', 'sachwalter', 'sachwalterin',
  'coach',
  // "Fraktionsvize", "Parteivize": a deputy
  'vize',
  // "Stadträtin", "Gemeinderätin": a woman on a council ("der Stadtrat" is also the council itself)
  'rätin',
  // "Biologe", "Soziologin": a scholar of an "-ologie"; "Juristin", "Pianistin": the feminine in "-istin" names a
  // person whatever its stem (the masculine "-ist" is also "Frist", "Zeitgeist")
  'ologe', 'ologin', 'istin',
  // "der 52-Jährige", "die Minderjährige": a person named by age
  'jährige', 'jähriger',
  // employees and midwives, in reports of crimes and births: "der 54-jährige Angestellte", "die Hebamme Anna Kühn"
  'angestellte', 'angestellter', 'hebamme',
]);

/**
 * Role nouns of women that do not end in the feminine "-in": "die Mutter", "die Witwe"; lower case, compounds ending
 * in one count too ("Geschäftsfrau").
 */
// prettier-ignore
export const FEMININE_ROLE_ENDINGS: EndingSet = endingSet([
  'frau', 'mutter', 'tochter', 'schwester', 'witwe', 'mädchen',
]);

/**
 * Role nouns that name a man or a woman alike: the nominalised adjectives and participles in "-e" ("die/der
 * Vorsitzende", "Abgeordnete", "Beamte" is left out: "die Beamtin"), and neuter nouns ("das Mitglied", "das Opfer").
 */
// prettier-ignore
export const EITHER_GENDER_ROLE_ENDINGS: EndingSet = endingSet([
  'vorsitzende', 'abgeordnete', 'angeklagte', 'überlebende', 'betroffene', 'verdächtige', 'beauftragte',
  'delegierte', 'gefangene', 'mitglied', 'opfer', 'oberhaupt', 'häftling', 'angehörige', 'jährige',
]);

/**
 * The endings of German agent nouns, which name a person by what they do: "Erzieher", "Erzieherin", "Organisator",
 * "Aktivistin", "Demonstrant", "Student", "Ingenieur", "Sekretär", "Informatiker", "Soziologe". Read only where a
 * noun is known to stand before a person's name ("die Erzieherin Miriam Koch"), never to find nouns.
 */
// prettier-ignore
export const AGENT_NOUN_ENDINGS: EndingSet = endingSet([
  'er', 'erin', 'or', 'orin', 'ist', 'istin', 'ant', 'antin', 'ent', 'entin', 'eur', 'eurin', 'är', 'ärin',
  'iker', 'ikerin', 'loge', 'login',
]);

/** Roles whose holder speaks for a group: "die Sprecherin der Stadtwerke" speaks for the Stadtwerke. */
export const SPOKESPERSON_ROLES: EndingSet = endingSet(['sprecher', 'sprecherin']);

/**
 * Role nouns that count only as whole words, since surnames end in them: "Mann" but not "Neumann", "Emir" but not
 * "Özdemir".
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(['mann', 'männer', 'emir']);

/**
 * Role nouns that are common surnames too, lower case: after a first name and before no other name they are the
 * surname ("Anna Richter", "Birgit Prinz"), before a name the role ("König Felipe").
 */
// prettier-ignore
export const SURNAME_ROLES: ReadonlySet<string> = new Set([
  'richter', 'könig', 'fürst', 'prinz', 'bischof', 'papst', 'kanzler', 'pfarrer', 'major', 'general', 'herzog',
  'graf', 'vogt', 'meister', 'kaiser',
]);

/**
 * Nouns of nationality, masculine and feminine, lower case: "der Norweger Ole Halvorsen" has a nationality as his
 * role, and "sagte der Norweger" takes up the person named before, as news writes. Only the nouns that are no
 * adjective too: "Schweizer" and "Luxemburger" also stand before any noun ("der Schweizer Konzern"), "Deutsche"
 * opens "Deutsche Bahn"; German regions' nouns are surnames as often ("Hesse", "Bayer", "Sachse").
 */
// prettier-ignore
export const DEMONYMS: ReadonlySet<string> = new Set([
  'amerikaner', 'amerikanerin', 'kanadier', 'kanadierin', 'mexikaner', 'mexikanerin', 'brasilianer',
  'brasilianerin', 'argentinier', 'argentinierin', 'chilene', 'chilenin', 'kolumbianer', 'kolumbianerin',
  'venezolaner', 'venezolanerin', 'kubaner', 'kubanerin', 'brite', 'britin', 'engländer', 'engländerin', 'schotte',
  'schottin', 'ire', 'irin', 'waliser', 'waliserin', 'franzose', 'französin', 'spanier', 'spanierin', 'portugiese',
  'portugiesin', 'italiener', 'italienerin', 'grieche', 'griechin', 'niederländer', 'niederländerin', 'belgier',
  'belgierin', 'österreicher', 'österreicherin', 'däne', 'dänin', 'schwede', 'schwedin', 'norweger', 'norwegerin',
  'finne', 'finnin', 'isländer', 'isländerin', 'pole', 'polin', 'tscheche', 'tschechin', 'slowake', 'slowakin',
  'ungar', 'ungarin', 'rumäne', 'rumänin', 'bulgare', 'bulgarin', 'kroate', 'kroatin', 'serbe', 'serbin',
  'slowene', 'slowenin', 'albaner', 'albanerin', 'russe', 'russin', 'ukrainer', 'ukrainerin', 'litauer',
  'litauerin', 'lette', 'lettin', 'georgier', 'georgierin', 'armenier', 'armenierin', 'türke', 'türkin', 'israeli',
  'palästinenser', 'palästinenserin', 'libanese', 'libanesin', 'syrer', 'syrerin', 'iraker', 'irakerin', 'iraner',
  'iranerin', 'afghane', 'afghanin', 'pakistaner', 'pakistanerin', 'inder', 'inderin', 'chinese', 'chinesin',
  'japaner', 'japanerin', 'koreaner', 'koreanerin', 'südkoreaner', 'südkoreanerin', 'nordkoreaner',
  'nordkoreanerin', 'vietnamese', 'vietnamesin', 'australier', 'australierin', 'neuseeländer', 'neuseeländerin',
  'ägypter', 'ägypterin', 'marokkaner', 'marokkanerin', 'algerier', 'algerierin', 'tunesier', 'tunesierin',
  'nigerianer', 'nigerianerin', 'kenianer', 'kenianerin', 'äthiopier', 'äthiopierin', 'südafrikaner',
  'südafrikanerin', 'ghanaer', 'ghanaerin', 'senegalese', 'senegalesin', 'kongolese', 'kongolesin',
]);

/**
 * Whether a lower-case word is a noun of nationality ({@link DEMONYMS}) in any case: "des Norwegers", "dem
 * Franzosen"; after a hyphen its last part ("US-Amerikaner").
 */
export function isDemonym(lower: string): boolean {
  const word = lower.slice(lower.lastIndexOf('-') + 1);
  if (DEMONYMS.has(word)) return true;
  if (word.endsWith('s') && DEMONYMS.has(word.slice(0, -1))) return true;
  return word.endsWith('n') && DEMONYMS.has(word.slice(0, -1)) && word.slice(0, -1).endsWith('e');
}

/**
 * Nouns for people that are plural by their form after "die" ("die Befragten", "die Verletzten"; the singular is
 * "die Befragte") or always ("die Ärzte", "die Eltern"); lower case.
 */
// prettier-ignore
export const PLURAL_PEOPLE: ReadonlySet<string> = new Set([
  'befragten', 'verletzten', 'beteiligten', 'angeklagten', 'betroffenen', 'angehörigen', 'beschäftigten',
  'jugendlichen', 'verdächtigen', 'überlebenden', 'abgeordneten', 'vorsitzenden', 'delegierten', 'gefangenen',
  'ärzte', 'leute', 'fachleute', 'eltern', 'kinder', 'menschen', 'frauen', 'männer',
]);

/** Role nouns that can stand for anyone in office: "der Beamte" after "Innenministerin Karin Vogt". */
// prettier-ignore
export const GENERIC_ROLES: ReadonlySet<string> = new Set([
  'beamte', 'beamter', 'beamtin', 'politiker', 'politikerin', 'mann', 'frau', 'herr', 'funktionär',
  'funktionärin', 'amtsträger', 'amtsinhaber', 'amtsinhaberin', 'diplomat', 'diplomatin', 'regierungschef',
  'regierungschefin', 'staatschef', 'staatschefin', 'kollege', 'kollegin', 'vertreter', 'vertreterin',
  // "sagte der 52-Jährige" after "Trainer Steffen Baumgart": news names a person again by their age
  'jährige', 'jähriger',
]);

/**
 * Endings of feminine nouns for people, singular and plural: "-in" after the suffixes that make nouns of agents
 * and holders ("Pilgerin", "Seniorin", "Aktivistin", "Studentin", "Demonstrantin", "Friseurin"). A noun in "-in"
 * otherwise may be a thing ("Medizin", "Termin", "Benzin").
 */
export const FEMININE_PERSON_ENDINGS: EndingSet = endingSet([
  'erin',
  'orin',
  'istin',
  'antin',
  'entin',
  'eurin',
  'erinnen',
  'orinnen',
  'istinnen',
  'antinnen',
  'entinnen',
  'eurinnen',
]);
