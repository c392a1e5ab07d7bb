/**
 * The word lists the archive generator composes German-like news from: the project's own invented names, places,
 * topics and sentence frames (no corpus text). Frames use `{slot}` placeholders filled by `archive-generator.ts`.
 */

/** First names with the grammatical gender their role nouns take. */
export const FIRST_NAMES: readonly (readonly [name: string, gender: 'f' | 'm'])[] = [
  ['Anna', 'f'],
  ['Jonas', 'm'],
  ['Mira', 'f'],
  ['Tobias', 'm'],
  ['Leila', 'f'],
  ['Sven', 'm'],
  ['Ines', 'f'],
  ['Kofi', 'm'],
  ['Petra', 'f'],
  ['Pavel', 'm'],
  ['Rosa', 'f'],
  ['Emil', 'm'],
  ['Katrin', 'f'],
  ['Matthias', 'm'],
  ['Sabine', 'f'],
  ['Jürgen', 'm'],
  ['Aylin', 'f'],
  ['Florian', 'm'],
  ['Hanna', 'f'],
  ['Deniz', 'm'],
  ['Ulrike', 'f'],
  ['Ralf', 'm'],
  ['Johanna', 'f'],
  ['Bernd', 'm'],
  ['Miriam', 'f'],
  ['Stefan', 'm'],
  ['Renate', 'f'],
  ['Lukas', 'm'],
  ['Friederike', 'f'],
  ['Malte', 'm'],
  ['Gül', 'f'],
  ['Henrik', 'm'],
  ['Elif', 'f'],
  ['Wolfgang', 'm'],
  ['Svenja', 'f'],
  ['Olaf', 'm'],
  ['Carla', 'f'],
  ['Timo', 'm'],
  ['Nadine', 'f'],
  ['Björn', 'm'],
];

export const LAST_NAMES: readonly string[] = [
  'Berger',
  'Okafor',
  'Lindqvist',
  'Brandt',
  'Haddad',
  'Novak',
  'Keller',
  'Wiegand',
  'Sato',
  'Weiß',
  'Schröder',
  'Yilmaz',
  'Hoffmann',
  'Kowalski',
  'Albers',
  'Lorenz',
  'Petersen',
  'Demir',
  'Vogt',
  'Krämer',
  'Scholz',
  'Böhm',
  'Jansen',
  'Roth',
  'Lehmann',
  'Franke',
  'Hartmann',
  'Kaya',
  'Engel',
  'Winkler',
  'Seidel',
  'Kühn',
  'Marquardt',
  'Nowak',
  'Behrens',
  'Ziegler',
  'Graf',
  'Sommer',
  'Fuchs',
  'Pohl',
  'Ebert',
  'Thiele',
  'Hahn',
  'Busch',
  'Möller',
  'Vogel',
  'Jäger',
  'Özdemir',
  'Brenner',
  'Kessler',
];

/** Invented towns (so that no generated statement is attributed to a real place's real people). */
export const PLACES: readonly string[] = [
  'Lindau am See',
  'Kesselbach',
  'Oberwald',
  'Neuhafen',
  'Birkenstedt',
  'Rabenau',
  'Mühlhagen',
  'Sandberg',
  'Eichenfeld',
  'Talheim',
  'Wiesenburg',
  'Nordstrand',
  'Grünwalde',
  'Steinach',
  'Brückenau',
  'Falkenried',
  'Ostermoor',
  'Weidenthal',
  'Kranichfeld',
  'Seelingen',
];

/** Organisations that speak as one, with their article: `die Stadtwerke …` is plural and avoided. */
export const ORGANISATIONS: readonly (readonly [article: 'der' | 'die' | 'das', name: string])[] = [
  ['der', 'Mieterverein'],
  ['die', 'Industrie- und Handelskammer'],
  ['das', 'Umweltamt'],
  ['der', 'Verkehrsverbund'],
  ['die', 'Handwerkskammer'],
  ['die', 'Polizeidirektion'],
  ['die', 'Feuerwehr'],
  ['die', 'Staatsanwaltschaft'],
  ['der', 'Naturschutzbund'],
  ['der', 'Elternbeirat'],
  ['die', 'Hafenverwaltung'],
  ['das', 'Klinikum'],
  ['der', 'Sportverein'],
  ['die', 'Verbraucherzentrale'],
  ['der', 'Bauernverband'],
  ['das', 'Jobcenter'],
  ['die', 'Sparkasse'],
  ['der', 'Landkreis'],
  ['die', 'Kreisverwaltung'],
  ['der', 'Seniorenbeirat'],
  ['das', 'Bündnis für Klimaschutz'],
  ['die', 'Bürgerinitiative'],
];

/** Role nouns for persons: feminine and masculine form, then what follows (`{org}` or `{place}`). */
export const ROLES: readonly (readonly [female: string, male: string, of: string])[] = [
  ['Bürgermeisterin', 'Bürgermeister', 'von {place}'],
  ['Sprecherin', 'Sprecher', 'der {org}'],
  ['Vorsitzende', 'Vorsitzender', 'der {org}'],
  ['Stadträtin', 'Stadtrat', 'in {place}'],
  ['Landrätin', 'Landrat', 'des Kreises {place}'],
  ['Geschäftsführerin', 'Geschäftsführer', 'der {org}'],
  ['Fraktionschefin', 'Fraktionschef', 'im Rat von {place}'],
  ['Ministerin', 'Minister', 'für Verkehr'],
  ['Ministerin', 'Minister', 'für Umwelt'],
  ['Ministerin', 'Minister', 'für Finanzen'],
  ['Professorin', 'Professor', 'an der Hochschule {place}'],
  ['Pressesprecherin', 'Pressesprecher', 'der {org}'],
];

export const PARTIES: readonly string[] = ['SPD', 'CDU', 'Grüne', 'FDP', 'Linke', 'Freie Wähler', 'CSU'];

/**
 * Topics as noun phrases: gender (`m`, `f`, `n`), noun, its genitive singular, and a complement, so that every
 * case can be formed ("der Ausbau des Hafens", "den Ausbau …", "dem Ausbau …", "des Ausbaus …") and search has
 * inflected forms to fold ("Bündnis" / "Bündnisses").
 */
export const TOPICS: readonly (readonly [
  gender: 'm' | 'f' | 'n',
  noun: string,
  genitive: string,
  rest: string,
])[] = [
  ['m', 'Ausbau', 'Ausbaus', 'des Hafens'],
  ['f', 'Sanierung', 'Sanierung', 'der Nordbrücke'],
  ['m', 'Haushalt', 'Haushalts', 'für das kommende Jahr'],
  ['n', 'Bündnis', 'Bündnisses', 'für bezahlbares Wohnen'],
  ['f', 'Schließung', 'Schließung', 'des Hallenbads'],
  ['m', 'Neubau', 'Neubaus', 'der Gesamtschule'],
  ['f', 'Erhöhung', 'Erhöhung', 'der Grundsteuer'],
  ['n', 'Verkehrskonzept', 'Verkehrskonzepts', 'für die Innenstadt'],
  ['m', 'Windpark', 'Windparks', 'am Ostermoor'],
  ['f', 'Reform', 'Reform', 'der Müllabfuhr'],
  ['n', 'Klimaschutzgesetz', 'Klimaschutzgesetzes', 'des Landes'],
  ['m', 'Streik', 'Streiks', 'im Nahverkehr'],
  ['f', 'Umgehungsstraße', 'Umgehungsstraße', 'im Süden'],
  ['n', 'Krankenhaus', 'Krankenhauses', 'am Stadtrand'],
  ['m', 'Mietspiegel', 'Mietspiegels', 'der Stadt'],
  ['f', 'Digitalisierung', 'Digitalisierung', 'der Schulen'],
  ['n', 'Hochwasserschutzprogramm', 'Hochwasserschutzprogramms', 'am Fluss'],
  ['m', 'Radweg', 'Radwegs', 'entlang der Bahnlinie'],
  ['f', 'Fusion', 'Fusion', 'der beiden Sparkassen'],
  ['n', 'Gewerbegebiet', 'Gewerbegebiets', 'an der Autobahn'],
  ['m', 'Ticketpreis', 'Ticketpreises', 'im Regionalverkehr'],
  ['f', 'Ansiedlung', 'Ansiedlung', 'des Batteriewerks'],
  ['n', 'Tempolimit', 'Tempolimits', 'in Wohngebieten'],
  ['m', 'Abriss', 'Abrisses', 'der alten Markthalle'],
];

/** Groups that statements are about; a statement frame takes one in the nominative plural. */
export const GROUPS: readonly string[] = [
  'die Anwohner',
  'die Pendler',
  'viele Familien',
  'die Beschäftigten',
  'die Händler in der Innenstadt',
  'die Schülerinnen und Schüler',
  'ältere Menschen',
  'kleine Betriebe',
  'die Landwirte',
  'die Steuerzahler',
];

/** Direct statements, first person: `{nom}`, `{acc}`, `{dat}`, `{gen}` take the topic, `{group}` a group. */
export const DIRECT: readonly string[] = [
  'Wir werden {acc} bis zum Herbst auf den Weg bringen',
  'Für {group} ist {nom} eine große Belastung',
  'Ohne {acc} kommen wir in dieser Stadt nicht voran',
  'Das ist ein wichtiger Schritt für {group}',
  'Wir haben {acc} lange genug aufgeschoben',
  'Die Zahlen zeigen, dass {nom} wirkt',
  'Niemand kann ernsthaft gegen {acc} sein',
  'Ich erwarte, dass {group} bei {dat} gehört werden',
  'Die Kosten {gen} sind völlig aus dem Ruder gelaufen',
  'Wir stehen zu unserem Wort, auch bei {dat}',
  'So etwas habe ich in zwanzig Jahren nicht erlebt',
  'Das ist kein guter Tag für {group}',
  'Wir brauchen mehr Tempo, nicht noch ein Gutachten',
  'Am Ende zählt, was bei den Menschen ankommt',
];

/** Indirect statements in the subjunctive, as a clause after "sagte,". */
export const INDIRECT: readonly string[] = [
  '{nom} sei auf einem guten Weg',
  '{group} müssten stärker entlastet werden',
  'man habe {acc} gründlich geprüft',
  'die Kosten {gen} seien um {n} Prozent gestiegen',
  'eine Entscheidung über {acc} falle noch vor dem Sommer',
  'bei {dat} seien Fehler gemacht worden',
  'der Zeitplan für {acc} sei nicht mehr zu halten',
  'man werde {acc} notfalls vor Gericht stoppen',
  '{group} hätten ein Recht auf eine klare Antwort',
];

/** Verbs that introduce direct and indirect speech (third person singular, past). */
export const SPEECH_VERBS: readonly string[] = [
  'sagte',
  'erklärte',
  'betonte',
  'sagte',
  'meinte',
  'warnte',
  'versicherte',
];

/** Reported statements: `{who}` is the speaker's mention, then the verb phrase with a topic. */
export const REPORTED: readonly (readonly [verb: string, rest: string])[] = [
  ['kritisierte', '{acc} scharf'],
  ['begrüßte', '{acc} ausdrücklich'],
  ['warnte', 'vor {dat}'],
  ['forderte', 'mehr Geld für {acc}'],
  ['lehnte', '{acc} ab'],
  ['verteidigte', '{acc} gegen die Kritik'],
];

/** Context sentences: `{place}`, `{n}`, `{weekday}` and the topic's cases. */
export const FILLER: readonly string[] = [
  'Über {acc} wird in {place} seit Monaten gestritten.',
  'Die Kosten {gen} liegen nach jüngsten Schätzungen bei {n} Millionen Euro.',
  'In {place} steht {nom} am {weekday} erneut auf der Tagesordnung.',
  'Anwohner hatten sich zuvor über {acc} beschwert.',
  'Ein Gutachten zu {dat} wird im Herbst erwartet.',
  'Nach Angaben der Verwaltung sind rund {n}00 Haushalte betroffen.',
  'Die Opposition kündigte Widerstand gegen {acc} an.',
  'Beobachter rechnen mit einer langen Debatte.',
  'Der Beschluss fiel mit knapper Mehrheit.',
  'Fachleute verweisen auf Erfahrungen aus {place}, wo ein ähnliches Vorhaben gescheitert war.',
  'Die Pläne für {acc} liegen seit dem Frühjahr öffentlich aus.',
  'Wie es mit {dat} weitergeht, ist offen.',
  'Eine Bürgerversammlung zu {dat} ist für den {weekday} angesetzt.',
  'Im Rathaus gingen bislang mehr als {n}0 Einwände ein.',
];

export const WEEKDAYS: readonly string[] = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];

export const MONTHS: readonly string[] = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** Sources a generated article comes from; the URL is built under `example.org`. */
export const SOURCES: readonly (readonly [name: string, kind: 'newsroom' | 'newsAgency'])[] = [
  ['Seeblatt', 'newsroom'],
  ['Kesselbacher Rundschau', 'newsroom'],
  ['Allgemeine Landeszeitung', 'newsroom'],
  ['Nordstrand-Kurier', 'newsroom'],
  ['Pressedienst Mitte (pdm)', 'newsAgency'],
  ['Deutscher Nachrichtendienst (dnd)', 'newsAgency'],
];
