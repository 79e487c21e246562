// Importing a message export into a stalking entry, in three steps: choose the file → check what is
// in it and answer its questions → see what was imported, with the pattern (per day, bursts).
import { useState } from 'react';
import type { ImportPreview, ImportResult, ImportSource } from '../../shared/imports';
import { ImportChooseStep, type ImportChoice } from '../components/ImportChooseStep';
import { ImportPreviewStep } from '../components/ImportPreviewStep';
import { ImportResultStep } from '../components/ImportResultStep';
import { useApp } from '../state/AppContext';

export type ImportSettingsInput = { format: ImportChoice; dateOrder?: 'dmy' | 'mdy' | 'ymd'; zone?: string; chatIndex?: number };

type Step =
  | { step: 'choose' }
  | { step: 'preview'; source: ImportSource; settings: ImportSettingsInput; preview: ImportPreview }
  | { step: 'result'; result: ImportResult };

export function ImportScreen({ entryId }: { entryId?: string }) {
  const { t } = useApp();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const stepNumber = state.step === 'choose' ? 1 : state.step === 'preview' ? 2 : 3;
  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('import.title')}
      </h1>
      <p className="step-count">{t('import.step', { step: stepNumber, steps: 3 })}</p>
      {state.step === 'choose' && <ImportChooseStep onPreview={(source, settings, preview) => setState({ step: 'preview', source, settings, preview })} />}
      {state.step === 'preview' && (
        <ImportPreviewStep
          source={state.source}
          settings={state.settings}
          preview={state.preview}
          entryId={entryId}
          onBack={() => setState({ step: 'choose' })}
          onDone={(result) => setState({ step: 'result', result })}
        />
      )}
      {state.step === 'result' && <ImportResultStep result={state.result} />}
    </main>
  );
}
