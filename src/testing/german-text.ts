/**
 * German news-like text made of the project's own example sentences (no corpus text), for throughput
 * measurements: `germanNewsText(1_000_000)` gives at least one million UTF-16 code units of paragraphs with
 * direct and indirect quotes, speakers, dates and a few stray quotation marks.
 */

const PARAGRAPHS: readonly string[] = [
  '„Wir werden die Brücke bis zum Sommer fertigstellen“, sagte Bürgermeisterin Anna Berger am Montag in Lindau.',
  'Die Stadtverwaltung teilte mit, dass die Kosten seit 2019 um ein Drittel gestiegen seien. Der Zeitplan sei dennoch realistisch.',
  'Laut Angaben der Feuerwehr wurden bei dem Brand im März 2023 drei Menschen leicht verletzt.',
  'Umweltminister Jonas Keller kritisierte den Entwurf. „Das reicht nicht“, sagte er, „wir brauchen mehr Tempo.“',
  'Der Verband wies die Vorwürfe zurück. Man habe sich stets an die Regeln gehalten, hieß es in einer Erklärung vom 4. Mai 2022.',
  'Die Fähre „Nordlicht“ lief Mitte Oktober 2021 zum ersten Mal aus, wie die Reederei berichtete.',
  'Ein Sprecher des Ministeriums erklärte, man prüfe alle Vorschläge. Eine Entscheidung werde Ende 2024 erwartet.',
  'Der Trainer zeigte sich zufrieden: „Die Mannschaft hat heute Charakter gezeigt.“ Gestern hatte er noch Zweifel geäußert.',
  'Dem Bericht zufolge ist die Zahl der Fahrgäste im Jahr 2020 deutlich gesunken.',
  'Nach Angaben von Dr. Petra Lang, der Leiterin des Instituts, soll die Studie am 30. September veröffentlicht werden.',
];

/** Builds at least `minLength` UTF-16 code units of German text, paragraphs separated by blank lines. */
export function germanNewsText(minLength = 1_000_000): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < minLength; i++) {
    const paragraph = PARAGRAPHS[i % PARAGRAPHS.length] as string;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}
