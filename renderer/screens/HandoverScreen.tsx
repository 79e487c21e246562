// "Hand over to a lawyer": the same choices as the dossier, then one sealed file holding the
// dossier and the original files, and the passphrase that opens it — shown once, here, large, with
// what to do with it. It is kept nowhere: leaving this screen (or "I have written it down") loses it.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Entry, Person } from '../../shared/domain';
import type { PickedFile } from '../../shared/fileHandles';
import type { HandoverResult } from '../../shared/filingContract';
import { periodBoundWhileTyping, systemTimeZone } from '../../shared/zonedTime';
import { dossier } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { ExportOptionsFields } from '../components/ExportOptionsFields';
import { ExportSummary } from '../components/ExportSummary';
import { FileChooser } from '../components/FileChooser';
import { HandoverPassphrase } from '../components/HandoverPassphrase';
import { useApp } from '../state/AppContext';
import { emptyExportForm, selectedEntries, toOptions, type ExportForm } from './exportForm';

export function HandoverScreen() {
  const { t, settings } = useApp();
  // For her own lawyer nothing is taken out unless she ticks it: a copy with anything taken out
  // carries no original files (their insides cannot be checked), and the originals are the point.
  const [form, setForm] = useState<ExportForm>(() => ({ ...emptyExportForm(settings.language), witnessContacts: false, photoLocations: false }));
  const [target, setTarget] = useState<PickedFile | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [inPeriod, setInPeriod] = useState<Entry[]>([]);
  const [done, setDone] = useState<HandoverResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dossier['people.list']({}).then(setPeople, () => undefined);
  }, []);
  useEffect(() => {
    const zone = systemTimeZone();
    const bounds = { from: periodBoundWhileTyping(form.from, zone, 'from'), to: periodBoundWhileTyping(form.to, zone, 'to') };
    dossier['entries.list'](bounds).then(setInPeriod, setError);
  }, [form.from, form.to]);

  const selected = useMemo(() => selectedEntries(inPeriod, form), [inPeriod, form]);
  const change = (changes: Partial<ExportForm>) => setForm((current) => ({ ...current, ...changes }));

  async function seal(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || target === null) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await dossier['handover.write']({ options: toOptions(form), path: target.handle, force: false }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('filing.handoverTitle')}
      </h1>
      <p className="lead">{t('filing.handoverLead')}</p>
      {done ? (
        <HandoverPassphrase result={done} onDone={() => setDone(null)} />
      ) : (
        <form className="stack" onSubmit={(event) => void seal(event)} noValidate>
          <ExportOptionsFields form={form} people={people} onChange={change} />
          <ExportSummary entries={selected} excluded={form.excluded} onExclude={(excluded) => change({ excluded })} />
          <FileChooser label={t('filing.handoverTarget')} hint={t('filing.handoverTargetHint')} save="handover" suggestedName="handover.age" chosen={target} onChosen={setTarget} />
          <ErrorNote error={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('filing.handoverWriting') : t('filing.handoverWrite')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
