// How hard the passphrase would be to guess, in words and as a bar. The check waits for a pause in
// typing: with the Cyrillic word lists one check takes up to a few hundred milliseconds.
import { useEffect, useState } from 'react';
import { useApp } from '../state/AppContext';
import { judgePassphrase, type PassphraseVerdict } from '../state/strength';

const LABELS = ['vault.strength0', 'vault.strength1', 'vault.strength2', 'vault.strength3', 'vault.strength4'] as const;
const PAUSE_MS = 250;

export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const { t } = useApp();
  // The verdict remembers which text it judged: a verdict on what she typed before is never shown
  // as the verdict on what is there now ("too easy to guess" stayed after she fixed it; issue 13).
  const [judged, setJudged] = useState<{ passphrase: string; verdict: PassphraseVerdict } | null>(null);
  const verdict = judged !== null && judged.passphrase === passphrase ? judged.verdict : null;
  useEffect(() => {
    let current = true;
    if (passphrase === '') return;
    const timer = window.setTimeout(() => {
      void judgePassphrase(passphrase).then((result) => {
        if (current) setJudged({ passphrase, verdict: result });
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [passphrase]);
  if (verdict === null) return <p className="hint strength">{t('vault.strengthHint')}</p>;
  const { score } = verdict;
  return (
    <div className="strength" aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={score} aria-label={t('vault.strengthLabel')} />
      <span className={`strength-word level-${score}`}>
        {t('vault.strengthLabel')}: {t(LABELS[score] ?? 'vault.strength0')}
      </span>
      {!verdict.strongEnough && <p className="hint">{t('vault.tooWeak')}</p>}
    </div>
  );
}
