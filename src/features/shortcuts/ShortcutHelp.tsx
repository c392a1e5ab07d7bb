import './shortcuts.css';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../ui/keyboard';
import { useShortcuts } from '../../ui/use-shortcut';

/**
 * The list of every keyboard shortcut (`ui/keyboard.ts`), opened with `?` as a modal `<dialog>`: the platform
 * traps the focus, closes on Escape and returns the focus to where it was.
 */
export function ShortcutHelp() {
  const { t } = useTranslation('shortcuts');
  const dialogRef = useRef<HTMLDialogElement>(null);
  useShortcuts({
    help: () => {
      const dialog = dialogRef.current;
      if (!dialog || dialog.open) return false;
      dialog.showModal();
    },
  });
  const keyName = (key: string) =>
    key === 'Enter' || key === 'Escape' ? t(`keys.${key}`) : key.length === 1 ? key.toUpperCase() : key;

  return (
    <dialog ref={dialogRef} className="shortcut-help" aria-labelledby="shortcut-help-title">
      <h2 id="shortcut-help-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <table className="shortcut-help__table">
        <thead>
          <tr>
            <th scope="col">{t('key')}</th>
            <th scope="col">{t('action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ` ${t('or')} ` : null}
                    <kbd>{keyName(key)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`actions.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}
