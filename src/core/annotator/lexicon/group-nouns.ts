/**
 * Nouns that name a group speaking as one: organisations ("Bundesregierung" ends in "regierung"), bodies named by
 * their members or their place, countries and capitals that speak for their governments, and media. Persons are in
 * `./person-nouns.ts`.
 */
import { endingSet, type EndingSet } from './endings';

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

/** Heads of phrases after those prepositions that are no medium: "im Jahr", "in diesem Zusammenhang". */
// prettier-ignore
export const NOT_MEDIA: ReadonlySet<string> = new Set([
  'jahr', 'jahre', 'jahren', 'monat', 'woche', 'zusammenhang', 'hinblick', 'anschluss', 'folge', 'ergebnis',
  'namen', 'rahmen', 'verlauf', 'laufe', 'zuge', 'gegensatz', 'übrigen', 'wesentlichen', 'allgemeinen',
  'vergleich', 'zukunft', 'vergangenheit', 'moment', 'augenblick', 'sinne', 'gespräch',
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
