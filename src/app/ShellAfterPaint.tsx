/**
 * The parts of the frame that act only after the first paint, in one chunk loaded then (`deferred` in
 * `AppShell.tsx`): the keyboard shortcuts' help, and the focus on the main heading after a navigation.
 */
import { ShortcutHelp } from '../features/shortcuts/ShortcutHelp';
import { PageHeadingFocus } from './PageHeadingFocus';

/** Renders the shortcuts' help dialog and moves the focus on navigation; see the module comment. */
export function ShellAfterPaint() {
  return (
    <>
      <ShortcutHelp />
      <PageHeadingFocus />
    </>
  );
}
