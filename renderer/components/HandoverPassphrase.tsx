// The hand-over passphrase, shown once: large, in groups, with the one rule that keeps the package
// safe (give it another way than the file). Nothing keeps it after "I have written it down".
import type { HandoverResult } from '../../shared/filingContract';
import { useApp } from '../state/AppContext';

export function HandoverPassphrase({ result, onDone }: { result: HandoverResult; onDone(): void }) {
  const { t } = useApp();
  return (
    <section className="stack handover-done" aria-labelledby="handover-passphrase-title">
      <p className="note note-ok">{t('filing.handoverWritten', { name: result.path, count: result.originals })}</p>
      {result.originalsLeftOut > 0 && <p className="note">{t('filing.handoverLeftOut', { count: result.originalsLeftOut })}</p>}
      <h2 id="handover-passphrase-title">{t('filing.handoverPassphrase')}</h2>
      <p className="handover-passphrase" lang="en" translate="no">
        {result.passphrase}
      </p>
      <p className="handover-instruction">{t('filing.handoverInstruction')}</p>
      <p className="hint">{t('filing.handoverLawyer')}</p>
      <p className="hint handover-sha">{t('filing.handoverSha', { sha: result.sha256 })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onDone}>
          {t('filing.handoverForget')}
        </button>
      </div>
    </section>
  );
}
