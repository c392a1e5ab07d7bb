/**
 * Machine translation of a whole article into one language, with every quote's and event's spans carried across.
 * The strategy, in order: ready the translator (a model download, reported), translate the article's short texts
 * (title, summary, roles, event labels), then paragraph by paragraph plan the units (`paragraph-plan.ts`),
 * translate them, and place the spans (`project-paragraph.ts`); finally the spans of each quote are made disjoint.
 *
 * Pure: the translator is given. The work is the translator's (the browser's own engine, outside the page's
 * thread), so unlike the annotator this needs no worker of its own; the page stays responsive between paragraphs.
 */
import type { Article, Span } from '../article/schema';
import type { LanguageLayer } from './language-layer';
import { planParagraph } from './paragraph-plan';
import { projectParagraph, type PlacedSpan } from './project-paragraph';
import type { CancelSignal, MachineTranslator } from './translator';

/** How far a translation has come: the model's download, then the texts (the short ones, then each paragraph). */
export type TranslationProgress =
  { phase: 'download'; fraction: number } | { phase: 'translate'; done: number; total: number };

export interface TranslateArticleOptions {
  signal: CancelSignal;
  onProgress?: (progress: TranslationProgress) => void;
  /** The translation's `createdAt`; the current time by default. */
  now?: Date;
}

/** Where one original span goes in the result. */
type Owner =
  { type: 'quote'; id: string; field: 'spans' | 'cue' | 'speakerMention' } | { type: 'event'; id: string };

/**
 * Translates `article` into `language` (not yet among its languages) with `translator`, returning the translation
 * as a {@link LanguageLayer}; merge it with `withLanguageLayer`. Rejects with an `AbortError` when `signal` aborts
 * and with the translator's error when it fails.
 */
export async function translateArticle(
  article: Article,
  language: string,
  translator: MachineTranslator,
  { signal, onProgress, now = new Date() }: TranslateArticleOptions,
): Promise<LanguageLayer> {
  const from = article.originalLanguage;
  if (article.languages.includes(language)) throw new Error(`the article already has "${language}"`);
  const translate = async (texts: readonly string[]) => {
    if (texts.length === 0) return [];
    const result = await translator.translate(texts, from, language, signal);
    signal.throwIfAborted();
    if (result.length !== texts.length)
      throw new Error(`${translator.tool} returned ${result.length} texts for ${texts.length}`);
    return result;
  };

  await translator.prepare(from, language, {
    signal,
    onDownloadProgress: (fraction) => onProgress?.({ phase: 'download', fraction }),
  });
  signal.throwIfAborted();
  const total = article.paragraphs.length + 1;
  onProgress?.({ phase: 'translate', done: 0, total });

  const layer: LanguageLayer = {
    language,
    info: { method: 'machine', tool: translator.tool, createdAt: now.toISOString() },
    title: '',
    paragraphs: {},
    roles: {},
    quotes: {},
    events: {},
  };
  await translateShortTexts(article, layer, translate);
  onProgress?.({ phase: 'translate', done: 1, total });

  const placed = new Map<Owner, Span[]>();
  const owners = spanOwners(article);
  for (const [i, paragraph] of article.paragraphs.entries()) {
    const text = paragraph.text[from] ?? '';
    const here = owners.filter((o) => o.span.paragraph === paragraph.id);
    const plan = planParagraph(
      text,
      here.map((o) => o.span),
    );
    const projected = projectParagraph(plan, await translate(plan.units));
    layer.paragraphs[paragraph.id] = projected.text;
    here.forEach((o, j) => {
      const list = placed.get(o.owner) ?? [];
      list.push(toSpan(paragraph.id, projected.text, projected.spans[j] as PlacedSpan));
      placed.set(o.owner, list);
    });
    onProgress?.({ phase: 'translate', done: i + 2, total });
  }

  for (const [owner, spans] of placed) {
    if (owner.type === 'event') {
      (layer.events[owner.id] ??= { mentions: [] }).mentions = spans;
      continue;
    }
    const quote = (layer.quotes[owner.id] ??= { spans: [] });
    quote[owner.field] = owner.field === 'spans' ? disjoint(spans, layer.paragraphs) : spans;
  }
  return layer;
}

/** Title, summary, speakers' roles and event labels, in one call. */
async function translateShortTexts(
  article: Article,
  layer: LanguageLayer,
  translate: (texts: readonly string[]) => Promise<string[]>,
): Promise<void> {
  const from = article.originalLanguage;
  const texts: string[] = [];
  const put: ((text: string) => void)[] = [];
  const add = (text: string | undefined, set: (text: string) => void) => {
    if (text === undefined || text.trim() === '') return;
    texts.push(text);
    put.push(set);
  };
  add(article.title[from], (t) => (layer.title = t));
  add(article.summary?.[from], (t) => (layer.summary = t));
  for (const s of article.speakers) add(s.role?.[from], (t) => (layer.roles[s.id] = t));
  for (const e of article.events)
    add(e.label[from], (t) => ((layer.events[e.id] ??= { mentions: [] }).label = t));
  const translated = await translate(texts);
  translated.forEach((text, i) => put[i]?.(text.trim() || (texts[i] as string)));
  if (layer.title === '') layer.title = article.title[from] ?? article.id;
}

/** Every original-language span of the article with where it belongs, in article order. */
function spanOwners(article: Article): { owner: Owner; span: Span }[] {
  const from = article.originalLanguage;
  const out: { owner: Owner; span: Span }[] = [];
  for (const q of article.quotes) {
    for (const field of ['spans', 'cue', 'speakerMention'] as const) {
      const spans = q[field]?.[from];
      if (!spans) continue;
      const owner: Owner = { type: 'quote', id: q.id, field };
      for (const span of spans) out.push({ owner, span });
    }
  }
  for (const e of article.events) {
    const owner: Owner = { type: 'event', id: e.id };
    for (const span of e.mentions[from] ?? []) out.push({ owner, span });
  }
  return out;
}

function toSpan(paragraph: string, text: string, placed: PlacedSpan): Span {
  const span: Span = {
    paragraph,
    start: placed.start,
    end: placed.end,
    exact: text.slice(placed.start, placed.end),
  };
  if (placed.approximate) span.approximate = true;
  return span;
}

/**
 * A quote's spans with those that overlap in the translation (two parts of an interrupted quote placed in the same
 * clause, say) joined into one, as the format wants the spans of one quote disjoint. Kept in their original order
 * where they do not overlap.
 */
function disjoint(spans: readonly Span[], texts: Record<string, string>): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let merged = span;
    const overlaps = (o: Span) =>
      o.paragraph === merged.paragraph && o.start < merged.end && merged.start < o.end;
    for (let i = out.findIndex(overlaps); i !== -1; i = out.findIndex(overlaps)) {
      const other = out.splice(i, 1)[0] as Span;
      const start = Math.min(other.start, merged.start);
      const end = Math.max(other.end, merged.end);
      const approximate = other.approximate === true || merged.approximate === true;
      merged = {
        paragraph: span.paragraph,
        start,
        end,
        exact: (texts[span.paragraph] ?? '').slice(start, end),
      };
      if (approximate) merged.approximate = true;
    }
    out.push(merged);
  }
  return out;
}
