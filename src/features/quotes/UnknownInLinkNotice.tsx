import { useTranslation } from 'react-i18next';
import type { UnknownInState } from '../../core/reader/url-state';

const KINDS = ['quote', 'speaker', 'event'] as const;

/**
 * Said instead of the panel when the URL names a quote (`?quote=`), speaker (`?speaker=`) or event (`?event=`)
 * the article does not have — a stale or mistyped link: gently, naming each id, and dismissible. The article is
 * shown as it is without them.
 */
export function UnknownInLinkNotice({
  unknown,
  onDismiss,
}: {
  unknown: UnknownInState;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('quotes');
  const missing = KINDS.flatMap((kind) => {
    const id = unknown[kind];
    return id === undefined ? [] : [{ kind, id }];
  });
  const [only] = missing;
  if (!only) return null;
  return (
    <section
      className="quote-panel quote-panel--notice"
      role="status"
      aria-labelledby="unknown-in-link-title"
    >
      <div className="quote-panel__body">
        <h2 id="unknown-in-link-title" className="quote-panel__speaker">
          {missing.length === 1 ? t(`unknown.title.${only.kind}`) : t('unknown.title.several')}
        </h2>
        {missing.map(({ kind, id }) => (
          <p key={kind}>
            {t(`unknown.body.${kind}`)} <code>{id}</code>
          </p>
        ))}
        <button type="button" className="button" onClick={onDismiss}>
          {t('unknown.dismiss')}
        </button>
      </div>
    </section>
  );
}
