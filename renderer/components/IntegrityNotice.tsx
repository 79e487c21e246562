// Right after unlock, the whole vault file is read and checked (every page's HMAC and SQLite's
// structure). Unlock itself does not wait for it: its time grows with the vault. If damage is
// found she is told plainly, with the way out: restore a backup.
import { useEffect, useState } from 'react';
import { dossier } from '../api';
import { useApp } from '../state/AppContext';

export function IntegrityNotice() {
  const { t, navigate } = useApp();
  const [damaged, setDamaged] = useState(false);
  useEffect(() => {
    let current = true;
    dossier['vault.checkIntegrity']({}).then(
      (found) => {
        if (current && !(found.integrity && found.cipherIntegrity)) setDamaged(true);
      },
      // A damaged page can also fail to be read at all: that is damage too. A lock is not.
      (error: { code?: string }) => {
        if (current && error.code === 'VAULT_CORRUPT') setDamaged(true);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  if (!damaged) return null;
  return (
    <div className="note note-error" role="alert">
      <p>{t('vault.damaged')}</p>
      <button type="button" className="secondary" onClick={() => navigate({ screen: 'settings' })}>
        {t('vault.damagedAction')}
      </button>
    </div>
  );
}
