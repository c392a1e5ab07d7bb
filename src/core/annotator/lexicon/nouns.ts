/**
 * Words the speaker rules need to tell a name from a role, an organisation or a pronoun. Matching is by the end
 * of the lower-cased word, so compounds are covered: "US-Verteidigungsminister" ends in "minister",
 * "Bundesregierung" in "regierung".
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
 * Bodies whose members are called as the body is: "der Vorstand" decides, "Personalvorstand Gunnar Berg" is one of
 * its members, as "Betriebsrat Jens Roth" is of "der Betriebsrat", "Stadtrat Ole Beck" of "der Stadtrat".
 */
export const MEMBER_NAMED_BODIES: EndingSet = endingSet(['vorstand', 'rat']);

/**
 * Public institutions named by their kind and their place ("die Universität Kiel", "das Landgericht Bremen", "die
 * Polizei Hamburg"): the name after them is a place, not the institution's own name, which a company, a foundation
 * or an association has ("die Firma Brandt", "die Stiftung Seeblick").
 */
// prettier-ignore
export const PLACE_NAMED_INSTITUTIONS: EndingSet = endingSet([
  'universität', 'hochschule', 'gericht', 'klinikum', 'klinik', 'krankenhaus', 'polizei', 'staatsanwaltschaft',
  'feuerwehr', 'flughafen', 'amt', 'ministerium', 'regierung', 'verwaltung', 'rathaus', 'direktion',
  'polizeipräsidium', 'polizeiinspektion',
]);

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

/** Endings of nouns that name a group speaking as one: "die Bundesregierung", "die Polizei", "das Ministerium". */
// prettier-ignore
export const ORGANISATION_ENDINGS: EndingSet = endingSet([
  'regierung', 'ministerium', 'polizei', 'behörde', 'behörden', 'staatsanwaltschaft', 'gericht',
  'gerichtshof', 'partei', 'fraktion', 'verband', 'bund', 'gewerkschaft', 'unternehmen', 'konzern', 'firma', 'bank',
  'agentur', 'zeitung', 'sender', 'armee', 'militär', 'bundeswehr', 'kommission', 'parlament', 'bundestag',
  'bundesrat', 'senat', 'kongress', 'verwaltung', 'universität', 'institut', 'organisation', 'bündnis',
  // "die Bürgerliste", "die Liste Pilz": a list that stands for election is a group
  'liste',
  // the agencies named after what they protect ("der Verfassungsschutz warnte"); "Umweltschutz", "Datenschutz" name
  // a cause, not an agency
  'verfassungsschutz', 'zivilschutz', 'katastrophenschutz', 'grenzschutz', 'bevölkerungsschutz',
  'allianz', 'opposition', 'feuerwehr', 'kreml', 'amt', 'dienst', 'geheimdienst', 'führung', 'leitung',
  // "die Polizeidirektion Lübeck", "das Polizeipräsidium München"
  'direktion', 'polizeipräsidium', 'polizeiinspektion',
  // "die Kassenärztliche Vereinigung", "die Vereinigung Cockpit"
  'vereinigung',
  'vorstand', 'gruppe', 'koalition', 'union', 'kirche', 'vatikan', 'verein', 'klub', 'club', 'veranstalter',
  'betreiber', 'hersteller', 'magazin', 'blatt', 'fernsehen', 'rundfunk', 'nachrichtenagentur',
  'staatsmedien', 'medien', 'ministerien', 'rat', 'komitee', 'ausschuss', 'gremium', 'stiftung', 'kammer',
  'bundesanwaltschaft', 'anwaltschaft', 'gemeinde', 'stadt', 'land', 'staaten', 'regime', 'miliz', 'rebellen', 'taliban',
  'streitkräfte', 'truppen', 'sicherheitskräfte', 'ermittler', 'experten', 'forscher', 'wissenschaftler',
  'kritiker', 'beobachter', 'anwohner', 'augenzeugen', 'ärzte', 'helfer', 'retter', 'demonstranten',
  'aktivisten', 'umweltschützer', 'gegner', 'befürworter', 'veranstalter', 'organisatoren', 'statistik',
  'amtes', 'ministeriums', 'konferenz', 'gipfel', 'weltbank', 'zentralbank', 'notenbank', 'fonds',
  'rotes kreuz', 'unicef', 'greenpeace', 'who', 'nato', 'uno', 'un', 'eu', 'opec', 'iaea', 'osze', 'ezb',
  'iwf', 'fifa', 'uefa', 'dfb', 'ioc', 'spd', 'cdu', 'csu', 'fdp', 'afd', 'grüne', 'grünen', 'linke',
  'linkspartei', 'hamas', 'hisbollah', 'bundesregierung', 'weißes haus', 'pentagon', 'botschaft', 'konsulat',
  'team', 'mannschaft', 'familie', 'angehörige', 'angehörigen', 'schule', 'klinik', 'krankenhaus',
  'flughafen', 'airline', 'fluggesellschaft', 'bahn', 'post', 'börse', 'studie', 'bericht', 'umfrage',
  // "die Techniker Krankenkasse", "das Landeshochwasserzentrum", "die Kunsthochschule"
  'kasse', 'zentrum', 'museum', 'akademie', 'hochschule', 'genossenschaft',
  // "der Anbieter", "der Energieversorger": the company that supplies something
  'anbieter', 'versorger',
  // plurals: "Umweltverbände kritisierten …", "die Oppositionsparteien", "mehrere Gewerkschaften"
  'verbände', 'parteien', 'gewerkschaften', 'organisationen', 'regierungen', 'konzerne', 'banken', 'firmen',
  'vereine', 'fraktionen', 'kliniken', 'zeitungen',
  // "aus Regierungskreisen", "aus Kreisen der Koalition": the circles of a group speak for it
  'kreise', 'kreisen',
]);

/**
 * Endings of nouns, besides roles and organisations, for what can speak or be quoted from: people ("Anwohner",
 * "Passagiere", "Jugendliche"), media ("Spiegel", "Tagesschau") and statements and documents that a quotation
 * comes from ("Erklärung", "Positionspapier", "Polizeiangaben"). Plurals of roles are found by stripping the
 * plural ending, so "Präsidenten" needs no entry.
 */
// prettier-ignore
export const SPEAKING_NOUN_ENDINGS: EndingSet = endingSet([
  // people
  'leute', 'menschen', 'befragte', 'befragten', 'bürger', 'bürgerin', 'kinder', 'eltern', 'frauen', 'männer', 'jugendliche',
  'jugendlichen', 'einwohner', 'einwohnerin', 'passagier', 'passagiere', 'gast', 'gäste', 'fan', 'fans',
  'zuschauer', 'besucher', 'teilnehmer', 'teilnehmerin', 'kunde', 'kunden', 'kundin', 'nutzer', 'nutzerin',
  'wähler', 'wählerin', 'arbeiter', 'arbeiterin', 'angestellte', 'angestellter', 'beschäftigte', 'mieter',
  'händler', 'bauer', 'bauern', 'kläger', 'klägerin', 'anhänger', 'anhängerin', 'unterstützer', 'bewerber',
  'mediziner', 'pfleger', 'patient', 'patientin', 'verbraucher', 'ärzte', 'mönche', 'mönch', 'priester',
  'polizisten', 'nachbar', 'nachbarin', 'nachbarn', 'freund', 'freundin', 'freunde', 'mann', 'männer',
  'person', 'personen', 'sachse', 'sachsen', 'franzose', 'franzosen', 'brite', 'briten', 'russe', 'russen',
  'chinese', 'chinesen', 'amerikaner', 'amerikanerin', 'europäer', 'kanadier', 'italiener', 'ukrainer',
  'israeli', 'israelis', 'palästinenser', 'türke', 'türken', 'deutsche', 'deutschen', 'seite', 'seiten',
  'team', 'crew', 'besatzung', 'publikum', 'menge', 'menschenmenge', 'lager', 'kreise', 'kreisen',
  'randalierer', 'demonstrant', 'demonstrantin', 'hacker', 'herausgeber', 'verfasser', 'verfasserin',
  'juror', 'juroren', 'jury', 'meteorologe', 'meteorologen', 'richterin', 'schüler', 'schülerin',
  'student', 'studierende', 'studierenden', 'lehrkräfte', 'fachleute', 'insider', 'kenner', 'skeptiker',
  'verantwortliche', 'verantwortlichen', 'willige', 'williger', 'willigen', 'ombudsman', 'ombudsmann',
  'verteidigung', 'staat', 'tribunal', 'zentrale', 'direktion', 'gemeinschaft', 'verlag', 'bewegung',
  'vereinigung', 'vertretung', 'delegation', 'taz', 'missionar', 'rechnungshof', 'länder', 'bundesländer', 'kabinett', 'junta', 'streife',
  'gesellschaft', 'sponsor', 'provider', 'mission',
  // media
  'spiegel', 'focus', 'stern', 'tagesschau', 'tagesthemen', 'nachrichten', 'presse', 'kurier', 'rundschau',
  'anzeiger', 'tageszeitung', 'wochenzeitung', 'onlineausgabe', 'online-ausgabe', 'portal',
  'nachrichtenportal', 'website', 'webseite', 'homepage', 'internetseite', 'fachblatt', 'fachzeitschrift',
  'zeitschrift', 'wochenmagazin', 'nachrichtenmagazin', 'newsletter', 'blog', 'kanal', 'radio', 'tv',
  // statements and documents
  'angaben', 'aussage', 'aussagen', 'erklärung', 'erklärungen', 'mitteilung', 'pressemitteilung',
  'stellungnahme', 'bericht', 'berichte', 'berichten', 'berichts', 'meldung', 'meldungen', 'studie',
  'studien', 'umfrage', 'untersuchung', 'analyse', 'gutachten', 'papier', 'schreiben', 'brief', 'artikel',
  'kommentar', 'interview', 'rede', 'ansprache', 'resolution', 'beschluss', 'urteil', 'antrag', 'gesetz',
  'gesetzentwurf', 'entwurf', 'vertrag', 'abkommen', 'dokument', 'memorandum', 'protokoll', 'bekanntmachung',
  'veröffentlichung', 'information', 'informationen', 'quelle', 'quellen', 'schätzung', 'schätzungen',
  'einschätzung', 'berechnungen', 'prognose', 'darstellung', 'darstellungen', 'ansicht', 'auffassung',
  'meinung', 'überzeugung', 'worte', 'worten', 'fazit', 'bilanz', 'tenor', 'appell', 'aufruf', 'warnung',
  'bekennerschreiben', 'ermittlungen', 'erkenntnisse', 'erkenntnissen', 'ergebnis', 'ergebnisse',
  'ergebnissen', 'planungen', 'statistik', 'verlautbarung', 'botschaft', 'videobotschaft', 'ankündigung',
  'zitat', 'tweet', 'post', 'anweisung', 'anordnung', 'satz', 'text', 'test', 'lesart', 'version',
  'begründung', 'urteilsbegründung', 'klage', 'anklage', 'anklageschrift', 'stimme', 'stimmen', 'haltung',
  'position', 'erkenntnisstand', 'auswertung', 'befund', 'befunde',
]);

/** Countries and capitals that often speak for their governments ("Moskau erklärte"); lower case. */
// prettier-ignore
export const PLACES: ReadonlySet<string> = new Set([
  'russland', 'moskau', 'ukraine', 'kiew', 'usa', 'washington', 'china', 'peking', 'deutschland', 'berlin',
  'frankreich', 'paris', 'großbritannien', 'london', 'israel', 'iran', 'teheran', 'türkei', 'ankara',
  'brüssel', 'japan', 'tokio', 'indien', 'neu-delhi', 'polen', 'warschau', 'italien', 'rom', 'spanien',
  'madrid', 'österreich', 'wien', 'schweiz', 'bern', 'nordkorea', 'pjöngjang', 'südkorea', 'seoul', 'syrien',
  'damaskus', 'irak', 'bagdad', 'afghanistan', 'kabul', 'pakistan', 'islamabad', 'ägypten', 'kairo',
  'griechenland', 'athen', 'ungarn', 'budapest', 'slowakei', 'georgien', 'tiflis', 'belarus', 'minsk',
  'serbien', 'belgrad', 'kosovo', 'europa',
]);

/** Personal pronouns that can be the subject of a speech verb and refer back to a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie']);

/**
 * Personal pronouns in the dative, which "zufolge", "laut", "nach" and "gegenüber" govern ("Ihr zufolge", "laut
 * ihm"), with the nominative they stand for; "ihnen" is plural.
 */
export const DATIVE_PRONOUNS: ReadonlyMap<string, 'er' | 'sie'> = new Map([
  ['ihm', 'er'],
  ['ihr', 'sie'],
  ['ihnen', 'sie'],
]);

/** Articles, demonstratives and possessives that open a noun phrase. */
// prettier-ignore
export const DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'dieser',
  'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jene', 'sein', 'seine', 'seiner', 'seines', 'ihr', 'ihre',
  'ihrer', 'ihres', 'mehrere', 'einige', 'viele', 'beide', 'alle', 'zwei', 'drei', 'vier', 'fünf',
  'zahlreiche',
]);

/** Words that end the search for a speaker after a speech verb: prepositions, adverbs and conjunctions. */
// prettier-ignore
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'am', 'im', 'in', 'auf', 'vor', 'bei', 'gegenüber', 'während', 'nach', 'laut', 'zu', 'zum', 'zur', 'mit',
  'über', 'an', 'aus', 'für', 'gegen', 'seit', 'bis', 'unter', 'um', 'und', 'oder', 'aber', 'doch', 'dass',
  'ob', 'wie', 'als', 'weil', 'denn', 'auch', 'jedoch', 'außerdem', 'zudem', 'weiter', 'später', 'dazu',
  'daher', 'nun', 'bereits', 'noch', 'heute', 'gestern', 'morgen', 'so', 'dann', 'damals', 'inzwischen',
  'allerdings', 'zufolge', 'sich', 'es', 'man', 'nicht', 'nur', 'schon', 'ebenfalls', 'zuvor', 'kürzlich',
  'jetzt', 'einst', 'wörtlich', 'vorige', 'letzte', 'dort', 'hier', 'etwa', 'rund', 'mehr', 'wenig', 'dabei',
  'darauf', 'darüber', 'davon', 'dagegen', 'deshalb', 'deswegen', 'trotzdem', 'zunächst', 'erneut',
  'wiederum', 'ebenso', 'sowie', 'sondern', 'hinzu', 'zurück', 'fest', 'klar', 'hervor', 'vorher',
  'weiterhin', 'ferner', 'indes', 'unterdessen',
  // connectives that stand after the subject in the first place: "Die Ermittler hingegen sagen"
  'hingegen', 'indessen', 'seinerseits', 'ihrerseits',
]);

/** Endings of common nouns that are rarely names: "-ung", "-heit", "-schaft". */
// prettier-ignore
export const NOUN_ENDINGS: EndingSet = endingSet([
  'ung', 'heit', 'keit', 'schaft', 'tion', 'sion', 'tät', 'ismus',
  // "-nis" nouns by the consonant before it ("Ergebnis", "Bündnis", "Zeugnis"), so that "Dennis" or "Janis" stay names
  'bnis', 'dnis', 'fnis', 'gnis', 'hnis', 'lnis', 'mnis', 'rnis', 'snis', 'tnis', 'ment', 'tum', 'chen', 'tag',
  // "-enz" nouns by the letters before it, so that names such as "Lenz", "Benz" or "Lorenz" stay names
  'denz', 'tenz', 'uenz', 'ferenz', 'arenz', 'herenz', 'llenz', 'alenz', 'ulenz', 'genz', 'senz', 'nenz', 'venz',
  'menz', 'zenz', 'rrenz', 'ienz', 'jahr', 'zeit', 'woche', 'monat', 'stunde', 'ungen', 'ionen', 'gruppe',
  'land', 'staat', 'stadt',
  // the plurals of the endings above, and more endings of abstract nouns: "Ortschaften", "Maßnahmen", "Intoleranz"
  'heiten', 'keiten', 'schaften', 'täten', 'quote', 'quoten', 'nahme', 'nahmen', 'leranz', 'stanz', 'ilanz', 'itik',
]);

// prettier-ignore
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

/** Particles inside names: "Heike van Laak", "Karl zu Guttenberg". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'de',
  'da',
  'di',
  'del',
  'dos',
  'bin',
  'ibn',
  'al',
  'el',
  'zu',
  'ter',
  'ten',
  'le',
  'la',
]);

/** Name particles that are German prepositions too ("zu Beginn", "von Amts wegen"): a name only in context. */
export const GERMAN_PREPOSITION_PARTICLES: ReadonlySet<string> = new Set(['von', 'zu']);

/** Articles after a particle inside a name: "von der Leyen", "van den Berg", "de la Cruz". */
export const PARTICLE_ARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'la', 'le']);

/**
 * Nouns in "-er" that name no one; most nouns in "-er" ("-ern" in the dative plural) name people by what they do
 * ("Prüfer", "Gutachter", "Kläger", "Hongkonger").
 */
// prettier-ignore
export const THINGS_IN_ER: ReadonlySet<string> = new Set([
  'computer', 'fenster', 'wasser', 'zimmer', 'theater', 'messer', 'körper', 'sommer', 'winter', 'keller',
  'koffer', 'fieber', 'zucker', 'hunger', 'lager', 'ufer', 'feuer', 'alter', 'muster', 'kloster', 'register',
  'charakter', 'kalender', 'meter', 'kilometer', 'liter', 'filter', 'poster', 'container', 'schalter', 'laser',
  'pflaster', 'puffer', 'kupfer', 'silber', 'leder', 'pfeffer', 'finger', 'wetter', 'gewitter', 'zentimeter',
  'januar', 'februar', 'september', 'oktober', 'november', 'dezember', 'ruder', 'eimer', 'hammer',
  'wunder', 'zauber', 'schauder', 'kader', 'sektor', 'faktor', 'motor', 'reaktor', 'ordner', 'teller',
  'becher', 'schleier', 'panzer', 'bunker', 'futter',
]);

/** {@link THINGS_IN_ER} as endings: their compounds name no one either ("Stadttheater", "Küchenmesser"). */
export const THINGS_IN_ER_ENDINGS: EndingSet = endingSet([...THINGS_IN_ER]);

/** Heads of phrases after those prepositions that are no medium: "im Jahr", "in diesem Zusammenhang". */
// prettier-ignore
export const NOT_MEDIA: ReadonlySet<string> = new Set([
  'jahr', 'jahre', 'jahren', 'monat', 'woche', 'zusammenhang', 'hinblick', 'anschluss', 'folge', 'ergebnis',
  'namen', 'rahmen', 'verlauf', 'laufe', 'zuge', 'gegensatz', 'übrigen', 'wesentlichen', 'allgemeinen',
  'vergleich', 'zukunft', 'vergangenheit', 'moment', 'augenblick', 'sinne', 'gespräch',
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
 * Nouns for a share of a group: "40 Prozent (der Befragten)", "ein Drittel". As the subject of a view or a speech verb
 * they stand for the people in that share, so they can speak; they are no names. "Mehrheit" is left out: a majority
 * "spricht sich aus" as often in a vote as in words (on train: one more false reported statement, no speaker gained).
 */
// prettier-ignore
export const SHARE_NOUNS: ReadonlySet<string> = new Set([
  'prozent', 'hälfte', 'drittel', 'viertel', 'fünftel',
]);

/** Words of time that follow a verb without being its subject: "sagte heute Abend", "erklärte Montag". */
// prettier-ignore
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'abend', 'morgen', 'mittag', 'nachmittag', 'vormittag', 'nacht', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'anfang', 'ende', 'mitte',
]);

/** Nouns for a stretch of time, the head of a phrase that says when ("in der letzten Woche", "im vergangenen Jahr"). */
// prettier-ignore
export const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  'woche', 'wochen', 'monat', 'monaten', 'monats', 'jahr', 'jahren', 'jahres', 'tag', 'tagen', 'tages', 'zeit',
  'vergangenheit',
]);

/**
 * Endings only plural nouns have: the plurals of "-ung", "-heit", "-keit", "-schaft", "-ion", "-tät" and "-in"
 * ("Kündigungen", "Möglichkeiten", "Gewerkschaften", "Ministerinnen"), which a singular verb cannot have as subject.
 */
export const PLURAL_NOUN_ENDINGS: EndingSet = endingSet([
  'ungen',
  'heiten',
  'keiten',
  'schaften',
  'ionen',
  'täten',
  'innen',
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

/**
 * Endings of feminine nouns for a medium, which "der" opens in the genitive and in the dative alike: "sagte der
 * Minister der Zeitung" is said to the paper (`grammar/noun-phrases.ts`).
 */
// prettier-ignore
export const FEMININE_MEDIUM_ENDINGS: EndingSet = endingSet([
  'zeitung', 'zeitschrift', 'agentur', 'presse', 'illustrierte', 'wochenschrift',
]);

/**
 * Endings of roles that a medium can have, so that "der" and a medium after them is a genitive: "der Chefredakteur
 * der Zeitung", "eine Sprecherin der Agentur"; other persons take a medium after them as whom they spoke to.
 */
// prettier-ignore
export const MEDIUM_ROLE_ENDINGS: EndingSet = endingSet([
  'redakteur', 'redakteurin', 'herausgeber', 'herausgeberin', 'korrespondent', 'korrespondentin', 'reporter',
  'reporterin', 'journalist', 'journalistin', 'sprecher', 'sprecherin', 'leiter', 'leiterin', 'chef', 'chefin',
  'mitarbeiter', 'mitarbeiterin', 'autor', 'autorin', 'kolumnist', 'kolumnistin', 'verleger', 'verlegerin',
  'intendant', 'intendantin', 'geschäftsführer', 'geschäftsführerin', 'gründer', 'gründerin', 'inhaber',
  'inhaberin', 'eigentümer', 'eigentümerin', 'vertreter', 'vertreterin', 'direktor', 'direktorin',
]);
