// A new passphrase for this vault: the old one once, the new one twice, strong enough.
import { useState, type FormEvent } from 'react';
import { dossier } from '../api';
import { useApp } from '../state/AppContext';
import { judgePassphrase, MIN_LENGTH } from '../state/strength';
import { ErrorNote } from './ErrorNote';
import { StatusNote } from './StatusNote';
import { StrengthMeter } from './StrengthMeter';
import { TextField } from './TextField';

export function ChangePassphrase() {
  const { t, settings, setDisguise } = useApp();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'vault.tooWeak' | 'vault.noMatch' | 'vault.needPassphrase' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setDone(null);
    setError(null);
    // Judged here, not from the meter, which may still be waiting for a pause in typing.
    const weak = current !== '' && !(await judgePassphrase(next)).strongEnough;
    const gap = current === '' ? 'vault.needPassphrase' : weak ? 'vault.tooWeak' : next !== repeat ? 'vault.noMatch' : null;
    setProblem(gap);
    if (gap !== null) return;
    try {
      await dossier['vault.changePassphrase']({ current, next });
      // The disguise finds this vault through its location sealed under the passphrase: seal it anew
      // (if that fails, the disguise goes off rather than keep a seal that opens nothing).
      if (settings.disguise) await setDisguise(true, next).catch(() => setDisguise(false));
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(t('settings.passphraseChanged'));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">{t('settings.changePassphrase')}</h2>
      <p className="hint">{t('settings.changePassphraseAfter')}</p>
      <TextField type="password" label={t('settings.currentPassphrase')} value={current} onChange={setCurrent} />
      <TextField type="password" label={t('vault.newPassphrase')} hint={t('vault.passphraseAdvice', { min: MIN_LENGTH })} value={next} onChange={setNext} />
      <StrengthMeter passphrase={next} />
      <TextField type="password" label={t('vault.repeatPassphrase')} value={repeat} onChange={setRepeat} />
      {problem !== null && (
        <p className="note note-error" role="alert">
          {t(problem)}
        </p>
      )}
      <ErrorNote error={error} />
      <StatusNote>{done}</StatusNote>
      <div className="actions">
        <button type="submit" className="secondary">
          {t('settings.changePassphraseButton')}
        </button>
      </div>
    </form>
  );
}
