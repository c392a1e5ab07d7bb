// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shortcutFor } from './keyboard';

function press(key: string, target: HTMLElement, init: KeyboardEventInit = {}) {
  let seen: ReturnType<typeof shortcutFor> = undefined;
  const listener = (event: KeyboardEvent) => (seen = shortcutFor(event));
  document.addEventListener('keydown', listener);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  document.removeEventListener('keydown', listener);
  return seen;
}

function element(html: string, selector: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>(selector)!;
}

describe('shortcutFor', () => {
  it.each([
    { name: 'j on the page', html: '<a href="#">x</a>', at: 'a', key: 'j', want: 'nextQuote' },
    { name: 'n on the page', html: '<p tabindex="-1">x</p>', at: 'p', key: 'n', want: 'nextQuote' },
    { name: 'k', html: '<button>x</button>', at: 'button', key: 'k', want: 'previousQuote' },
    { name: 'p', html: '<button>x</button>', at: 'button', key: 'p', want: 'previousQuote' },
    { name: 'Escape', html: '<a href="#">x</a>', at: 'a', key: 'Escape', want: 'closeQuote' },
    {
      name: '? (with Shift)',
      html: '<a href="#">x</a>',
      at: 'a',
      key: '?',
      init: { shiftKey: true },
      want: 'help',
    },
    {
      name: 'Enter is left to the focused link',
      html: '<a href="#">x</a>',
      at: 'a',
      key: 'Enter',
      want: undefined,
    },
    { name: 'typing in an input', html: '<input>', at: 'input', key: 'j', want: undefined },
    { name: 'a search field', html: '<input type="search">', at: 'input', key: 'k', want: undefined },
    { name: 'a date field', html: '<input type="date">', at: 'input', key: 'j', want: undefined },
    // Inputs that take no text: the text mode's radios, a checkbox.
    { name: 'j on a radio', html: '<input type="radio">', at: 'input', key: 'j', want: 'nextQuote' },
    {
      name: 'k on a checkbox',
      html: '<input type="checkbox">',
      at: 'input',
      key: 'k',
      want: 'previousQuote',
    },
    {
      name: 'typing in a textarea',
      html: '<textarea></textarea>',
      at: 'textarea',
      key: 'k',
      want: undefined,
    },
    {
      name: 'a select',
      html: '<select><option>a</option></select>',
      at: 'select',
      key: '?',
      want: undefined,
    },
    {
      name: 'editable content',
      html: '<div contenteditable="true"><b>x</b></div>',
      at: 'b',
      key: 'j',
      want: undefined,
    },
    {
      name: 'inside a dialog',
      html: '<dialog open><button>x</button></dialog>',
      at: 'button',
      key: 'Escape',
      want: undefined,
    },
    {
      name: 'with Ctrl',
      html: '<a href="#">x</a>',
      at: 'a',
      key: 'j',
      init: { ctrlKey: true },
      want: undefined,
    },
    {
      name: 'with Alt',
      html: '<a href="#">x</a>',
      at: 'a',
      key: 'n',
      init: { altKey: true },
      want: undefined,
    },
    {
      name: 'with Meta',
      html: '<a href="#">x</a>',
      at: 'a',
      key: 'p',
      init: { metaKey: true },
      want: undefined,
    },
    { name: 'another key', html: '<a href="#">x</a>', at: 'a', key: 'x', want: undefined },
  ])('$name → $want', ({ html, at, key, init, want }) => {
    expect(press(key, element(html, at), init)).toBe(want);
  });
});
