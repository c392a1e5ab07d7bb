/**
 * The notice a page shows when the app cannot start: a script chunk did not load (the connection dropped, a new
 * release replaced the files). Without it, a page that is not prerendered stays blank and a prerendered one looks
 * fine but does not respond. The notice cannot come from the app's own code or strings, which are what failed to
 * load, so the build writes it into `index.html` as a `<template>` holding one copy per interface language, from
 * the `boot` strings of each locale's `settings.json` (not `common.json`, whose strings every page loads before its
 * first render: these are only read here, at build time); `src/app/main.tsx` shows the copy in the reader's language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The strings of the notice in one language (`settings.json`, key `boot`). */
export interface BootFailureStrings {
  title: string;
  body: string;
  reload: string;
}

export const BOOT_FAILURE_ID = 'boot-failure';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The `<template>`'s content: one alert per language, each marked with its `lang`. */
export function bootFailureMarkup(strings: Record<string, BootFailureStrings>): string {
  return Object.entries(strings)
    .map(
      ([language, { title, body, reload }]) =>
        `<section class="notice notice--error boot-failure" role="alert" lang="${escapeHtml(language)}">` +
        `<h2 class="notice__title">${escapeHtml(title)}</h2><p>${escapeHtml(body)}</p>` +
        `<div class="notice__actions"><button type="button" class="button">${escapeHtml(reload)}</button></div>` +
        `</section>`,
    )
    .join('');
}

/** Every locale's notice strings, read from `src/locales/<lang>/settings.json`. */
export function readBootFailureStrings(
  localesDir = resolve(import.meta.dirname, '../src/locales'),
): Record<string, BootFailureStrings> {
  const strings: Record<string, BootFailureStrings> = {};
  for (const language of readdirSync(localesDir, { withFileTypes: true })) {
    if (!language.isDirectory()) continue;
    const settings = JSON.parse(readFileSync(join(localesDir, language.name, 'settings.json'), 'utf8')) as {
      boot: BootFailureStrings;
    };
    strings[language.name] = settings.boot;
  }
  return strings;
}

/** Writes the notice's `<template>` into `index.html`, before the app's root. */
export function bootFailureNotice(): Plugin {
  return {
    name: 'stimmen:boot-failure-notice',
    transformIndexHtml: () => [
      {
        tag: 'template',
        attrs: { id: BOOT_FAILURE_ID },
        children: bootFailureMarkup(readBootFailureStrings()),
        injectTo: 'body-prepend',
      },
    ],
  };
}
