// Throwing away a draft asks first, in the page (no system dialog): one stray click must never
// lose what she wrote.
import { useState } from 'react';
import { useApp } from '../state/AppContext';

export function DiscardDraft({ onDiscard }: { onDiscard(): void }) {
  const { t } = useApp();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link" onClick={() => setAsking(true)}>
        {t('entry.discard')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('entry.discardQuestion')}>
      <p>{t('entry.discardQuestion')}</p>
      <button type="button" className="secondary" onClick={onDiscard}>
        {t('entry.discardYes')}
      </button>
      <button type="button" className="primary" onClick={() => setAsking(false)}>
        {t('entry.discardNo')}
      </button>
    </div>
  );
}
