/**
 * Whether a click on a link is a plain one (the main button, no modifier key), which the page handles in place; a
 * click with a modifier or another button opens the link as the browser does (a new tab, a new window).
 */
export function isPlainClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
