// A new passphrase for this vault: the old one once, the new one twice, strong enough.
import { useRef, useState, type FormEvent } from 'react';
import { dossier } from '../api';
import { useApp } from '../state/AppContext';
import { judgePassphrase, MIN_LENGTH } from '../state/strength';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { ErrorNote } from './ErrorNote';
import { StatusNote } from './StatusNote';
import { StrengthMeter } from './StrengthMeter';
import { TextField } from './TextField';

export function ChangePassphrase() {
  const { t, settings, setDisguise } = useApp();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  type Problem = 'vault.tooWeak' | 'vault.noMatch' | 'vault.needPassphrase';
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  // Each problem beside its field, gone as soon as that field changes (issue 13).
  const said = (which: Problem) => (problem === which ? t(which) : null);
  const typed = (set: (value: string) => void, ...which: Problem[]) => (value: string) => {
    if (problem !== null && which.includes(problem)) setProblem(null);
    set(value);
  };
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
    if (gap !== null) return setAttempt((count) => count + 1);
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
    <form ref={formRef} className="stack" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">{t('settings.changePassphrase')}</h2>
      <p className="hint">{t('settings.changePassphraseAfter')}</p>
      <TextField type="password" label={t('settings.currentPassphrase')} value={current} onChange={typed(setCurrent, 'vault.needPassphrase')} error={said('vault.needPassphrase')} />
      <TextField
        type="password"
        label={t('vault.newPassphrase')}
        hint={t('vault.passphraseAdvice', { min: MIN_LENGTH })}
        value={next}
        onChange={typed(setNext, 'vault.tooWeak', 'vault.noMatch')}
        error={said('vault.tooWeak')}
      />
      <StrengthMeter passphrase={next} />
      <TextField type="password" label={t('vault.repeatPassphrase')} value={repeat} onChange={typed(setRepeat, 'vault.noMatch')} error={said('vault.noMatch')} />
      <div className="actions">
        <button type="submit" className="secondary">
          {t('settings.changePassphraseButton')}
        </button>
      </div>
      {/* Said right under the button that started it. */}
      <ErrorNote error={error} />
      <StatusNote>{done}</StatusNote>
    </form>
  );
}
