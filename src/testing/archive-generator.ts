/**
 * A realistic archive, generated deterministically from a seed: thousands of German-like news articles (3–8 kB of
 * text, 5–20 direct, indirect and reported quotes each) by a pool of recurring speakers, persons and
 * organisations, over a few years and several sources. Shared by unit tests, end-to-end tests and the benchmark;
 * pure (no Node), lazy (an article at a time) and composed only from the project's own word lists.
 *
 * Speakers recur the way they do in a real archive: the pool is ranked and an article picks its speakers with
 * probability proportional to 1 / rank (Zipf), so a few speakers are quoted in thousands of articles and most in
 * a handful. The same name is the same speaker everywhere: it gives the same `speakerKey`.
 */
import type { Article, ArticleEvent, Paragraph, Quote, Span, Speaker } from '../core/article/schema';
import { slugify } from '../core/article/slug';
import { speakerKey } from '../core/speakers/speaker-key';
import { seededRandom } from './seeded-random';
import * as words from './archive-words';

export interface ArchiveOptions {
  /** How many articles. */
  articles: number;
  /** How many distinct speakers recur across the archive (the benchmark uses 2,000). */
  speakers: number;
  /** The same seed gives the same archive. */
  seed?: number;
  /** Inclusive range of publication years. */
  years?: readonly [number, number];
}

/** One speaker of the archive's pool, with the two roles they hold before and from `roleChangeYear`. */
export interface ArchiveSpeaker {
  /** 0 is the most quoted. */
  rank: number;
  name: string;
  key: string;
  kind: 'person' | 'collective';
  /** Surname for a person, the full name for an organisation: how the text refers to them again. */
  shortName: string;
  /** The organisation's article (`der`, `die`, `das`); absent for persons. */
  article?: 'der' | 'die' | 'das';
  roles: readonly [string, string];
  roleChangeYear: number;
  organisation?: string;
}

const DEFAULT_YEARS: readonly [number, number] = [2021, 2025];
/** One speaker in five is an organisation (a council, an association, the police). */
const COLLECTIVE_EVERY = 5;
/**
 * Zipf–Mandelbrot weights 1 / (rank + offset): with offset 5 the most quoted of 2,000 speakers has about 3 % of
 * the archive's quotes (a head of government), a few dozen have around 1,000 in 10,000 articles, most a handful.
 */
const ZIPF_OFFSET = 5;
const MIN_QUOTES = 5;
const MAX_QUOTES = 20;
/** Target text length in UTF-16 code units; the last paragraph may add up to ~400 more, so 8 kB holds. */
const MIN_LENGTH = 3_000;
const MAX_LENGTH = 7_400;

/** Preposition and article as German writes them together: "zu dem Hafen" → "zum Hafen". */
const CONTRACTED: Record<string, string> = {
  'zu dem': 'zum',
  'zu der': 'zur',
  'in dem': 'im',
  'von dem': 'vom',
  'bei dem': 'beim',
};
const CONTRACTIONS = /\b(?:zu|in|von|bei) de[mr]\b/g;
const contract = (text: string): string =>
  text.replace(CONTRACTIONS, (phrase) => CONTRACTED[phrase] ?? phrase);

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const between = (rand: Rand, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The archive's speaker pool, most quoted first. Names are unique, so keys are too. */
export function archiveSpeakers(count: number, seed = 1, years = DEFAULT_YEARS): ArchiveSpeaker[] {
  const rand = seededRandom(seed ^ 0x5eed);
  const persons = shuffled(words.FIRST_NAMES.length * words.LAST_NAMES.length, rand);
  const organisations = shuffled(words.ORGANISATIONS.length * words.PLACES.length, rand);
  const pool: ArchiveSpeaker[] = [];
  for (let rank = 0; rank < count; rank++) {
    const place = pick(rand, words.PLACES);
    const changeYear = between(rand, years[0], years[1] + 3);
    if (rank % COLLECTIVE_EVERY === COLLECTIVE_EVERY - 1) {
      const n = Math.floor(rank / COLLECTIVE_EVERY);
      const combo = organisations[n % organisations.length] ?? 0;
      const [article, kind] = words.ORGANISATIONS[combo % words.ORGANISATIONS.length]!;
      const town = words.PLACES[Math.floor(combo / words.ORGANISATIONS.length)]!;
      const round = Math.floor(n / organisations.length);
      const name = `${kind} ${town}${round > 0 ? ` ${round + 1}` : ''}`;
      pool.push({
        rank,
        name,
        key: speakerKey({ name }),
        kind: 'collective',
        shortName: name,
        article,
        roles: ['Verband', 'Verband'],
        roleChangeYear: changeYear,
      });
      continue;
    }
    const n = rank - Math.floor(rank / COLLECTIVE_EVERY);
    const combo = persons[n % persons.length] ?? 0;
    const [first, gender] = words.FIRST_NAMES[combo % words.FIRST_NAMES.length]!;
    const last = words.LAST_NAMES[Math.floor(combo / words.FIRST_NAMES.length)]!;
    const round = Math.floor(n / persons.length);
    const surname = round > 0 ? `${last}-${words.LAST_NAMES[round % words.LAST_NAMES.length]!}` : last;
    const name = `${first} ${surname}`;
    const org = `${words.ORGANISATIONS[rank % words.ORGANISATIONS.length]![1]} ${place}`;
    const role = (i: number): string => {
      const [female, male, of] = words.ROLES[i % words.ROLES.length]!;
      return `${gender === 'f' ? female : male} ${of.replace('{place}', place).replace('{org}', org)}`;
    };
    const firstRole = Math.floor(rand() * words.ROLES.length);
    pool.push({
      rank,
      name,
      key: speakerKey({ name }),
      kind: 'person',
      shortName: surname,
      roles: [role(firstRole), role(firstRole + 1 + Math.floor(rand() * 3))],
      roleChangeYear: changeYear,
      ...(rand() < 0.5 ? { organisation: pick(rand, words.PARTIES) } : {}),
    });
  }
  return pool;
}

/** The numbers 0..n-1 in a seeded random order (Fisher–Yates). */
function shuffled(n: number, rand: Rand): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Cumulative Zipf weights over the pool's ranks, for {@link sampleRank}. */
function zipfTable(count: number): Float64Array {
  const table = new Float64Array(count);
  let sum = 0;
  for (let r = 0; r < count; r++) table[r] = sum += 1 / (r + ZIPF_OFFSET);
  return table;
}

function sampleRank(table: Float64Array, rand: Rand): number {
  const target = rand() * (table[table.length - 1] ?? 0);
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((table[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The archive, one article at a time: `articles` articles whose speakers come from a pool of `speakers`.
 * Article `i` depends only on the options and `i` (see {@link generateArchiveArticle}).
 */
export function* generateArchive(options: ArchiveOptions): Generator<Article> {
  const context = archiveContext(options);
  for (let i = 0; i < options.articles; i++) yield articleOf(i, context);
}

/** Article `index` (0-based) of the archive `options` describes, without generating the ones before it. */
export function generateArchiveArticle(index: number, options: ArchiveOptions): Article {
  return articleOf(index, archiveContext(options));
}

interface Context {
  seed: number;
  years: readonly [number, number];
  pool: ArchiveSpeaker[];
  zipf: Float64Array;
}

function archiveContext(options: ArchiveOptions): Context {
  const seed = options.seed ?? 1;
  const years = options.years ?? DEFAULT_YEARS;
  const count = Math.max(1, options.speakers);
  return { seed, years, pool: archiveSpeakers(count, seed, years), zipf: zipfTable(count) };
}

/** The noun phrase of a topic in each case the frames use. */
function topicCases(topic: (typeof words.TOPICS)[number]): Record<'nom' | 'acc' | 'dat' | 'gen', string> {
  const [gender, noun, genitive, rest] = topic;
  const art = {
    m: ['der', 'den', 'dem', 'des'],
    f: ['die', 'die', 'der', 'der'],
    n: ['das', 'das', 'dem', 'des'],
  }[gender];
  return {
    nom: `${art[0]} ${noun} ${rest}`,
    acc: `${art[1]} ${noun} ${rest}`,
    dat: `${art[2]} ${noun} ${rest}`,
    gen: `${art[3]} ${genitive} ${rest}`,
  };
}

/** Builds one article's paragraphs while recording where each annotation lands. */
class Writer {
  paragraphs: Paragraph[] = [];
  text = '';
  length = 0;
  private pid = 'p1';

  newParagraph(): void {
    this.flush();
    this.pid = `p${this.paragraphs.length + 1}`;
  }

  /** Appends `piece` and returns its span in the current paragraph. */
  add(piece: string): Span {
    const start = this.text.length;
    this.text += piece;
    return { paragraph: this.pid, start, end: this.text.length, exact: piece };
  }

  flush(): void {
    const text = this.text.trimEnd();
    if (text === '') return;
    this.paragraphs.push({ id: this.pid, text: { de: text } });
    this.length += text.length + 2;
    this.text = '';
  }
}

function articleOf(index: number, context: Context): Article {
  const rand = seededRandom((context.seed * 0x9e3779b1) ^ (index * 0x85ebca6b) ^ 0x2545f491);
  const [fromYear, toYear] = context.years;
  const year = between(rand, fromYear, toYear);
  const month = between(rand, 1, 12);
  const day = between(rand, 1, 28);
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const place = pick(rand, words.PLACES);
  const mainTopic = pick(rand, words.TOPICS);
  const topic = (): Record<'nom' | 'acc' | 'dat' | 'gen', string> =>
    topicCases(rand() < 0.6 ? mainTopic : pick(rand, words.TOPICS));
  const fill = (frame: string): string => {
    const cases = topic();
    return contract(
      frame
        .replace('{nom}', cases.nom)
        .replace('{acc}', cases.acc)
        .replace('{dat}', cases.dat)
        .replace('{gen}', cases.gen)
        .replace('{group}', pick(rand, words.GROUPS))
        .replace('{place}', rand() < 0.7 ? place : pick(rand, words.PLACES))
        .replace('{weekday}', pick(rand, words.WEEKDAYS))
        .replace('{n}', String(between(rand, 2, 48))),
    );
  };

  const quoteCount = between(rand, MIN_QUOTES, MAX_QUOTES);
  const targetLength = between(rand, MIN_LENGTH, MAX_LENGTH);
  const cast = chooseSpeakers(rand, context, Math.min(quoteCount, between(rand, 2, 6)));
  const speakers: Speaker[] = cast.map((s) => speakerOf(s, year));
  const mentioned = new Set<string>();
  const w = new Writer();
  const quotes: Quote[] = [];
  const events: ArticleEvent[] = [];

  const perQuoteBudget = targetLength / quoteCount;
  const fillersPerQuote = Math.max(0, Math.min(3, Math.floor((perQuoteBudget - 170) / 110)));
  w.add(`${fill(pick(rand, words.FILLER))} ${fill(pick(rand, words.FILLER))}`);

  for (let q = 0; q < quoteCount; q++) {
    w.newParagraph();
    // The first speakers of the cast get more of the quotes, as the protagonists of a story do.
    const speaker = cast[Math.floor(rand() ** 1.6 * cast.length)]!;
    const first = !mentioned.has(speaker.key);
    mentioned.add(speaker.key);
    quotes.push(writeQuote(w, rand, fill, speaker, first, year, `q${q + 1}`));
    for (let f = 0; f < fillersPerQuote; f++) {
      if (rand() < 0.15 && events.length < 3) events.push(writeEvent(w, rand, year, `e${events.length + 1}`));
      else w.add(` ${fill(pick(rand, words.FILLER))}`);
    }
  }
  while (w.length + w.text.length < targetLength) {
    w.newParagraph();
    w.add(fill(pick(rand, words.FILLER)));
    for (let f = 0; f < 2; f++) w.add(` ${fill(pick(rand, words.FILLER))}`);
  }
  w.flush();

  const lead = cast[0]!;
  const headline = contract(
    pick(rand, [
      `${place}: ${lead.name} und ${capitalise(topicCases(mainTopic).nom)}`,
      `Streit um ${topicCases(mainTopic).acc} in ${place}`,
      `${capitalise(topicCases(mainTopic).nom)}: Was jetzt geplant ist`,
      `${lead.shortName} zu ${topicCases(mainTopic).dat}`,
    ]),
  );
  const [sourceName, sourceKind] = pick(rand, words.SOURCES);
  const id = `${slugify(headline, 'artikel', 90)}-${index + 1}`;
  return {
    schemaVersion: 2,
    id,
    originalLanguage: 'de',
    languages: ['de'],
    title: { de: headline },
    published,
    source: {
      name: sourceName,
      kind: sourceKind,
      url: `https://example.org/${slugify(sourceName, 'quelle')}/${id}`,
    },
    annotation: { method: 'automatic', tool: 'stimmen-archive-generator/1' },
    paragraphs: w.paragraphs,
    speakers: speakers.filter((s) => quotes.some((q) => q.speaker === s.id)),
    quotes,
    events,
  };
}

/** `count` distinct speakers drawn by Zipf rank: the cast of one article. */
function chooseSpeakers(rand: Rand, context: Context, count: number): ArchiveSpeaker[] {
  const wanted = Math.min(count, context.pool.length);
  const chosen = new Map<number, ArchiveSpeaker>();
  for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) {
    const rank = sampleRank(context.zipf, rand);
    chosen.set(rank, context.pool[rank]!);
  }
  return [...chosen.values()];
}

function speakerOf(s: ArchiveSpeaker, year: number): Speaker {
  const role = year < s.roleChangeYear ? s.roles[0] : s.roles[1];
  return {
    id: s.key,
    name: s.name,
    kind: s.kind,
    ...(s.kind === 'person' ? { role: { de: role } } : {}),
    ...(s.organisation ? { organisation: s.organisation } : {}),
  };
}

/** Writes one quote's sentence into the current paragraph and returns the quote with its spans. */
function writeQuote(
  w: Writer,
  rand: Rand,
  fill: (frame: string) => string,
  speaker: ArchiveSpeaker,
  first: boolean,
  year: number,
  id: string,
): Quote {
  const kindRoll = rand();
  const confidence = Math.round((0.6 + rand() * 0.4) * 100) / 100;
  const base = { id, speaker: speaker.key, confidence };
  const role = year < speaker.roleChangeYear ? speaker.roles[0] : speaker.roles[1];
  const mentionText = first ? speaker.name : speaker.shortName;
  const organisation = speaker.kind === 'collective';
  if (kindRoll < 0.45) {
    // „…“, sagte Anna Berger, Bürgermeisterin von …. — sometimes with a second part after the cue.
    const spans = [w.add(`„${fill(pick(rand, words.DIRECT))}“`)];
    w.add(', ');
    const cue = w.add(organisation ? 'teilte' : pick(rand, words.SPEECH_VERBS));
    w.add(organisation ? ` ${speaker.article} ` : ' ');
    const mention = w.add(mentionText);
    w.add(organisation ? ' mit.' : first ? `, ${role}.` : '.');
    if (rand() < 0.2) {
      w.add(' ');
      spans.push(w.add(`„${fill(pick(rand, words.DIRECT))}.“`));
    }
    return {
      ...base,
      kind: 'direct',
      spans: { de: spans },
      cue: { de: [cue] },
      speakerMention: { de: [mention] },
    };
  }
  if (kindRoll < 0.8) {
    // Anna Berger sagte, die Kosten … seien gestiegen.
    if (organisation) w.add(`${capitalise(speaker.article ?? 'der')} `);
    const mention = w.add(mentionText);
    w.add(first && !organisation ? `, ${role}, ` : ' ');
    const cue = w.add(pick(rand, words.SPEECH_VERBS));
    w.add(', ');
    const span = w.add(fill(pick(rand, words.INDIRECT)));
    w.add('.');
    return {
      ...base,
      kind: 'indirect',
      spans: { de: [span] },
      cue: { de: [cue] },
      speakerMention: { de: [mention] },
    };
  }
  // Der Mieterverein … kritisierte den Ausbau des Hafens scharf.
  const [verb, rest] = pick(rand, words.REPORTED);
  const start = w.text.length;
  if (organisation) w.add(`${capitalise(speaker.article ?? 'der')} `);
  const mention = w.add(mentionText);
  w.add(' ');
  const cue = w.add(verb);
  w.add(` ${fill(rest)}.`);
  const sentence: Span = {
    paragraph: mention.paragraph,
    start,
    end: w.text.length,
    exact: w.text.slice(start),
  };
  return {
    ...base,
    kind: 'reported',
    spans: { de: [sentence] },
    cue: { de: [cue] },
    speakerMention: { de: [mention] },
  };
}

/** A sentence naming an earlier month and year, with its event. */
function writeEvent(w: Writer, rand: Rand, year: number, id: string): ArticleEvent {
  const eventYear = year - between(rand, 0, 3);
  const month = between(rand, 1, 12);
  const cases = topicCases(pick(rand, words.TOPICS));
  w.add(' Bereits im ');
  const mention = w.add(`${words.MONTHS[month - 1]!} ${eventYear}`);
  w.add(` hatte es Streit um ${cases.acc} gegeben.`);
  return {
    id,
    date: `${eventYear}-${String(month).padStart(2, '0')}`,
    label: { de: `Streit um ${cases.acc}` },
    dateSource: 'stated',
    mentions: { de: [mention] },
  };
}

/**
 * The article as one line of the annotator's input, `{"id","text","published","title","source"}`: its paragraphs
 * joined by blank lines, as a corpus to annotate would give them.
 */
export function archiveCorpusLine(article: Article): string {
  const language = article.originalLanguage;
  return JSON.stringify({
    id: article.id,
    text: article.paragraphs.map((p) => p.text[language] ?? '').join('\n\n'),
    published: article.published,
    title: article.title[language],
    source: article.source.name,
  });
}
