import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ArticleProblem, FoundValue, ProblemDetail } from '../core/article/problems';
import { useFormatLocale } from './use-format-locale';

type T = TFunction<'articleProblems'>;

/** The zod type names that have words of their own; any other is shown as zod names it. */
const NAMED_TYPES = ['string', 'number', 'int', 'boolean', 'array', 'object', 'record', 'null'] as const;

function typeName(t: T, expected: string): string {
  const named = NAMED_TYPES.find((name) => name === expected);
  return named ? t(`type.${named}`) : expected;
}

function foundText(t: T, found: FoundValue): string {
  switch (found.kind) {
    case 'string':
      return t('found.string', { text: found.text });
    case 'number':
    case 'boolean':
    case 'tooLarge':
      return t(`found.${found.kind}`, { value: found.value });
    case 'other':
      return t('found.other', { type: found.type });
    default:
      return t(`found.${found.kind}`);
  }
}

/**
 * An article's problem in the interface language: the same codes and values the command line writes in English
 * (`problemMessage` in `src/core/article/problems.ts`). Its numbers, also the counts inside the strings, are
 * formatted for `locale` (the interface language's regional variant, `useFormatLocale`).
 */
export function problemText(t: T, detail: ProblemDetail, locale: string): string {
  const found = 'found' in detail && detail.found ? foundText(t, detail.found) : '';
  switch (detail.code) {
    case 'fileTooLarge': {
      const megabytes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return t('problem.fileTooLarge', {
        megabytes: megabytes.format(detail.megabytes),
        limitMegabytes: megabytes.format(detail.limitMegabytes),
      });
    }
    case 'notJson': {
      const number = new Intl.NumberFormat(locale);
      return t('problem.notJson', {
        line: number.format(detail.line),
        column: number.format(detail.column),
        what: t(`syntax.${detail.syntax}`, { found: detail.character ?? '' }),
      });
    }
    case 'notAnObject':
      return t('problem.notAnObject', { found: t(`notAnObject.${detail.type}`) });
    case 'missing':
      return t('problem.missing', { expected: typeName(t, detail.expected) });
    case 'wrongType':
      return t('problem.wrongType', { expected: typeName(t, detail.expected), found });
    case 'rule':
      return t(detail.found ? 'problem.ruleFound' : 'problem.rule', {
        rule: t(`rule.${detail.rule}`),
        found,
      });
    case 'tooShort':
    case 'tooFewItems':
      return t(`problem.${detail.code}`, { count: detail.minimum, locale });
    case 'tooLong':
    case 'tooManyItems':
      return t(`problem.${detail.code}`, { count: detail.maximum, locale });
    case 'pastParagraphEnd':
      return t('problem.pastParagraphEnd', { ...detail, count: detail.length, locale });
    case 'exactMismatch':
      return t(
        detail.foundStart === undefined ? 'problem.exactMismatch' : 'problem.exactMismatchFound',
        detail,
      );
    default:
      return t(`problem.${detail.code}`, { ...detail, found });
  }
}

/** The places that are no JSON path but the file or the article as a whole, by their key in `place`. */
const PLACES = { '(file)': 'file', '(article)': 'article' } as const;

/**
 * One problem of an article as a person reads it: its place (the JSON path as code, or the file or the article as a
 * whole in words), then what is wrong there. `inLine`: the problem is of one line of a backup, whose number is
 * already said; a problem of that line as a whole then has no place of its own ("Line 2: not valid JSON …").
 */
export function ArticleProblemText({
  problem,
  inLine = false,
}: {
  problem: ArticleProblem;
  inLine?: boolean;
}) {
  const { t, i18n } = useTranslation('articleProblems');
  const place = PLACES[problem.path as keyof typeof PLACES] as
    (typeof PLACES)[keyof typeof PLACES] | undefined;
  const text = problemText(t, problem.detail, useFormatLocale(i18n.resolvedLanguage ?? 'en'));
  if (inLine && place === 'file') return <>{text}</>;
  return (
    <>
      {place ? t(`place.${place}`) : <code>{problem.path}</code>}: {text}
    </>
  );
}
