// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { parseArticleJson } from '../core/article/parse';
import { articleProblem, type ProblemDetail } from '../core/article/problems';
import { resources } from '../locales/resources';
import { generateArticle } from '../testing/data-generators';
import { ArticleProblemText, problemText } from './ArticleProblemText';

const broken = import.meta.glob<string>('../core/article/__fixtures__/broken/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
/** The broken and unusual files of the end-to-end tests (`e2e/robustness.spec.ts`). */
const unusual = import.meta.glob<string>('../../e2e/fixtures/articles/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

async function translator(language: 'en' | 'de') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return instance;
}

async function texts(language: 'en' | 'de', detail: ProblemDetail): Promise<string> {
  const instance = await translator(language);
  return problemText(instance.getFixedT<'articleProblems'>(language, 'articleProblems'), detail, language);
}

describe('problemText', () => {
  it.each<[ProblemDetail, string, string]>([
    [
      { code: 'wrongType', expected: 'string', found: { kind: 'number', value: '5' } },
      'expected string, got number 5',
      'erwartet: Text, gefunden: die Zahl 5',
    ],
    [
      { code: 'undefinedSpeaker', id: 'mayor' },
      'refers to speaker "mayor", which is not defined',
      'verweist auf die Person „mayor“, die nicht definiert ist',
    ],
    [
      { code: 'pastParagraphEnd', end: 500, paragraph: 'p1', length: 1 },
      '500 is past the end of paragraph p1 (1 character)',
      '500 liegt hinter dem Ende von Absatz p1 (1 Zeichen)',
    ],
    [
      { code: 'pastParagraphEnd', end: 500, paragraph: 'p1', length: 70 },
      '500 is past the end of paragraph p1 (70 characters)',
      '500 liegt hinter dem Ende von Absatz p1 (70 Zeichen)',
    ],
    [
      { code: 'rule', rule: 'published', found: { kind: 'string', text: '"gestern"' } },
      'expected a date (YYYY-MM-DD) or an ISO 8601 timestamp, got "gestern"',
      'erwartet ein Datum (JJJJ-MM-TT) oder einen Zeitstempel nach ISO 8601, gefunden: "gestern"',
    ],
    [
      { code: 'fileTooLarge', megabytes: 4.25, limitMegabytes: 4 },
      'the file is 4.3 MB; articles may be at most 4.0 MB',
      'die Datei hat 4,3 MB; Artikel dürfen höchstens 4,0 MB haben',
    ],
    [
      { code: 'exactMismatch', paragraph: 'p4', start: 120, end: 188, foundStart: 118, foundEnd: 186 },
      'does not match paragraph p4 at 120-188; the text is at 118-186 (offsets count UTF-16 code units)',
      'stimmt nicht mit Absatz p4 bei 120–188 überein; der Text steht bei 118–186 (Positionen zählen UTF-16-Codeeinheiten)',
    ],
    [
      { code: 'notJson', syntax: 'expectedPropertyName', line: 2, column: 3, character: '}' },
      'not valid JSON at line 2, column 3: expected a field name in double quotes, found "}"',
      'kein gültiges JSON in Zeile 2, Spalte 3: hier gehört ein Feldname in doppelten Anführungszeichen hin, gefunden: „}“',
    ],
    [
      { code: 'notJson', syntax: 'unexpectedEnd', line: 1200, column: 1 },
      'not valid JSON at line 1,200, column 1: the text ends too early',
      'kein gültiges JSON in Zeile 1.200, Spalte 1: der Text endet zu früh',
    ],
    [
      { code: 'notJson', syntax: 'expectedCommaOrBracket', line: 1, column: 9, character: '}' },
      'not valid JSON at line 1, column 9: missing "," or "]" before "}"',
      'kein gültiges JSON in Zeile 1, Spalte 9: „,“ oder „]“ fehlt vor „}“',
    ],
    [
      { code: 'rule', rule: 'published', found: { kind: 'missing' } },
      'expected a date (YYYY-MM-DD) or an ISO 8601 timestamp, got nothing (the field is missing)',
      'erwartet ein Datum (JJJJ-MM-TT) oder einen Zeitstempel nach ISO 8601, gefunden: nichts (das Feld fehlt)',
    ],
    [
      { code: 'notAnObject', type: 'array' },
      'expected an object, got an array',
      'erwartet ein Objekt, gefunden eine Liste',
    ],
  ])('%j', async (detail, english, german) => {
    expect(await texts('en', detail)).toBe(english);
    expect(await texts('de', detail)).toBe(german);
  });

  it('writes every number in the regional variant it is given, counts in the sentence too', async () => {
    const instance = await translator('de');
    const t = instance.getFixedT<'articleProblems'>('de', 'articleProblems');
    const swiss = new Intl.NumberFormat('de-CH');
    // A count of one or many is still worded by German's plural, whatever its digits look like.
    expect(
      problemText(t, { code: 'pastParagraphEnd', end: 1300, paragraph: 'p1', length: 1200 }, 'de-CH'),
    ).toBe(`1300 liegt hinter dem Ende von Absatz p1 (${swiss.format(1200)} Zeichen)`);
    expect(problemText(t, { code: 'tooFewItems', minimum: 1 }, 'de-CH')).toBe(
      'erwartet mindestens 1 Eintrag',
    );
    expect(problemText(t, { code: 'tooFewItems', minimum: 1200 }, 'de-CH')).toBe(
      `erwartet mindestens ${swiss.format(1200)} Einträge`,
    );
    expect(problemText(t, { code: 'notJson', syntax: 'unexpectedEnd', line: 1200, column: 1 }, 'de-CH')).toBe(
      `kein gültiges JSON in Zeile ${swiss.format(1200)}, Spalte 1: der Text endet zu früh`,
    );
  });

  it('words every problem of the broken fixtures in English as the command line does', async () => {
    for (const [name, text] of Object.entries({ ...broken, ...unusual })) {
      const result = parseArticleJson(text);
      for (const problem of result.ok ? [] : result.problems) {
        expect(await texts('en', problem.detail), name).toBe(problem.message);
      }
    }
  });

  it('says a missing field is missing, not "undefined" (an article file without its date)', async () => {
    const { published: _, ...undated } = generateArticle();
    const result = parseArticleJson(JSON.stringify(undated));
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((problem) => problem.path)).toEqual(['published']);
    expect(problems[0]?.message).toMatch(/, got nothing \(the field is missing\)$/);
    expect(await texts('de', problems[0]!.detail)).toMatch(/, gefunden: nichts \(das Feld fehlt\)$/);
  });

  it('words every problem of the broken fixtures in German, none left in English', async () => {
    for (const [name, text] of Object.entries(broken)) {
      const result = parseArticleJson(text);
      const [problem] = result.ok ? [] : result.problems;
      expect(problem, name).toBeDefined();
      const german = await texts('de', problem!.detail);
      expect(german, name).not.toBe(problem!.message);
      expect(german, name).not.toMatch(/\b(?:expected|refers|missing|got|not|the)\b/);
    }
  });
});

describe('ArticleProblemText', () => {
  it('shows the place as code, then the problem in the interface language', async () => {
    const instance = await translator('de');
    render(
      <I18nextProvider i18n={instance}>
        <p data-testid="problem">
          <ArticleProblemText
            problem={articleProblem('paragraphs[3].text.en', {
              code: 'wrongType',
              expected: 'string',
              found: { kind: 'null' },
            })}
          />
        </p>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('problem').textContent).toBe(
      'paragraphs[3].text.en: erwartet: Text, gefunden: null',
    );
    expect(screen.getByText('paragraphs[3].text.en').tagName).toBe('CODE');
  });

  it('names the file as a whole in the interface language, and where in it JSON breaks off', async () => {
    const instance = await translator('de');
    const result = parseArticleJson('{\n  "id": "x",\n  title: 1\n}');
    render(
      <I18nextProvider i18n={instance}>
        <p data-testid="problem">{result.ok ? null : <ArticleProblemText problem={result.problems[0]!} />}</p>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('problem').textContent).toBe(
      '(Datei): kein gültiges JSON in Zeile 3, Spalte 3: hier gehört ein Feldname in doppelten Anführungszeichen hin, gefunden: „t“',
    );
  });

  it.each<['en' | 'de', string, string]>([
    ['en', '(file)', 'not valid JSON at line 2, column 5: the text ends too early'],
    ['de', '(file)', 'kein gültiges JSON in Zeile 2, Spalte 5: der Text endet zu früh'],
    ['en', 'quotes', 'quotes: not valid JSON at line 2, column 5: the text ends too early'],
    ['de', 'quotes', 'quotes: kein gültiges JSON in Zeile 2, Spalte 5: der Text endet zu früh'],
  ])(
    'in a line of a backup (%s), a problem of %s says no "(file)": the line is already named',
    async (language, path, text) => {
      const instance = await translator(language);
      render(
        <I18nextProvider i18n={instance}>
          <p data-testid="problem">
            <ArticleProblemText
              problem={articleProblem(path, { code: 'notJson', syntax: 'unexpectedEnd', line: 2, column: 5 })}
              inLine
            />
          </p>
        </I18nextProvider>,
      );
      expect(screen.getByTestId('problem').textContent).toBe(text);
    },
  );

  it('has words for every kind of JSON syntax error in both languages', async () => {
    const kinds = [
      'unexpectedEnd',
      'unclosedString',
      'unexpectedCharacter',
      'expectedPropertyName',
      'trailingComma',
      'expectedColon',
      'expectedCommaOrBrace',
      'expectedCommaOrBracket',
      'controlInString',
      'invalidEscape',
      'invalidNumber',
      'extraText',
      'unknown',
    ] as const;
    for (const syntax of kinds) {
      const detail: ProblemDetail = { code: 'notJson', syntax, line: 4, column: 2, character: 'x' };
      expect(await texts('en', detail), syntax).toBe(articleProblem('(file)', detail).message);
      const german = await texts('de', detail);
      expect(german, syntax).toMatch(/^kein gültiges JSON in Zeile 4, Spalte 2: \S/);
      expect(german, syntax).not.toContain('syntax.');
    }
  });
});
