// Turning the disguise on and off (after unlock only). On needs her passphrase: it is checked against
// the open vault (a typo must not lock her out of the gesture) and seals where this vault is, so the
// notes app can find it from nothing but that passphrase (main/disguiseHandlers.ts).
import { useState, type FormEvent } from 'react';
import { useApp } from '../state/AppContext';
import { CheckboxField } from './CheckboxField';
import { ErrorNote } from './ErrorNote';
import { TextField } from './TextField';

export function DisguiseSettings({ onStatus }: { onStatus(text: string): void }) {
  const { t, settings, setDisguise } = useApp();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  function onTick(on: boolean): void {
    setError(null);
    if (on) return setAsking(true);
    setAsking(false);
    void setDisguise(false).then(() => onStatus(t('settings.disguiseIsOff')), setError);
  }

  async function turnOn(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') return setError({ code: 'WRONG_PASSPHRASE' });
    setBusy(true);
    setError(null);
    try {
      await setDisguise(true, passphrase);
      setAsking(false);
      onStatus(t('settings.disguiseIsOn'));
    } catch (caught) {
      setError(caught);
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <CheckboxField label={t('settings.disguise')} hint={t('settings.disguiseHint')} checked={settings.disguise || asking} onChange={onTick} />
      {asking && !settings.disguise && (
        <form className="stack" onSubmit={(event) => void turnOn(event)} noValidate>
          <TextField type="password" label={t('settings.disguisePassphrase')} value={passphrase} onChange={setPassphrase} />
          <div className="actions">
            <button type="submit" className="secondary" disabled={busy}>
              {t('settings.disguiseTurnOn')}
            </button>
          </div>
        </form>
      )}
      <ErrorNote error={error} />
    </div>
  );
}
