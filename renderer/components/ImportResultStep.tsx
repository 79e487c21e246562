// Step 3: what went in, what was already there, and the pattern it shows. Times are in the zone of
// the messages (the phone's zone she confirmed at import), as the entry shows them, not this computer's.
import { useEffect, useState } from 'react';
import type { ImportResult, PatternStats } from '../../shared/imports';
import { dossier } from '../api';
import { useApp } from '../state/AppContext';
import { DayChart } from './DayChart';
import { dayAndTime } from './importDates';
import { zoneName } from './ImportZoneField';
import { StatusNote } from './StatusNote';

export function ImportResultStep({ result }: { result: ImportResult }) {
  const { t, settings, navigate } = useApp();
  const [stats, setStats] = useState<PatternStats | null>(null);
  useEffect(() => {
    dossier['stalking.patterns']({ entryId: result.entryId, zone: result.zone }).then(setStats, () => undefined);
  }, [result.entryId, result.zone]);

  const when = (utcIso: string) => dayAndTime(utcIso, result.zone, settings.language);
  const burst = (b: PatternStats['longestBurst24h'], hours: number) => (b.count > 0 && b.from && b.to ? t('import.burst', { count: b.count, hours, from: when(b.from), to: when(b.to) }) : null);

  return (
    <section className="stack" aria-labelledby="result-title">
      <h2 id="result-title">{t('import.doneTitle')}</h2>
      <StatusNote>{t('import.doneLine', { count: result.imported, duplicates: result.duplicates })}</StatusNote>
      <p className="hint">{t('import.originalKept')}</p>
      {result.first && result.last && <p className="import-period">{t('import.resultPeriod', { from: when(result.first), to: when(result.last), zone: zoneName(result.zone, settings.language) })}</p>}
      {stats && (
        <>
          <DayChart days={stats.perDay} />
          <ul>
            {[burst(stats.longestBurst24h, 24), burst(stats.longestBurst72h, 72)].filter(Boolean).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {stats.missedCalls > 0 && <li>{t('import.missedCalls', { count: stats.missedCalls })}</li>}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ screen: 'entry', id: result.entryId })}>
          {t('import.openEntry')}
        </button>
      </div>
    </section>
  );
}
