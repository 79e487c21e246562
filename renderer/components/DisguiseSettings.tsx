// Turning the disguise on and off (after unlock only). On needs her passphrase: it is checked against
// the open vault (a typo must not lock her out of the gesture) and seals where this vault is, so the
// notes app can find it from nothing but that passphrase (main/disguiseHandlers.ts).
import { useRef, useState, type FormEvent } from 'react';
import { toDossierError } from '../api';
import { useApp } from '../state/AppContext';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { CheckboxField } from './CheckboxField';
import { ErrorNote, errorSentenceKey } from './ErrorNote';
import { TextField } from './TextField';

export function DisguiseSettings({ onStatus }: { onStatus(text: string): void }) {
  const { t, settings, setDisguise } = useApp();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  // A passphrase that is missing or does not open this vault is said on the passphrase field
  // (issue 13: an error far from its field is one she does not see); anything else under the form.
  const code = error === null ? null : toDossierError(error).code;
  const passphraseProblem = code === 'WRONG_PASSPHRASE' ? t(errorSentenceKey(code)) : null;

  function typed(value: string): void {
    if (passphraseProblem !== null) setError(null);
    setPassphrase(value);
  }

  function onTick(on: boolean): void {
    setError(null);
    if (on) return setAsking(true);
    setAsking(false);
    void setDisguise(false).then(() => onStatus(t('settings.disguiseIsOff')), setError);
  }

  async function turnOn(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setError({ code: 'WRONG_PASSPHRASE' });
      return setAttempt((count) => count + 1);
    }
    setBusy(true);
    setError(null);
    try {
      await setDisguise(true, passphrase);
      setAsking(false);
      onStatus(t('settings.disguiseIsOn'));
    } catch (caught) {
      setError(caught);
      setAttempt((count) => count + 1);
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <CheckboxField label={t('settings.disguise')} hint={t('settings.disguiseHint')} checked={settings.disguise || asking} onChange={onTick} />
      {asking && !settings.disguise && (
        <form ref={formRef} className="stack" onSubmit={(event) => void turnOn(event)} noValidate>
          <TextField type="password" label={t('settings.disguisePassphrase')} value={passphrase} onChange={typed} error={passphraseProblem} />
          <div className="actions">
            <button type="submit" className="secondary" disabled={busy}>
              {t('settings.disguiseTurnOn')}
            </button>
          </div>
        </form>
      )}
      {passphraseProblem === null && <ErrorNote error={error} />}
    </div>
  );
}
