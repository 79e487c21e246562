// The dossier's two operations, in the same { input, output } shape as shared/contract.ts, which
// spreads them into `contract` (so IPC, the browser harness and the CLI carry them unchanged).
import { z } from 'zod';
import { method, Path } from './contractParts';
import { DossierOptions } from './dossierOptions';

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

export const VerifyCheck = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });
export type VerifyCheck = z.infer<typeof VerifyCheck>;

export const DossierVerifyResult = z.object({
  valid: z.boolean(),
  /** Plain-English reasons when not valid (empty when valid). */
  reasons: z.array(z.string()),
  checks: z.array(VerifyCheck),
  fingerprint: Sha256Hex.nullable(),
  /** The signing certificate's subject, e.g. "Dossier vault 1a2b3c4d". */
  signer: z.string().nullable(),
  certificateSha256: Sha256Hex.nullable(),
  signedAt: z.string().nullable(),
  bytes: z.number().int(),
});
export type DossierVerifyResult = z.infer<typeof DossierVerifyResult>;

export const dossierMethods = {
  'dossier.export': method(z.object({ options: DossierOptions, path: Path, force: z.boolean().default(false) }).strict(), DossierExportResult),
  'dossier.verify': method(z.object({ path: Path }).strict(), DossierVerifyResult),
} as const;
