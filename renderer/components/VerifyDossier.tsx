// "Check a dossier someone gave me": is this PDF exactly as Dossier signed it?
import { useState, type FormEvent } from 'react';
import type { DossierVerifyResult } from '../../shared/dossierContract';
import type { PickedFile } from '../../shared/fileHandles';
import { dossierFile } from '../api';
import { useApp } from '../state/AppContext';
import { ErrorNote } from './ErrorNote';
import { FileChooser } from './FileChooser';
import { TextField } from './TextField';
import { VerifyResult } from './VerifyResult';

export function VerifyDossier() {
  const { t } = useApp();
  const [pdf, setPdf] = useState<PickedFile | null>(null);
  /** The vault's certificate fingerprint, received another way (by voice, on paper). */
  const [expected, setExpected] = useState('');
  const [result, setResult] = useState<DossierVerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function check(event: FormEvent): Promise<void> {
    event.preventDefault();
    setResult(null);
    setError(null);
    if (pdf === null) return;
    try {
      const expectCertificate = expected.trim();
      setResult(await dossierFile['dossier.verify']({ path: pdf.handle, ...(expectCertificate ? { expectCertificate } : {}) }));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void check(event)} noValidate aria-labelledby="verify-title">
      <h2 id="verify-title">{t('export.verifyTitle')}</h2>
      <p className="hint">{t('export.verifyHint')}</p>
      <FileChooser label={t('export.verifyPath')} hint={t('export.verifyPathHint')} open="verify" chosen={pdf} onChosen={setPdf} />
      <TextField label={t('export.expectCertificate')} hint={t('export.expectCertificateHint')} value={expected} onChange={setExpected} autoComplete="off" />
      <ErrorNote error={error} />
      {result && <VerifyResult result={result} />}
      <div className="actions">
        <button type="submit" className="secondary">
          {t('export.verifyButton')}
        </button>
      </div>
    </form>
  );
}
