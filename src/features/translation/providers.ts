/**
 * The machine translators the reader may use, in order of preference. To add one (a self-hosted engine, say),
 * implement `MachineTranslator` (`src/core/translation/translator.ts`) in a module of this folder and list it here;
 * the reader asks each in turn and uses the first that can translate the pair. Nothing else changes.
 */
import type { MachineTranslator, TranslatorAvailability } from '../../core/translation/translator';
import { createBrowserTranslator } from './browser-translator';

export const translators: readonly MachineTranslator[] = [createBrowserTranslator()];

/** A translator for a pair with its availability: the first that can translate it, else the first one's reason. */
export interface TranslatorChoice {
  translator: MachineTranslator;
  availability: TranslatorAvailability;
}

/** Asks each translator in turn (availability only: nothing is downloaded) and picks as described above. */
export async function chooseTranslator(
  from: string,
  to: string,
  candidates: readonly MachineTranslator[] = translators,
): Promise<TranslatorChoice | undefined> {
  let first: TranslatorChoice | undefined;
  for (const translator of candidates) {
    const availability = await translator.availability(from, to);
    if (availability.status !== 'unavailable') return { translator, availability };
    first ??= { translator, availability };
  }
  return first;
}
