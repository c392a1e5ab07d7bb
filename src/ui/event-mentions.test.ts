// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FLASH_CLASS,
  FLASH_MS,
  firstMention,
  mentionLink,
  mentionedEventAt,
  revealMention,
} from './event-mentions';

/**
 * Side by side: each row has the original (de) and the translation (en); e2 is mentioned only in English. The
 * interface is English: the links in the German column carry `lang="en"`, their names' language.
 */
const PARALLEL = `
  <div data-row="p1">
    <p lang="de">Am <a lang="en" data-anchor="e1" data-event="e1" id="de-e1">Montag</a> …</p>
    <p lang="en">On <a data-anchor="e1" data-event="e1" id="en-e1">Monday</a> …</p>
  </div>
  <div data-row="p2">
    <p lang="de">Später, <span data-quote="q1" data-event="e1" id="de-e1-b">am Montag</span></p>
    <p lang="en">Later, <span data-quote="q1" data-event="e2" id="en-e2"><b id="inner">in May</b></span></p>
  </div>
  <div data-row="p3">
    <p lang="de"><a lang="en" data-anchor="q2" data-quote="q2" data-event="e3" id="quote-anchor">„Im Mai“</a>
      <span data-event="e3" id="plain-date">im Mai</span> <span data-quote="q2" id="plain-quote">sagte</span></p>
  </div>`;

beforeEach(() => {
  document.body.innerHTML = PARALLEL;
});

describe('firstMention', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    ['the first in document order without a language', 'e1', undefined, 'de-e1'],
    ['the original column side by side', 'e1', 'de', 'de-e1'],
    ['the translation column when asked', 'e1', 'en', 'en-e1'],
    ['any column when the language has none', 'e2', 'de', 'en-e2'],
    ['nothing for an event the text does not mention', 'e9', 'de', undefined],
  ])('%s', (_, event, language, expected) => {
    expect(firstMention(event, language)?.id).toBe(expected);
  });
});

describe('mentionLink', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    ['the original column side by side', 'e1', 'de', 'de-e1'],
    ['the translation column when asked', 'e1', 'en', 'en-e1'],
    // e2 and e3 are mentioned, but only inside a quote's link or segment: no link of their own to focus.
    ['none where the date has no link of its own', 'e3', 'de', undefined],
    ['nothing for an event the text does not mention', 'e9', 'de', undefined],
  ])('%s', (_, event, language, expected) => {
    expect(mentionLink(event, language)?.id).toBe(expected);
  });
});

describe('mentionedEventAt', () => {
  it.each<[string, string, string | undefined]>([
    ["a date's own anchor", 'de-e1', 'e1'],
    ['a plain date segment', 'plain-date', 'e3'],
    ['a date inside a quote selects the quote, not the date', 'inner', undefined],
    ["a quote's anchor with a date inside", 'quote-anchor', undefined],
    ['a quote without a date', 'plain-quote', undefined],
    ['no element at all', 'not-there', undefined],
  ])('%s', (_, id, expected) => {
    expect(mentionedEventAt(document.getElementById(id))).toBe(expected);
  });
});

describe('revealMention', () => {
  afterEach(() => vi.useRealTimers());

  it('highlights for a moment, then removes the highlight', () => {
    vi.useFakeTimers();
    const element = document.getElementById('de-e1')!;
    const scroll = vi.fn();
    element.scrollIntoView = scroll;
    revealMention(element);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    expect(element.classList.contains(FLASH_CLASS)).toBe(true);
    vi.advanceTimersByTime(FLASH_MS - 1);
    expect(element.classList.contains(FLASH_CLASS)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(element.classList.contains(FLASH_CLASS)).toBe(false);
  });

  it('jumps instead of scrolling smoothly when less motion is wanted', () => {
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList);
    const element = document.getElementById('en-e1')!;
    const scroll = vi.fn();
    element.scrollIntoView = scroll;
    revealMention(element);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'instant' });
  });
});
