/**
 * The DOM contract between the text and anything that points into it: the reader marks every stretch of text
 * that mentions a dated event with `data-event="<event id>"` inside an element with the text's `lang` (a mention's
 * link carries a `lang` of its own, the interface's, that of its name: `textLanguageOf` looks past it). These
 * helpers find such a mention, tell which event a click landed on, and bring a mention into view.
 */
import './event-mentions.css';
import { scrollBehaviourTo } from './quote-dom';

/** How long a revealed mention stays highlighted, in milliseconds (the CSS animation lasts as long). */
export const FLASH_MS = 1500;
export const FLASH_CLASS = 'mention-flash';

/**
 * The id of the event that a click on `target` selects in the text, if any. This mirrors the reader: a date's
 * own anchor (`data-anchor` equal to its `data-event`) selects the event, a quote's anchor selects the quote
 * even when a date lies inside it, and a plain segment selects its quote if it has one, else its event.
 */
export function mentionedEventAt(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  const anchor = target.closest<HTMLElement>('[data-anchor]');
  if (anchor) return anchor.dataset.anchor === anchor.dataset.event ? anchor.dataset.event : undefined;
  const segment = target.closest<HTMLElement>('[data-quote], [data-event]');
  return segment?.dataset.quote === undefined ? segment?.dataset.event : undefined;
}

/** The language of the text a mention is written in: the `lang` around it, not its link's own. */
const textLanguageOf = (mention: Element) => mention.parentElement?.closest('[lang]')?.getAttribute('lang');

/**
 * The first mention of `eventId` in document order, preferring one written in `language` (side by side, the
 * original column rather than the translation), or `undefined` when the text does not mention the event.
 */
export function firstMention(
  eventId: string,
  language?: string,
  root: ParentNode = document,
): HTMLElement | undefined {
  const mentions = [...root.querySelectorAll<HTMLElement>(`[data-event="${CSS.escape(eventId)}"]`)];
  const inLanguage =
    language === undefined ? undefined : mentions.find((m) => textLanguageOf(m) === language);
  return inLanguage ?? mentions[0];
}

/**
 * The link that selects `eventId` in the text (its date's anchor, `data-anchor` equal to the id), preferring one in
 * `language` as {@link firstMention} does, or `undefined` when the text shown has none.
 */
export function mentionLink(
  eventId: string,
  language?: string,
  root: ParentNode = document,
): HTMLElement | undefined {
  const links = [...root.querySelectorAll<HTMLElement>(`a[data-anchor="${CSS.escape(eventId)}"]`)];
  const inLanguage =
    language === undefined ? undefined : links.find((link) => textLanguageOf(link) === language);
  return inLanguage ?? links[0];
}

const timers = new WeakMap<Element, number>();

/**
 * Scrolls `element` to the middle of the viewport (`scrollBehaviourTo`) and highlights it for {@link FLASH_MS}.
 * With reduced motion the scroll jumps and the highlight is a still tint (see event-mentions.css).
 */
export function revealMention(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center', behavior: scrollBehaviourTo(element) });
  const previous = timers.get(element);
  if (previous !== undefined) window.clearTimeout(previous);
  element.classList.remove(FLASH_CLASS);
  // Reading layout restarts the animation when the same mention is revealed twice in a row.
  element.getBoundingClientRect();
  element.classList.add(FLASH_CLASS);
  timers.set(
    element,
    window.setTimeout(() => {
      element.classList.remove(FLASH_CLASS);
      timers.delete(element);
    }, FLASH_MS),
  );
}
