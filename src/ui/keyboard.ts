/**
 * The app's keyboard shortcuts, defined once: the features that act on them and the help that lists them read
 * this table. Letters are used without modifiers, so they never clash with the browser's or a screen reader's
 * own commands (which use modifiers, or are consumed by the screen reader in browse mode before the page sees
 * them), and they are ignored while a person is typing in a field.
 */

export type ShortcutAction =
  'nextQuote' | 'previousQuote' | 'closeQuote' | 'openQuote' | 'focusSearch' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  /** `KeyboardEvent.key` values that trigger the action. */
  keys: readonly string[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'nextQuote', keys: ['j', 'n'] },
  { action: 'previousQuote', keys: ['k', 'p'] },
  { action: 'openQuote', keys: ['Enter'] },
  { action: 'closeQuote', keys: ['Escape'] },
  { action: 'focusSearch', keys: ['/'] },
  { action: 'help', keys: ['?'] },
];

/** The action `event` asks for, if any; `undefined` while typing, with modifiers, or inside a dialog. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  if (isTypingTarget(event.target)) return;
  if (event.target instanceof Element && event.target.closest('dialog')) return;
  // Enter is handled by the focused link itself; it is listed for the help only.
  if (event.key === 'Enter') return;
  return SHORTCUTS.find((shortcut) => shortcut.keys.includes(event.key))?.action;
}

/** Inputs that take no typed text: a letter pressed on them is free for a shortcut (J after choosing a text mode). */
const KEYLESS_INPUTS = new Set([
  'radio',
  'checkbox',
  'button',
  'submit',
  'reset',
  'file',
  'image',
  'color',
  'range',
]);

/** Whether keys pressed on `target` are text input: fields, selects and editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.has(target.type);
  return target.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]') !== null;
}
