import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../ui/Notice';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Notice
      title={t('notFound.title')}
      headingLevel={1}
      actions={
        <Link to="/" className="button">
          {t('backToLibrary')}
        </Link>
      }
    >
      <p>{t('notFound.body')}</p>
    </Notice>
  );
}
