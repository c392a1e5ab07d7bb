/**
 * The document's title names the page: its main heading, then the app ("Suche: Hafen – Stimmen"), in the interface
 * language. A screen reader says the title when a page opens, and tabs, bookmarks and the history list show it;
 * with one title for every page ("Stimmen") none of them told the pages apart. The prerendered pages carry the same
 * title in their HTML (`./entry-server.tsx`); this keeps it right as the reader moves between pages, the heading
 * arrives with its data, or the interface language changes.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { followMainHeading } from './follow-main-heading';
import { pageTitle } from './page-title';

/** Keeps `document.title` to the main heading of the page in `#main`; renders nothing. */
export function PageTitle() {
  const { t } = useTranslation(['settings', 'common']);
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const app = t('appName', { ns: 'common' });
    return followMainHeading(main, (heading) => {
      const title = pageTitle(heading, app, (values) => t('pageTitle', { ns: 'settings', ...values }));
      if (document.title !== title) document.title = title;
    });
  }, [t]);
  return null;
}
