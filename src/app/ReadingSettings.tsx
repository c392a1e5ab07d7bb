import { useEffect, useRef } from 'react';
import { PreferenceControls } from '../features/preferences/PreferenceControls';
import { LanguageSelect } from './LanguageSelect';

/**
 * The reading settings in the header's settings panel (a native popover, see `AppShell`): interface language,
 * theme, text size. The popover itself closes on Escape and on a click outside, and gives the focus back to its
 * button; this moves the focus to the first setting when it opens.
 */
export function ReadingSettings() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const panel = ref.current?.closest('[popover]');
    if (!panel) return;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open')
        panel.querySelector<HTMLElement>('select, button, input')?.focus();
    };
    panel.addEventListener('toggle', onToggle);
    return () => panel.removeEventListener('toggle', onToggle);
  }, []);
  return (
    <div ref={ref} className="reading-settings">
      <LanguageSelect />
      <PreferenceControls />
    </div>
  );
}
