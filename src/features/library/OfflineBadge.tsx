import { useTranslation } from 'react-i18next';

/**
 * Says of one shipped article that it can be read offline; offline, also that it cannot. Nothing while that is
 * not known yet, or online for an article not cached: online, every article can be read.
 */
export function OfflineBadge({ available, online }: { available: boolean | undefined; online: boolean }) {
  const { t } = useTranslation('offline');
  if (available === undefined || (!available && online)) return null;
  return (
    <p className={`library__offline${available ? '' : ' library__offline--missing'}`}>
      {t(available ? 'availability.available' : 'availability.missing')}
    </p>
  );
}
