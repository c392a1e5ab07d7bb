// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import bootScript from '../../../public/preferences-boot.js?raw';
import {
  applyPreferences,
  MAX_TEXT_SIZE,
  MIN_TEXT_SIZE,
  parseTextSize,
  parseTheme,
  readPreferences,
  stepTextSize,
  TEXT_SIZE_STORAGE_KEY,
  THEME_STORAGE_KEY,
} from './preferences';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-text-size');
});

describe('parseTheme', () => {
  it.each([
    { stored: null, theme: 'system' },
    { stored: 'light', theme: 'light' },
    { stored: 'dark', theme: 'dark' },
    { stored: 'system', theme: 'system' },
    { stored: 'DARK', theme: 'system' },
    { stored: 'sepia', theme: 'system' },
  ])('$stored -> $theme', ({ stored, theme }) => {
    expect(parseTheme(stored)).toBe(theme);
  });
});

describe('parseTextSize', () => {
  it.each([
    { stored: null, size: 0 },
    { stored: '-1', size: -1 },
    { stored: '3', size: 3 },
    { stored: '4', size: 0 },
    { stored: '-2', size: 0 },
    { stored: '1.5', size: 0 },
    { stored: ' 2', size: 0 },
    { stored: 'big', size: 0 },
  ])('$stored -> $size', ({ stored, size }) => {
    expect(parseTextSize(stored)).toBe(size);
  });
});

it('stepTextSize stays within range', () => {
  expect(stepTextSize(0, 1)).toBe(1);
  expect(stepTextSize(MAX_TEXT_SIZE, 1)).toBe(MAX_TEXT_SIZE);
  expect(stepTextSize(MIN_TEXT_SIZE, -1)).toBe(MIN_TEXT_SIZE);
});

const storedValues: { name: string; theme?: string; size?: string }[] = [
  { name: 'nothing stored' },
  { name: 'dark, larger', theme: 'dark', size: '2' },
  { name: 'light, smaller', theme: 'light', size: '-1' },
  { name: 'largest', size: '3' },
  { name: 'out of range and unknown values', theme: 'sepia', size: '7' },
  { name: 'the default size stored explicitly', theme: 'system', size: '0' },
];

describe('public/preferences-boot.js agrees with readPreferences + applyPreferences', () => {
  it.each(storedValues)('$name', ({ theme, size }) => {
    if (theme !== undefined) localStorage.setItem(THEME_STORAGE_KEY, theme);
    if (size !== undefined) localStorage.setItem(TEXT_SIZE_STORAGE_KEY, size);
    // The boot script is plain browser JavaScript, run here as the page would run it.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const boot = new Function(bootScript) as () => void;
    boot();
    const booted = document.documentElement;
    const expected = document.createElement('html');
    applyPreferences(readPreferences(), expected);
    expect(booted.getAttribute('data-theme')).toBe(expected.getAttribute('data-theme'));
    expect(booted.getAttribute('data-text-size')).toBe(expected.getAttribute('data-text-size'));
  });
});
