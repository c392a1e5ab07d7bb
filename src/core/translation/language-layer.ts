/**
 * A machine translation as data of its own: every text and span of an article in one language, apart from the
 * article. A shipped article's translation is kept this way (by article id and content hash, see
 * `content-hash.ts`) and merged into the article when it is read; an imported article holds it inline.
 */
import { z } from 'zod';
import { parseArticle, type ParseResult } from '../article/parse';
import {
  LanguageTag,
  LocalId,
  Span,
  TranslationInfo,
  type Article,
  type ArticleInput,
} from '../article/schema';

const Spans = z.array(Span);

/** Everything an article has in one translated language. Validated again, as part of the article, when merged. */
export const LanguageLayer = z.strictObject({
  language: LanguageTag,
  info: TranslationInfo,
  title: z.string(),
  summary: z.string().optional(),
  /** Paragraph text by paragraph id. */
  paragraphs: z.record(LocalId, z.string()),
  /** Speaker role by speaker id. */
  roles: z.record(LocalId, z.string()),
  quotes: z.record(
    LocalId,
    z.strictObject({ spans: Spans, cue: Spans.optional(), speakerMention: Spans.optional() }),
  ),
  events: z.record(LocalId, z.strictObject({ label: z.string().optional(), mentions: Spans })),
});
export type LanguageLayer = z.output<typeof LanguageLayer>;

/**
 * `article` with `layer` added: its language declared, its texts and spans set, `translations[language]` saying
 * how it was made; then validated as any article is. Parts of the layer the article no longer has (a quote
 * deleted since) are left out; parts of the article the layer lacks stay untranslated.
 */
export function withLanguageLayer(article: Article, layer: LanguageLayer): ParseResult {
  const language = layer.language;
  const base = withoutLanguage(article, language);
  const put = <T>(record: Record<string, T> | undefined, value: T | undefined) =>
    value === undefined ? record : { ...record, [language]: value };
  const merged: ArticleInput = {
    ...base,
    languages: [...base.languages, language],
    translations: { ...base.translations, [language]: layer.info },
    title: { ...base.title, [language]: layer.title },
    summary: put(base.summary, layer.summary),
    paragraphs: base.paragraphs.map((p) => ({ ...p, text: put(p.text, layer.paragraphs[p.id]) ?? p.text })),
    speakers: base.speakers.map((s) => ({ ...s, role: put(s.role, layer.roles[s.id]) })),
    quotes: base.quotes.map((q) => {
      const placed = layer.quotes[q.id];
      if (!placed) return q;
      return {
        ...q,
        spans: { ...q.spans, [language]: placed.spans },
        cue: put(q.cue, placed.cue),
        speakerMention: put(q.speakerMention, placed.speakerMention),
      };
    }),
    events: base.events.map((e) => {
      const placed = layer.events[e.id];
      if (!placed) return e;
      return {
        ...e,
        label: put(e.label, placed.label) ?? e.label,
        mentions: { ...e.mentions, [language]: placed.mentions },
      };
    }),
  };
  return parseArticle(merged);
}

/** `texts` without `language`; `undefined` stays `undefined`. */
function omit<T>(texts: Record<string, T>, language: string): Record<string, T>;
function omit<T>(texts: Record<string, T> | undefined, language: string): Record<string, T> | undefined;
function omit<T>(texts: Record<string, T> | undefined, language: string): Record<string, T> | undefined {
  if (!texts || !(language in texts)) return texts;
  const { [language]: _removed, ...rest } = texts;
  return rest;
}

/**
 * `article` without any text or span in `language` (which must not be the original): removing a translation. An
 * article valid before is valid after.
 */
export function withoutLanguage(article: Article, language: string): Article {
  if (language === article.originalLanguage || !article.languages.includes(language)) return article;
  const translations = omit(article.translations, language);
  return {
    ...article,
    languages: article.languages.filter((l) => l !== language),
    translations: translations && Object.keys(translations).length > 0 ? translations : undefined,
    title: omit(article.title, language),
    summary: omit(article.summary, language),
    source: {
      ...article.source,
      disclaimer: omit(article.source.disclaimer, language),
      description: omit(article.source.description, language),
    },
    paragraphs: article.paragraphs.map((p) => ({ ...p, text: omit(p.text, language) })),
    speakers: article.speakers.map((s) => ({
      ...s,
      role: omit(s.role, language),
      localizedName: omit(s.localizedName, language),
    })),
    quotes: article.quotes.map((q) => ({
      ...q,
      spans: omit(q.spans, language),
      cue: omit(q.cue, language),
      speakerMention: omit(q.speakerMention, language),
      said: q.said ? { ...q.said, place: omit(q.said.place, language) } : undefined,
    })),
    events: article.events.map((e) => ({
      ...e,
      label: omit(e.label, language),
      mentions: omit(e.mentions, language),
    })),
  };
}
