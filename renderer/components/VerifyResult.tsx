// The answer of a dossier check: intact (✓) or not, with the reasons and the fingerprint.
import type { DossierVerifyResult } from '../../shared/dossierContract';
import type { Translate } from '../i18n';
import { useApp } from '../state/AppContext';

/** Our own certificates are named "Dossier vault 1a2b3c4d" (main/vault/signing.ts): said in her
 *  language; any other signer's name is shown as it is written in the certificate. */
export function signedBy(signer: string, t: Translate): string {
  const ours = /^Dossier vault (\S+)$/.exec(signer);
  return ours ? t('export.signedByVault', { id: ours[1]! }) : t('export.signedBy', { signer });
}

export function VerifyResult({ result }: { result: DossierVerifyResult }) {
  const { t } = useApp();
  return (
    <div className={`verify ${result.valid ? 'verify-ok' : 'verify-bad'}`} role="status">
      <p className="verify-head">{result.valid ? t('export.verifiedOk') : t('export.verifiedBad')}</p>
      {result.code && <p className="verify-verdict">{t(`verify.${result.code}`)}</p>}
      {result.fingerprint && (
        <p className="fingerprint">
          <span>{t('export.fingerprint')}</span> <code>{result.fingerprint}</code>
        </p>
      )}
      {result.signer && <p className="hint">{signedBy(result.signer, t)}</p>}
      {result.certificateFingerprint && (
        <p className="fingerprint">
          <span>{t('export.certificate')}</span> <code>{result.certificateFingerprint}</code>
        </p>
      )}
      {!result.valid && (
        <ul>
          {/* Each reason by its stable code, in her language (the English sentence stays for the CLI). */}
          {result.failures.map((failure, i) => (
            <li key={`${failure.reason}-${i}`}>{t(`verify.${failure.reason}`, failure.params)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
