/**
 * The parts of the frame that act only after the first paint, in one chunk loaded then (`deferred` in
 * `AppShell.tsx`): the keyboard shortcuts' help, the focus on the main heading after a navigation, and the
 * document's title.
 */
import { ShortcutHelp } from '../features/shortcuts/ShortcutHelp';
import { PageHeadingFocus } from './PageHeadingFocus';
import { PageTitle } from './PageTitle';

/** Renders the shortcuts' help dialog, moves the focus on navigation and titles the page; see the module comment. */
export function ShellAfterPaint() {
  return (
    <>
      <ShortcutHelp />
      <PageHeadingFocus />
      <PageTitle />
    </>
  );
}
