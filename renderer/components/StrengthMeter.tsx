// How hard the passphrase would be to guess, in words and as a bar.
import { useEffect, useState } from 'react';
import { useApp } from '../state/AppContext';
import { passphraseScore } from '../state/strength';

const LABELS = ['vault.strength0', 'vault.strength1', 'vault.strength2', 'vault.strength3', 'vault.strength4'] as const;

export function StrengthMeter({ passphrase, onScore }: { passphrase: string; onScore(score: number | null): void }) {
  const { t } = useApp();
  const [score, setScore] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    if (passphrase === '') {
      setScore(null);
      onScore(null);
      return;
    }
    void passphraseScore(passphrase).then((value) => {
      if (!current) return;
      setScore(value);
      onScore(value);
    });
    return () => {
      current = false;
    };
  }, [passphrase, onScore]);
  if (score === null) return <p className="hint strength">{t('vault.strengthHint')}</p>;
  return (
    <div className="strength" aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={score} aria-label={t('vault.strengthLabel')} />
      <span className={`strength-word level-${score}`}>
        {t('vault.strengthLabel')}: {t(LABELS[score] ?? 'vault.strength0')}
      </span>
    </div>
  );
}
