import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link';
import { Notice } from '../ui/Notice';

export function NotFoundPage() {
  const { t } = useTranslation(['common', 'articleErrors']);
  return (
    <Notice
      title={t('articleErrors:pageNotFound.title')}
      headingLevel={1}
      actions={
        <Link to="/" className="button">
          {t('backToLibrary')}
        </Link>
      }
    >
      <p>{t('articleErrors:pageNotFound.body')}</p>
    </Notice>
  );
}
