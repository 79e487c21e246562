// The dossier's two operations, in the same { input, output } shape as shared/contract.ts, which
// spreads them into `contract` (so IPC, the browser harness and the CLI carry them unchanged).
import { z } from 'zod';
import { method, Path } from './contractParts';
import { DossierOptions } from './dossierOptions';
import { VERIFY_VERDICTS } from './errors';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const DossierExportResult = z.object({
  path: z.string(),
  /** SHA-256 of the embedded manifest: the fingerprint printed on every page. */
  fingerprint: Sha256Hex,
  pages: z.number().int(),
  bytes: z.number().int(),
  entries: z.number().int(),
  attachments: z.number().int(),
  messages: z.number().int(),
});
export type DossierExportResult = z.infer<typeof DossierExportResult>;

/** Why a dossier did not verify, as stable codes: the UI shows a translated sentence for each
 *  (renderer/i18n/<lang>/verify.ts); `reasons` keeps the English sentence for the CLI. */
export const VERIFY_REASONS = [
  'NOT_PDF',
  'STRUCTURE_REWRITTEN',
  'UNREADABLE',
  'NOT_SIGNED',
  'SIGNED_SEVERAL_TIMES',
  'SIGNATURE_CUT_OFF',
  'BYTES_APPENDED',
  'BYTE_RANGE_MISMATCH',
  'SIGNATURE_GAP_CHANGED',
  'SIGNED_BYTES_CHANGED',
  'SIGNATURE_NOT_SHA256',
  'SIGNATURE_FORM_CHANGED',
  'SIGNATURE_MISMATCH',
  'SIGNATURE_UNREADABLE',
  'CERTIFICATE_NOT_NAMED',
  'MANIFEST_MISSING',
  'MANIFEST_FINGERPRINT_MISMATCH',
  'MANIFEST_NOT_DOSSIER',
  'CERTIFICATE_NOT_EXPECTED',
  'CHECKS_INCOMPLETE',
] as const;
export type VerifyReason = (typeof VERIFY_REASONS)[number];
/** A failed check's code and the numbers or fingerprints its sentence names. */
export const VerifyFailure = z.object({ reason: z.enum(VERIFY_REASONS), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type VerifyFailure = z.infer<typeof VerifyFailure>;

export const VerifyCheck = z.object({ name: z.string(), ok: z.boolean(), detail: z.string(), failure: VerifyFailure.optional() });
export type VerifyCheck = z.infer<typeof VerifyCheck>;

export const DossierVerifyResult = z.object({
  valid: z.boolean(),
  /** Why not valid: altered (or signed by another certificate) or damaged; null when valid. */
  code: z.enum(VERIFY_VERDICTS).nullable(),
  /** Plain-English reasons when not valid (empty when valid). */
  reasons: z.array(z.string()),
  /** The same reasons as stable codes, one for one (translated in the UI). */
  failures: z.array(VerifyFailure),
  checks: z.array(VerifyCheck),
  fingerprint: Sha256Hex.nullable(),
  /** The signing certificate's subject, e.g. "Dossier vault 1a2b3c4d". */
  signer: z.string().nullable(),
  certificateSha256: Sha256Hex.nullable(),
  /** The same SHA-256 of the signing certificate, under the name `dossier fingerprint` uses. */
  certificateFingerprint: Sha256Hex.nullable(),
  /** The certificate she said to expect (--expect-certificate), or null when none was given. */
  expectedCertificate: Sha256Hex.nullable(),
  signedAt: z.string().nullable(),
  bytes: z.number().int(),
});
export type DossierVerifyResult = z.infer<typeof DossierVerifyResult>;

export const CertificateFingerprint = z.object({ certificateFingerprint: Sha256Hex, signer: z.string() });
export type CertificateFingerprint = z.infer<typeof CertificateFingerprint>;

export const dossierMethods = {
  'dossier.export': method(z.object({ options: DossierOptions, path: Path, force: z.boolean().default(false) }).strict(), DossierExportResult),
  /** `expectCertificate`: the vault's certificate fingerprint, received by another way (64 hex
   *  digits; case, spaces and colons do not matter). Without it, verify proves only "unchanged
   *  since signed by the certificate inside". */
  'dossier.verify': method(z.object({ path: Path, expectCertificate: z.string().max(200).optional() }).strict(), DossierVerifyResult),
  /** The open vault's signing-certificate fingerprint, to give to a lawyer by another way. */
  'dossier.certificate': method(z.object({}).strict(), CertificateFingerprint),
} as const;
