// Making a new vault: where it goes (a USB stick is fine), a passphrase strong enough, and the one
// warning that matters: a lost passphrase cannot be recovered by anyone.
import { useRef, useState, type FormEvent } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { dossier } from '../api';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorNote } from '../components/ErrorNote';
import { FileChooser } from '../components/FileChooser';
import { StrengthMeter } from '../components/StrengthMeter';
import { TextField } from '../components/TextField';
import { useApp } from '../state/AppContext';
import { judgePassphrase, MIN_LENGTH } from '../state/strength';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';

export function CreateVaultScreen({ onCreated, onBack }: { onCreated(vault: PickedFile): void; onBack(): void }) {
  const { t } = useApp();
  const [place, setPlace] = useState<PickedFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const matches = repeat === passphrase;
  const [problem, setProblem] = useState<'vault.needLocation' | 'vault.tooWeak' | 'vault.noMatch' | 'vault.needUnderstood' | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  // A problem is said beside its field until that field changes: a verdict on an earlier passphrase
  // must not stay under the one she has now (issue 13).
  const said = (which: NonNullable<typeof problem>) => (problem === which ? t(which) : null);
  const clear = (...which: NonNullable<typeof problem>[]) => problem !== null && which.includes(problem) && setProblem(null);

  /** The first thing still missing, said in words (a greyed-out button explains nothing). The
   *  passphrase is judged here, not from the meter, which may still be waiting for a pause in typing. */
  async function missing(): Promise<typeof problem> {
    if (place === null) return 'vault.needLocation';
    if (!(await judgePassphrase(passphrase)).strongEnough) return 'vault.tooWeak';
    if (!matches) return 'vault.noMatch';
    if (!understood) return 'vault.needUnderstood';
    return null;
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const gap = await missing();
    setProblem(gap);
    if (gap !== null) setAttempt((count) => count + 1);
    if (gap !== null || place === null) return;
    setBusy(true);
    setError(null);
    try {
      // The answer carries a handle to open this vault again (after a lock), never its path.
      const created = await dossier['vault.create']({ path: place.handle, passphrase });
      onCreated(created.vault);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('vault.createTitle')}
      </h1>
      <p className="lead">{t('vault.createLead')}</p>
      <form ref={formRef} onSubmit={(event) => void submit(event)} className="stack" noValidate>
        <FileChooser
          label={t('vault.newLocation')}
          hint={t('vault.locationHint')}
          save="vault-new"
          suggestedName="notes.dat"
          chosen={place}
          onChosen={(picked) => {
            clear('vault.needLocation');
            setPlace(picked);
          }}
          problem={said('vault.needLocation')}
        />
        <TextField
          label={t('vault.newPassphrase')}
          hint={t('vault.passphraseAdvice', { min: MIN_LENGTH })}
          type="password"
          value={passphrase}
          onChange={(next) => {
            clear('vault.tooWeak', 'vault.noMatch');
            setPassphrase(next);
          }}
          required
          error={said('vault.tooWeak')}
        />
        <StrengthMeter passphrase={passphrase} />
        <TextField
          label={t('vault.repeatPassphrase')}
          type="password"
          value={repeat}
          onChange={(next) => {
            clear('vault.noMatch');
            setRepeat(next);
          }}
          invalid={repeat !== '' && !matches}
          required
          error={repeat !== '' && !matches ? t('vault.noMatch') : said('vault.noMatch')}
        />
        <div className="warning" role="note">
          <h2>{t('vault.lostTitle')}</h2>
          <p>{t('vault.lostText')}</p>
        </div>
        <CheckboxField
          label={t('vault.understood')}
          checked={understood}
          onChange={(checked) => {
            clear('vault.needUnderstood');
            setUnderstood(checked);
          }}
          error={said('vault.needUnderstood')}
        />
        <ErrorNote error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('vault.creating') : t('vault.createButton')}
          </button>
          <button type="button" className="secondary" onClick={onBack}>
            {t('vault.backToUnlock')}
          </button>
        </div>
      </form>
    </main>
  );
}
