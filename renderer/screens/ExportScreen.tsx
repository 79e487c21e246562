// Making the PDF dossier for a lawyer: choose what goes in, see what that is, write the file, and
// have the service check it straight away ("verified ✓"). Below: check a dossier from someone else.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { Entry, Person } from '../../shared/domain';
import type { DossierVerifyResult } from '../../shared/dossierContract';
import type { PickedFile } from '../../shared/fileHandles';
import type { WindowExportResult } from '../../shared/windowContract';
import { periodBoundWhileTyping, systemTimeZone } from '../../shared/zonedTime';
import { canUse, dossier, dossierFile } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { ExportOptionsFields } from '../components/ExportOptionsFields';
import { ExportSummary } from '../components/ExportSummary';
import { FileChooser } from '../components/FileChooser';
import { VerifyDossier } from '../components/VerifyDossier';
import { VerifyResult } from '../components/VerifyResult';
import { useApp } from '../state/AppContext';
import { emptyExportForm, selectedEntries, toOptions, type ExportForm } from './exportForm';

export function ExportScreen() {
  const { t, settings } = useApp();
  const [form, setForm] = useState<ExportForm>(() => emptyExportForm(settings.language));
  const [target, setTarget] = useState<PickedFile | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [inPeriod, setInPeriod] = useState<Entry[]>([]);
  const [done, setDone] = useState<{ exported: z.output<typeof WindowExportResult>; verified: DossierVerifyResult } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const available = canUse('dossier.export');

  useEffect(() => {
    dossier['people.list']({}).then(setPeople, () => undefined);
  }, []);
  useEffect(() => {
    const zone = systemTimeZone();
    dossier['entries.list']({ from: periodBoundWhileTyping(form.from, zone, 'from'), to: periodBoundWhileTyping(form.to, zone, 'to') }).then(setInPeriod, setError);
  }, [form.from, form.to]);

  const selected = useMemo(() => selectedEntries(inPeriod, form), [inPeriod, form]);
  const change = (changes: Partial<ExportForm>) => setForm((current) => ({ ...current, ...changes }));

  async function exportDossier(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || target === null) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const exported = await dossierFile['dossier.export']({ options: toOptions(form), path: target.handle, force: false });
      // Checked at once, read back through the handle the export answered (the page has no path).
      const verified = await dossierFile['dossier.verify']({ path: exported.handle });
      setDone({ exported, verified });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('export.title')}
      </h1>
      <p className="lead">{t('export.lead')}</p>
      {!available && <p className="note">{t('export.notAvailable')}</p>}
      {available && (
        <form className="stack" onSubmit={(event) => void exportDossier(event)} noValidate>
          <ExportOptionsFields form={form} people={people} onChange={change} />
          <ExportSummary entries={selected} excluded={form.excluded} onExclude={(excluded) => change({ excluded })} />
          <FileChooser label={t('export.target')} hint={t('export.targetHint')} save="export" suggestedName="dossier.pdf" chosen={target} onChosen={setTarget} />
          <ErrorNote error={error} />
          {done && (
            <>
              <p className="note note-ok">{t('export.written', { pages: done.exported.pages, path: done.exported.path })}</p>
              <VerifyResult result={done.verified} />
            </>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('export.exporting') : t('export.exportButton')}
            </button>
          </div>
        </form>
      )}
      {canUse('dossier.verify') && <VerifyDossier />}
    </main>
  );
}
