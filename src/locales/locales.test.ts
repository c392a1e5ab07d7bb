/**
 * Every interface language has exactly the keys of English (plural forms as its own plural rules need them), no
 * empty text, and no text left in English except where English is right (names, loan words).
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { FIRST_NAMESPACES } from './first-namespaces';
import { loadLanguage, orderLanguages } from './languages';
import { collectResources, interfaceLanguages, namespaces, resources } from './resources';

/** Texts that are rightly the same as in English in the listed languages: `namespace:key`. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  'common:appName': ['de'], // the brand
  'reader:textMode.original': ['de'], // "Original ({{language}})" is German too
  'reader:column.original': ['de'],
  'reader:textMode.label': ['de'], // "Text"
  'import:textLabel': ['de'], // "Text"
  'shortcuts:keys.Escape': ['de'], // the key's name on German keyboards too
  // Only placeholders and punctuation: nothing to translate.
  'quotes:panel.announce': ['de'],
  'quotes:text.translation': ['de'],
  'timeline:eventName': ['de'],
  'timeline:eventNameEditorial': ['de'],
  'timeline:publishedName': ['de'],
  'settings:pageTitle': ['de'],
  'archive:speaker.person': ['de'], // "Person"
  // A problem's values as the file has them, JSON's `null`, and placeholders only.
  'articleProblems:problem.rule': ['de'],
  'articleProblems:problem.other': ['de'],
  'articleProblems:found.null': ['de'],
  'articleProblems:found.string': ['de'],
  'articleProblems:found.other': ['de'],
  'articleProblems:notAnObject.null': ['de'],
  'articleProblems:type.null': ['de'],
};

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens nested resources into `a.b.c` keys with their text. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      for (const [k, v] of flatten(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else out.set(prefix, value);
  return out;
}

/** The keys `language` must have, given English's: plural keys expanded to the language's plural categories. */
function expectedKeys(englishKeys: Iterable<string>, language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of englishKeys) {
    if (PLURAL_SUFFIX.test(key)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const category of categories) keys.add(`${base}_${category}`);
    } else keys.add(key);
  }
  return keys;
}

function namespaceOf(language: string, namespace: string): Map<string, unknown> {
  return flatten((resources[language] as Record<string, unknown> | undefined)?.[namespace]);
}

it('English and German are both there, English first', () => {
  expect(interfaceLanguages.slice(0, 2)).toEqual(['en', 'de']);
});

describe.each(interfaceLanguages)('locale %s', (language) => {
  it('loads on demand with exactly the bundled strings', async () => {
    expect(await loadLanguage(language)).toEqual(resources[language]);
  });

  it('loads the strings of the first render on their own', async () => {
    const first = await loadLanguage(language, FIRST_NAMESPACES);
    expect(Object.keys(first).sort()).toEqual([...FIRST_NAMESPACES].sort());
    for (const namespace of FIRST_NAMESPACES)
      expect(first[namespace]).toEqual(resources[language]?.[namespace]);
  });

  it.each([...namespaces])('has a %s namespace and no namespace English lacks', (namespace) => {
    expect(Object.keys(resources[language] ?? {}).sort()).toEqual(Object.keys(resources.en ?? {}).sort());
    expect(resources[language]?.[namespace], `${language}/${namespace}.json`).toBeDefined();
  });

  it.each([...namespaces])('%s: exactly the keys of English, with its own plural forms', (namespace) => {
    const english = namespaceOf('en', namespace);
    const own = namespaceOf(language, namespace);
    expect([...own.keys()].sort()).toEqual([...expectedKeys(english.keys(), language)].sort());
  });

  it.each([...namespaces])('%s: every text is a non-empty string', (namespace) => {
    for (const [key, value] of namespaceOf(language, namespace)) {
      expect(typeof value === 'string' && value.trim() !== '', `${language} ${namespace}:${key}`).toBe(true);
    }
  });

  it.each([...namespaces])('%s: every interpolation of English is used', (namespace) => {
    const english = namespaceOf('en', namespace);
    for (const [key, value] of namespaceOf(language, namespace)) {
      const englishValue = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
      // Each placeholder by its name, with its format if it has one (`{{count, number}}`).
      const variables = (text: unknown) =>
        new Set(
          String(text)
            .match(/\{\{\s*\w+\s*(?:,[^}]*)?\}\}/g)
            ?.map((v) => v.replace(/\s+/g, '')),
        );
      // A singular may say "one" instead of {{count}}; every other placeholder must survive translation.
      const wanted = [...variables(englishValue)].filter(
        (v) => !/_one$/.test(key) || !/^\{\{count\b/.test(v),
      );
      for (const variable of wanted)
        expect(variables(value).has(variable), `${language} ${namespace}:${key} uses ${variable}`).toBe(true);
    }
  });
});

describe.each(interfaceLanguages)('locale %s: numbers through Intl', (language) => {
  // "1.200 Annotationen", "1,200 annotations": a count is formatted by `Intl` (in the interface language, or the
  // regional variant passed as `locale`), as every other number the interface shows, not as `String(n)` writes it.
  it.each([...namespaces])(
    '%s: a count or progress is interpolated as a number ({{count, number}})',
    (namespace) => {
      for (const [key, value] of namespaceOf(language, namespace))
        expect(String(value), `${language} ${namespace}:${key}`).not.toMatch(/\{\{\s*(?:count|done)\s*\}\}/);
    },
  );

  it('says a count of 1200 with the group separator of the language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: language, ns: [...namespaces], interpolation: { escapeValue: false } });
    const formatted = new Intl.NumberFormat(language).format(1200);
    expect(i18n.t('import:bar.review', { count: 1200 })).toContain(formatted);
    expect(i18n.t('translation:translating', { count: 1200, done: 1100, language: 'x' })).toContain(
      new Intl.NumberFormat(language).format(1100),
    );
  });

  it('says a count in the regional variant the app passes as `locale`, worded by the language’s plural', async () => {
    // The app passes its format locale (`useFormatLocale`: "de-CH", "en-IN") with every count.
    const regional = `${language}-${language === 'de' ? 'CH' : 'IN'}`;
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: language, ns: [...namespaces], interpolation: { escapeValue: false } });
    const many = new Intl.NumberFormat(regional).format(120000);
    expect(many).not.toBe(new Intl.NumberFormat(language).format(120000));
    expect(i18n.t('import:bar.review', { count: 120000, locale: regional })).toContain(many);
    expect(i18n.t('import:bar.review', { count: 120000, locale: regional })).toBe(
      i18n.t('import:bar.review', { count: 2 }).replace('2', many),
    );
    expect(i18n.t('import:bar.review', { count: 1, locale: regional })).toBe(
      i18n.t('import:bar.review', { count: 1 }),
    );
  });
});

describe.each(interfaceLanguages)('locale %s: one name for each kind of quote', (language) => {
  // The quote panel, its corrections and the search results name the same kinds: a reader who sees two names
  // ("Berichtete Äußerung" in the text, "Wiedergegebene Aussage" in the results) takes them for two kinds.
  it.each(['direct', 'indirect', 'reported', 'freeIndirect'])('%s', (kind) => {
    const names = new Set([
      namespaceOf(language, 'quotes').get(`kind.${kind}.name`),
      namespaceOf(language, 'corrections').get(`kinds.${kind}`),
      namespaceOf(language, 'archive').get(`kind.${kind}`),
    ]);
    expect([...names]).toHaveLength(1);
  });
});

describe.each(interfaceLanguages.filter((language) => language !== 'en'))('translation %s', (language) => {
  it.each([...namespaces])('%s: nothing left untranslated', (namespace) => {
    const english = namespaceOf('en', namespace);
    const untranslated = [...namespaceOf(language, namespace)]
      .filter(([key, value]) => english.get(key) === value)
      .map(([key]) => `${namespace}:${key}`)
      .filter((key) => !SAME_AS_ENGLISH[key]?.includes(language));
    expect(untranslated).toEqual([]);
  });
});

describe('a dropped-in locale folder', () => {
  const files = {
    './en/common.json': { default: { appName: 'Stimmen' } },
    './fr/common.json': { default: { appName: 'Stimmen', tagline: 'Qui dit quoi, et quand' } },
    './fr/reader.json': { default: { published: 'Publié le {{date}}' } },
    './de/common.json': { default: { appName: 'Stimmen' } },
    './README.md': { default: {} },
  };

  it('becomes an interface language with all its namespaces', () => {
    const collected = collectResources(files);
    expect(orderLanguages(Object.keys(collected))).toEqual(['en', 'de', 'fr']);
    expect(collected.fr).toEqual({
      common: { appName: 'Stimmen', tagline: 'Qui dit quoi, et quand' },
      reader: { published: 'Publié le {{date}}' },
    });
  });

  it('is checked against English with its own plural categories', () => {
    expect([...expectedKeys(['more_one', 'more_other', 'title'], 'fr')].sort()).toEqual([
      'more_many',
      'more_one',
      'more_other',
      'title',
    ]);
    expect([...expectedKeys(['more_one', 'more_other'], 'ja')]).toEqual(['more_other']);
  });
});
