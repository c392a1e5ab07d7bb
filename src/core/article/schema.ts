/**
 * The article format, version 2: one zod schema that describes an annotated news article, its translations,
 * speakers, quotes and dated events. The JSON Schema in `schema/article.schema.json` is generated from it.
 *
 * Structure is checked by the zod shapes; relations between parts (anchors that must match their paragraph,
 * ids that must be defined once, languages that must be declared, dates that must exist) by
 * {@link checkArticleIntegrity}, attached with `superRefine` so that one `safeParse` reports every problem.
 */
import { z } from 'zod';
import { checkArticleIntegrity } from './integrity';
import { SCHEMA_RULES } from './problems';

// No code generation: the reader runs under a Content Security Policy without 'unsafe-eval', where zod's probe for
// `new Function` would be reported as a violation. Set before any schema below is built, since zod decides then.
z.config({ jitless: true });

/** The only version of the format this code writes. Older versions are migrated in `migrate.ts`. */
export const SCHEMA_VERSION = 2;

/** A lower-case slug: letters, digits and single hyphens, e.g. `city-council-budget-2025`. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SCHEMA_RULES.slug)
  .max(120);

/** A local identifier inside one article (paragraph, speaker, quote, event), e.g. `p4`, `vogt`, `q12`. */
export const LocalId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, SCHEMA_RULES.id)
  .max(80);

/** A BCP 47 language tag such as `de`, `en`, `pt-BR`. Canonical form is checked in the integrity pass. */
export const LanguageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, SCHEMA_RULES.languageTag);

/**
 * A calendar date at its real precision, as an ISO 8601 reduced-precision string:
 * `2008` (year), `2022-09` (month) or `2025-02-13` (day). Impossible dates are rejected by the integrity pass.
 */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, SCHEMA_RULES.partialDate);

/** Text per language, keyed by a declared language tag. */
export const LocalizedText = z.record(LanguageTag, z.string());

/**
 * A stretch of one paragraph, anchored like a W3C Web Annotation `TextPositionSelector` plus
 * `TextQuoteSelector`: `start` and `end` are UTF-16 code-unit offsets into the paragraph's text in the span's
 * language, half-open (`end` is excluded), and `exact` must equal that stretch.
 */
export const Span = z.strictObject({
  paragraph: LocalId,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string().min(1, SCHEMA_RULES.emptySpan),
  /**
   * Set when the span was placed approximately: a machine translation whose words for the quote could not be found
   * exactly, so the span covers the sentence or clause that holds them. `exact` still equals the covered text.
   */
  approximate: z.literal(true).optional(),
  /**
   * Set on a translation's span of a quote whose original spans in that paragraph were changed afterwards (extended
   * by a reader, or a part replaced) in a way the translation's span could not follow with certainty: it still
   * anchors the words it had (`exact` equals them), which are no longer known to be the quote's. The reader does
   * not highlight it and says so. A new translation replaces it.
   */
  outdated: z.literal(true).optional(),
});

/** Spans per language: `{ "de": [span, …], "en": [span, …] }`. */
export const SpansByLanguage = z.record(LanguageTag, z.array(Span));

/** How a statement is rendered in the text. */
export const QuoteKind = z.enum(['direct', 'indirect', 'reported', 'freeIndirect']);

/** Confidence of an automatic annotation, from 0 (a guess) to 1 (certain). Absent for hand annotation. */
export const Confidence = z.number().min(0).max(1);

export const Paragraph = z.strictObject({
  id: LocalId,
  /** The paragraph's text per language; the original language is always present. */
  text: LocalizedText,
});

export const Speaker = z.strictObject({
  id: LocalId,
  /** The name to show, e.g. "Eva Lind" or "the city council". */
  name: z.string().min(1),
  /** `collective` for governments, organisations, countries and groups that speak as one. */
  kind: z.enum(['person', 'collective']).default('person'),
  /** The speaker's role per language, e.g. `{ "en": "Minister of the Interior" }`. */
  role: LocalizedText.optional(),
  organisation: z.string().min(1).optional(),
  /** Names per language where they differ from `name` (e.g. "Moskau" / "Moscow"). */
  localizedName: LocalizedText.optional(),
  /**
   * The speaker's stable key across articles, a slug such as `eva-lind`. When absent it is derived from `name`
   * (see `speakerKey` in `core/speakers/speaker-key.ts`); set it where two people share a name, or one person
   * is named differently in different articles.
   */
  key: Slug.optional(),
  /** The speaker's Wikidata item, e.g. `Q42`, when known. */
  wikidata: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, SCHEMA_RULES.wikidata)
    .optional(),
});

export const Quote = z.strictObject({
  id: LocalId,
  /** The speaker's id, or `null` when the statement is not attributed to anyone. */
  speaker: LocalId.nullable(),
  kind: QuoteKind,
  /** What was said, per language; more than one span when the quote is interrupted (e.g. by its cue). */
  spans: SpansByLanguage,
  /** The words that introduce the quote ("sagte", "fügte … hinzu"), per language. */
  cue: SpansByLanguage.optional(),
  /** Where the speaker is named or referred to for this quote, per language. */
  speakerMention: SpansByLanguage.optional(),
  /**
   * The speaker id of the medium that relays the quotation, when the text says one does ("the paper quotes her
   * as saying", "laut der Zeitung"): a newspaper, agency, broadcaster or press release, usually `collective`.
   * `speaker` stays the person whose words they are.
   */
  relayedBy: LocalId.optional(),
  /** When and where it was said, if the text says so. */
  said: z
    .object({
      date: PartialDate.optional(),
      event: LocalId.optional(),
      place: LocalizedText.optional(),
    })
    .optional(),
  confidence: Confidence.optional(),
  needsReview: z.boolean().optional(),
});

export const ArticleEvent = z.strictObject({
  id: LocalId,
  /** When it happened, at its real precision. */
  date: PartialDate,
  label: LocalizedText,
  /** `stated`: the text gives the date; `editorial`: added as context by whoever annotated the article. */
  dateSource: z.enum(['stated', 'editorial']),
  /** Where the text mentions the event, per language. May be empty for editorial context. */
  mentions: SpansByLanguage,
  confidence: Confidence.optional(),
  needsReview: z.boolean().optional(),
});

export const Source = z.strictObject({
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: SCHEMA_RULES.url }).optional(),
  /**
   * What kind of source this is. `syndicatedPressRelease` and `thirdParty` make the reader show a provenance
   * banner; `import` marks text a user pasted in.
   */
  kind: z.enum(['newsroom', 'newsAgency', 'syndicatedPressRelease', 'thirdParty', 'import']),
  /** The distributor's disclaimer, per language. */
  disclaimer: LocalizedText.optional(),
  /** What the distributor says about itself, per language. */
  description: LocalizedText.optional(),
});

export const Annotation = z.strictObject({
  /** `manual`: annotated by a person; `automatic`: by the annotator, to be reviewed. */
  method: z.enum(['manual', 'automatic']),
  tool: z.string().optional(),
  /** ISO 8601 timestamp. */
  createdAt: z.string().optional(),
});

/** How a translation (every text of the article in one non-original language) was made. */
export const TranslationInfo = z.strictObject({
  /** `manual`: translated by a person; `machine`: by a machine translator, to be read as such. */
  method: z.enum(['manual', 'machine']),
  /** The translator, e.g. "Chrome on-device translator". */
  tool: z.string().min(1).optional(),
  /** ISO 8601 timestamp. */
  createdAt: z.string().optional(),
});

const ArticleShape = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Slug,
  /** The language the article was written in (BCP 47). */
  originalLanguage: LanguageTag,
  /** Every language the article is available in, the original first. */
  languages: z.array(LanguageTag).min(1),
  title: LocalizedText,
  summary: LocalizedText.optional(),
  /** Publication date, `YYYY-MM-DD` or a full ISO 8601 timestamp: the base for "am Donnerstag", "gestern". */
  published: z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: SCHEMA_RULES.published,
  }),
  source: Source,
  annotation: Annotation.default({ method: 'manual' }),
  /**
   * How each translation was made, keyed by a declared language other than the original. A language missing
   * here was translated by hand.
   */
  translations: z.record(LanguageTag, TranslationInfo).optional(),
  paragraphs: z.array(Paragraph).min(1, SCHEMA_RULES.noParagraphs),
  speakers: z.array(Speaker),
  quotes: z.array(Quote),
  events: z.array(ArticleEvent),
});

/** The article format, version 2, with every integrity check. */
export const Article = ArticleShape.superRefine(checkArticleIntegrity);

export type Article = z.output<typeof Article>;
export type ArticleInput = z.input<typeof Article>;
export type Span = z.output<typeof Span>;
export type SpansByLanguage = z.output<typeof SpansByLanguage>;
export type Paragraph = z.output<typeof Paragraph>;
export type Speaker = z.output<typeof Speaker>;
export type Quote = z.output<typeof Quote>;
export type QuoteKind = z.output<typeof QuoteKind>;
export type ArticleEvent = z.output<typeof ArticleEvent>;
export type LocalizedText = z.output<typeof LocalizedText>;
export type Source = z.output<typeof Source>;
export type TranslationInfo = z.output<typeof TranslationInfo>;
/** The article as the structural schema sees it, before the integrity checks. */
export type ArticleShape = z.output<typeof ArticleShape>;
