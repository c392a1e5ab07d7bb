/**
 * Valid articles of any size, generated deterministically from a seed: shared by unit tests, end-to-end tests
 * and the benchmark. Nothing here resembles the sample article on purpose: features must work for any article.
 *
 * Every generated article has nested spans (a partial direct quote inside indirect speech), overlapping spans
 * (a date mention that crosses the end of a quote), quotes split in two by their cue, and events at every
 * precision.
 */
import type { Article, ArticleEvent, Paragraph, Quote, Span, Speaker } from '../core/article/schema';
import { formatPartialDate } from '../core/dates/partial-date-math';
import { seededRandom } from './seeded-random';

export interface GeneratorOptions {
  id?: string;
  seed?: number;
  /** The original first. Supported: de, en, fr, es. */
  languages?: string[];
  paragraphs?: number;
  speakers?: number;
  quotes?: number;
  events?: number;
  /** Inclusive year range for events. */
  years?: [number, number];
  sourceKind?: Article['source']['kind'];
}

interface Words {
  filler: string[];
  said: string;
  saidThat: string;
  open: string;
  close: string;
  topic: string[];
  role: string;
  on: string;
  criticised: string;
}

const WORDS: Record<string, Words> = {
  de: {
    filler: [
      'Der Stadtrat beriet am Abend über den neuen Haushalt.',
      'Die Pläne für die Brücke liegen seit Monaten vor.',
      'Anwohner hatten sich zuvor über Lärm beschwert.',
      'Die Opposition kündigte Widerstand an.',
      'Beobachter rechnen mit einer langen Debatte.',
    ],
    said: 'sagte',
    saidThat: 'erklärte, dass',
    open: '„',
    close: '“',
    topic: ['die Finanzierung gesichert sei', 'der Zeitplan halten werde', 'niemand benachteiligt werde'],
    role: 'Sprecherin',
    criticised: 'kritisierte den Plan scharf',
    on: 'am',
  },
  en: {
    filler: [
      'The city council debated the new budget in the evening.',
      'Plans for the bridge have been available for months.',
      'Residents had complained about noise before.',
      'The opposition announced resistance.',
      'Observers expect a long debate.',
    ],
    said: 'said',
    saidThat: 'explained that',
    open: '“',
    close: '”',
    topic: ['the funding was secured', 'the schedule would hold', 'nobody would be disadvantaged'],
    role: 'Spokesperson',
    criticised: 'sharply criticised the plan',
    on: 'on',
  },
  fr: {
    filler: [
      'Le conseil municipal a débattu du nouveau budget dans la soirée.',
      'Les plans du pont sont disponibles depuis des mois.',
      'Des riverains s’étaient plaints du bruit auparavant.',
      'L’opposition a annoncé sa résistance.',
      'Les observateurs s’attendent à un long débat.',
    ],
    said: 'a dit',
    saidThat: 'a expliqué que',
    open: '« ',
    close: ' »',
    topic: ['le financement était assuré', 'le calendrier serait tenu', 'personne ne serait désavantagé'],
    role: 'Porte-parole',
    criticised: 'a vivement critiqué le projet',
    on: 'le',
  },
  es: {
    filler: [
      'El consejo municipal debatió el nuevo presupuesto por la tarde.',
      'Los planes del puente existen desde hace meses.',
      'Los vecinos se habían quejado del ruido.',
      'La oposición anunció resistencia.',
      'Los observadores esperan un largo debate.',
    ],
    said: 'dijo',
    saidThat: 'explicó que',
    open: '«',
    close: '»',
    topic: ['la financiación estaba asegurada', 'el calendario se cumpliría', 'nadie saldría perjudicado'],
    role: 'Portavoz',
    criticised: 'criticó duramente el plan',
    on: 'el',
  },
};

const FIRST = [
  'Anna',
  'Jonas',
  'Mira',
  'Tomasz',
  'Leila',
  'Sven',
  'Ines',
  'Kofi',
  'Yuki',
  'Pavel',
  'Rosa',
  'Emil',
];
const LAST = [
  'Berger',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Haddad',
  'Novak',
  'Castillo',
  'Brandt',
  'Sato',
  'Weiss',
];

/** Builds one paragraph's text in one language while recording where each annotation lands. */
class TextBuilder {
  text = '';
  append(piece: string): Span & { paragraph: string } {
    const start = this.text.length;
    this.text += piece;
    return { paragraph: '', start, end: this.text.length, exact: piece };
  }
}

/** A valid article with the requested shape. Quotes and events are spread evenly over the paragraphs. */
export function generateArticle(options: GeneratorOptions = {}): Article {
  const {
    seed = 1,
    languages = ['de', 'en'],
    paragraphs: paragraphCount = 12,
    speakers: speakerCount = 4,
    quotes: quoteCount = 20,
    events: eventCount = 6,
    years = [1990, 2030],
    sourceKind = 'newsroom',
  } = options;
  const id = options.id ?? `generated-${seed}`;
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const original = languages[0] ?? 'de';

  const speakers: Speaker[] = Array.from({ length: speakerCount }, (_, i) => {
    const collective = i % 5 === 4;
    const name = collective
      ? `Council of ${LAST[i % LAST.length] ?? 'Town'}`
      : `${FIRST[i % FIRST.length] ?? 'Alex'} ${LAST[(i * 7) % LAST.length] ?? 'Doe'}${i >= FIRST.length ? ` ${i}` : ''}`;
    return {
      id: `s${i + 1}`,
      name,
      kind: collective ? 'collective' : 'person',
      role: Object.fromEntries(languages.map((l) => [l, `${(WORDS[l] ?? WORDS.en!).role} ${i + 1}`])),
      organisation: collective ? undefined : `Organisation ${(i % 3) + 1}`,
    };
  });

  const events: ArticleEvent[] = Array.from({ length: eventCount }, (_, i) => {
    const span = years[1] - years[0];
    const year = years[0] + Math.round((span * i) / Math.max(1, eventCount - 1));
    const precision = i % 3;
    const month = precision >= 1 ? 1 + Math.floor(rand() * 12) : undefined;
    const day = precision === 2 ? 1 + Math.floor(rand() * 28) : undefined;
    return {
      id: `e${i + 1}`,
      date: formatPartialDate({ year, month, day }),
      label: Object.fromEntries(languages.map((l) => [l, `Event ${i + 1} (${l})`])),
      dateSource: i % 4 === 3 ? 'editorial' : 'stated',
      mentions: {},
    };
  });

  const paragraphs: Paragraph[] = [];
  const quotes: Quote[] = [];
  const quotesPerParagraph = Math.ceil(quoteCount / paragraphCount);
  const eventsPerParagraph = Math.ceil(eventCount / paragraphCount);
  let nextQuote = 0;
  let nextEvent = 0;

  for (let p = 0; p < paragraphCount; p++) {
    const pid = `p${p + 1}`;
    const builders = Object.fromEntries(languages.map((l) => [l, new TextBuilder()]));
    const fillerIndex = Math.floor(rand() * 5);
    const add = (piece: (w: Words, l: string) => string) => {
      const spans: Record<string, Span> = {};
      for (const l of languages)
        spans[l] = { ...builders[l]!.append(piece(WORDS[l] ?? WORDS.en!, l)), paragraph: pid };
      return spans;
    };
    add((w) => `${w.filler[fillerIndex] ?? ''} `);

    for (let k = 0; k < quotesPerParagraph && nextQuote < quoteCount; k++) {
      const speaker = speakers.length > 0 ? pick(speakers) : undefined;
      const name = speaker?.name ?? 'N.N.';
      const shape = nextQuote % 4;
      const topic = Math.floor(rand() * 3);
      if (shape === 0 || shape === 3) {
        // Direct quote, interrupted by its cue when shape 3: „…“, sagte X, „…“.
        const first = add((w) => `${w.open}${w.topic[topic] ?? ''}`);
        const firstClose = add((w) => w.close);
        const spans: Record<string, Span[]> = {};
        for (const l of languages) {
          const a = first[l]!;
          const b = firstClose[l]!;
          spans[l] = [{ paragraph: pid, start: a.start, end: b.end, exact: a.exact + b.exact }];
        }
        const cue = add((w) => `, ${w.said} `);
        const mention = add(() => name);
        if (shape === 3) {
          add(() => ', ');
          const second = add((w) => `${w.open}${w.topic[(topic + 1) % 3] ?? ''}${w.close}`);
          for (const l of languages) spans[l]!.push(second[l]!);
        }
        add(() => '. ');
        quotes.push({
          id: `q${++nextQuote}`,
          speaker: speaker?.id ?? null,
          kind: 'direct',
          spans,
          cue: Object.fromEntries(
            languages.map((l) => [
              l,
              [
                {
                  ...cue[l]!,
                  start: cue[l]!.start + 2,
                  exact: cue[l]!.exact.slice(2, -1),
                  end: cue[l]!.end - 1,
                },
              ],
            ]),
          ),
          speakerMention: Object.fromEntries(languages.map((l) => [l, [mention[l]!]])),
        });
      } else if (shape === 1) {
        // Indirect speech with a partial direct quote nested inside.
        const mention = add(() => name);
        add((w) => ` ${w.saidThat} `);
        const outerStart = Object.fromEntries(languages.map((l) => [l, builders[l]!.text.length]));
        add((w) => `${w.topic[topic] ?? ''} `);
        const partial = add((w) => `${w.open}${w.topic[(topic + 2) % 3] ?? ''}${w.close}`);
        const outer = Object.fromEntries(
          languages.map((l) => {
            const start = outerStart[l]!;
            const text = builders[l]!.text;
            return [l, [{ paragraph: pid, start, end: text.length, exact: text.slice(start) }]];
          }),
        );
        add(() => '. ');
        const indirectId = `q${++nextQuote}`;
        quotes.push({
          id: indirectId,
          speaker: speaker?.id ?? null,
          kind: 'indirect',
          spans: outer,
          speakerMention: Object.fromEntries(languages.map((l) => [l, [mention[l]!]])),
        });
        if (nextQuote < quoteCount) {
          quotes.push({
            id: `q${++nextQuote}`,
            speaker: speaker?.id ?? null,
            kind: 'direct',
            spans: Object.fromEntries(languages.map((l) => [l, [partial[l]!]])),
          });
        }
      } else {
        // Reported statement.
        const span = add((w) => `${name} ${w.criticised}`);
        add(() => '. ');
        quotes.push({
          id: `q${++nextQuote}`,
          speaker: speaker?.id ?? null,
          kind: 'reported',
          spans: Object.fromEntries(languages.map((l) => [l, [span[l]!]])),
        });
      }
    }

    for (let k = 0; k < eventsPerParagraph && nextEvent < eventCount; k++) {
      const event = events[nextEvent++]!;
      const mention = add((w) => `${w.on} ${event.date}`);
      add(() => '. ');
      for (const l of languages) (event.mentions[l] ??= []).push(mention[l]!);
    }

    // A date mention that crosses the end of the paragraph's last quote, to exercise overlapping spans.
    const last = quotes.at(-1);
    const lastSpan = last?.spans[original]?.at(-1);
    if (last && lastSpan?.paragraph === pid && events.length > 0 && p % 5 === 2) {
      const event = events[p % events.length]!;
      for (const l of languages) {
        const span = last.spans[l]?.at(-1);
        const text = builders[l]!.text.trimEnd();
        if (!span || span.end - span.start < 4 || span.end + 2 > text.length) continue;
        const start = span.end - 3;
        const end = span.end + 2;
        (event.mentions[l] ??= []).push({ paragraph: pid, start, end, exact: text.slice(start, end) });
      }
    }

    paragraphs.push({
      id: pid,
      text: Object.fromEntries(languages.map((l) => [l, builders[l]!.text.trimEnd()])),
    });
  }

  return {
    schemaVersion: 2,
    id,
    originalLanguage: original,
    languages,
    title: Object.fromEntries(languages.map((l) => [l, `Generated article ${seed} (${l})`])),
    summary: Object.fromEntries(languages.map((l) => [l, `A generated article for tests (${l}).`])),
    published: `${years[1]}-06-15`,
    source: { name: 'Generator', kind: sourceKind },
    annotation: { method: 'manual' },
    paragraphs,
    speakers,
    quotes,
    events,
  };
}

/** An article whose first quote (by `speaker`) says `german` in the original and `english` in the translation. */
export function articleSaying(id: string, speaker: string, german: string, english: string): Article {
  const article = generateArticle({ id, seed: id.length + 3, speakers: 2, quotes: 4 });
  const [first, ...rest] = article.quotes;
  if (!first) throw new Error('generated article without quotes');
  const span = (text: string) => [{ paragraph: 'p1', start: 0, end: text.length, exact: text }];
  return {
    ...article,
    speakers: article.speakers.map((s) => (s.id === 's1' ? { ...s, name: speaker } : s)),
    quotes: [{ ...first, speaker: 's1', spans: { de: span(german), en: span(english) } }, ...rest],
  };
}
