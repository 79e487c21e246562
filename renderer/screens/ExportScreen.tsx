// Making the PDF dossier for a lawyer: choose what goes in, see what that is, write the file, and
// have the service check it straight away ("verified ✓"). Below: check a dossier from someone else.
// What happened is said right under the button; writing again to the same file asks once.
import { useRef } from 'react';
import type { z } from 'zod';
import type { DossierVerifyResult } from '../../shared/dossierContract';
import type { WindowExportResult } from '../../shared/windowContract';
import { canUse, dossierFile } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { ExportOptionsFields } from '../components/ExportOptionsFields';
import { ExportSummary } from '../components/ExportSummary';
import { ReplaceQuestion } from '../components/ReplaceQuestion';
import { SaveTargetChooser } from '../components/SaveTargetChooser';
import { VerifyDossier } from '../components/VerifyDossier';
import { VerifyResult } from '../components/VerifyResult';
import { useApp } from '../state/AppContext';
import { useExportChoices } from '../state/useExportChoices';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { useSaveTarget } from '../state/useSaveTarget';
import { useSubmission } from '../state/useSubmission';
import { emptyExportForm, toOptions } from './exportForm';

export function ExportScreen() {
  const { t, settings } = useApp();
  const { form, change, people, selected, listError } = useExportChoices(() => emptyExportForm(settings.language));
  const place = useSaveTarget('export', 'dossier.pdf');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, place.attempt);
  const writing = useSubmission<{ exported: z.output<typeof WindowExportResult>; verified: DossierVerifyResult }>();
  const available = canUse('dossier.export');

  function write(): void {
    const target = place.take();
    if (target === null) return;
    void writing.run(async () => {
      // force: a fresh pick was confirmed by the system's dialog, a repeat by her answer above.
      const exported = await dossierFile['dossier.export']({ options: toOptions(form), path: target.handle, force: true });
      place.wrote();
      // Checked at once, read back through the handle the export answered (the page has no path).
      const verified = await dossierFile['dossier.verify']({ path: exported.handle });
      return { exported, verified };
    });
  }

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('export.title')}
      </h1>
      <p className="lead">{t('export.lead')}</p>
      {!available && <p className="note">{t('export.notAvailable')}</p>}
      {available && (
        <form ref={formRef} className="stack" onSubmit={(event) => place.submit(event, writing.busy, write)} noValidate>
          <ExportOptionsFields form={form} people={people} onChange={change} />
          <ExportSummary entries={selected} excluded={form.excluded} onExclude={(excluded) => change({ excluded })} />
          <SaveTargetChooser place={place} label={t('export.target')} hint={t('export.targetHint')} missing={t('form.needExportTarget')} />
          <ErrorNote error={listError} />
          <div className="actions">
            <button type="submit" className="primary" disabled={writing.busy}>
              {writing.busy ? t('export.exporting') : t('export.exportButton')}
            </button>
          </div>
          {place.asking && place.target && <ReplaceQuestion name={place.target.name} onReplace={write} onChooseAnother={() => void place.chooseAnother()} />}
          <ErrorNote error={writing.error} />
          {writing.done && (
            <>
              <p className="note note-ok">{t('export.written', { pages: writing.done.exported.pages, path: writing.done.exported.path })}</p>
              <VerifyResult result={writing.done.verified} />
            </>
          )}
        </form>
      )}
      {canUse('dossier.verify') && <VerifyDossier />}
    </main>
  );
}
