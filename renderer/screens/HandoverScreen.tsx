// "Hand over to a lawyer": the same choices as the dossier, then one sealed file holding the
// dossier and the original files, and the passphrase that opens it — shown once, here, large, with
// what to do with it. It is kept nowhere: leaving this screen (or "I have written it down") loses it.
// No place chosen is said on the chooser; sealing again to the same file asks once (useSaveTarget).
import { useRef } from 'react';
import type { HandoverResult } from '../../shared/filingContract';
import { dossier } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { ExportOptionsFields } from '../components/ExportOptionsFields';
import { ExportSummary } from '../components/ExportSummary';
import { HandoverPassphrase } from '../components/HandoverPassphrase';
import { ReplaceQuestion } from '../components/ReplaceQuestion';
import { SaveTargetChooser } from '../components/SaveTargetChooser';
import { useApp } from '../state/AppContext';
import { useExportChoices } from '../state/useExportChoices';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { useSaveTarget } from '../state/useSaveTarget';
import { useSubmission } from '../state/useSubmission';
import { emptyExportForm, toOptions } from './exportForm';

export function HandoverScreen() {
  const { t, settings } = useApp();
  // For her own lawyer nothing is taken out unless she ticks it: a copy with anything taken out
  // carries no original files (their insides cannot be checked), and the originals are the point.
  const { form, change, people, selected, listError } = useExportChoices(() => ({ ...emptyExportForm(settings.language), witnessContacts: false, photoLocations: false }));
  const place = useSaveTarget('handover', 'handover.age');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, place.attempt);
  const sealing = useSubmission<HandoverResult>();

  function seal(): void {
    const target = place.take();
    if (target === null) return;
    void sealing.run(async () => {
      // force: a fresh pick was confirmed by the system's dialog, a repeat by her answer above.
      const result = await dossier['handover.write']({ options: toOptions(form), path: target.handle, force: true });
      place.wrote();
      return result;
    });
  }

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('filing.handoverTitle')}
      </h1>
      <p className="lead">{t('filing.handoverLead')}</p>
      {sealing.done ? (
        <HandoverPassphrase result={sealing.done} onDone={sealing.reset} />
      ) : (
        <form ref={formRef} className="stack" onSubmit={(event) => place.submit(event, sealing.busy, seal)} noValidate>
          <ExportOptionsFields form={form} people={people} onChange={change} />
          <ExportSummary entries={selected} excluded={form.excluded} onExclude={(excluded) => change({ excluded })} />
          <SaveTargetChooser place={place} label={t('filing.handoverTarget')} hint={t('filing.handoverTargetHint')} missing={t('form.needHandoverTarget')} />
          <ErrorNote error={listError} />
          <div className="actions">
            <button type="submit" className="primary" disabled={sealing.busy}>
              {sealing.busy ? t('filing.handoverWriting') : t('filing.handoverWrite')}
            </button>
          </div>
          {place.asking && place.target && <ReplaceQuestion name={place.target.name} onReplace={seal} onChooseAnother={() => void place.chooseAnother()} />}
          <ErrorNote error={sealing.error} />
        </form>
      )}
    </main>
  );
}
