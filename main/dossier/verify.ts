// `dossier verify`: checks an exported dossier without the vault or the passphrase.
// 1. exactly one signature (found through the document's structure), whose byte range starts at 0,
//    ends at the end of the file and leaves out nothing but the signature value itself;
// 2. the signed bytes hash to the digest in the signature, and the signature is valid for the
//    certificate it carries, which is the one the document names;
// 3. the attached manifest hashes to the fingerprint the document prints, and names the same
//    certificate;
// 4. when she gave one, the certificate is the one expected (her vault's, received by another way).
// What this proves: the file is unchanged since it was signed with that certificate. Without (4) it
// does not prove WHOSE certificate it is: anyone can make a vault that prints any name.
// The file is untrusted: reading it is bounded (readBudget.ts); past the limits it is "damaged".
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { DossierVerifyResult, VerifyCheck } from '../../shared/dossierContract';
import { DossierError, type VerifyVerdict } from '../../shared/errors';
import { MANIFEST_FILE_NAME, MANIFEST_FORMAT } from './manifest';
import { isDict, PdfFile, textOf, type PdfValue } from './pdfReader';
import { BeyondLimits, ReadBudget } from './readBudget';
import { checkSignature, type Check, type SignatureFacts } from './verifySignature';

/** Checks whose failure means the file could not be read as a dossier at all (not a PDF, no
 *  readable structure, beyond the reading limits); every other failed check means it was altered. */
const DAMAGE_CHECKS = new Set(['pdf', 'structure', 'readable']);
const EXPECTED = ['pdf', 'signature-present', 'byte-range', 'signed-bytes', 'signature', 'certificate', 'manifest-present', 'manifest-fingerprint', 'manifest-content'];

/** A name tree lookup (ISO 32000-1 §7.9.6), depth-limited; the budget catches wide trees. */
async function namedFile(pdf: PdfFile, tree: PdfValue, name: string, depth = 0): Promise<PdfValue | undefined> {
  if (depth >= pdf.budget.chain) throw new BeyondLimits('a name tree too deep');
  const node = await pdf.resolve(tree);
  if (!isDict(node)) return undefined;
  const names = await pdf.resolve(node.map.get('Names'));
  if (Array.isArray(names)) for (let i = 0; i + 1 < names.length; i += 2) if (textOf(names[i]) === name) return names[i + 1];
  const kids = await pdf.resolve(node.map.get('Kids'));
  if (Array.isArray(kids)) for (const kid of kids) {
    const hit = await namedFile(pdf, kid, name, depth + 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

async function readManifest(pdf: PdfFile): Promise<Buffer | null> {
  const root = await pdf.resolve(pdf.trailer.map.get('Root'));
  if (!isDict(root)) return null;
  const names = await pdf.resolve(root.map.get('Names'));
  if (!isDict(names)) return null;
  const spec = await pdf.resolve(await namedFile(pdf, names.map.get('EmbeddedFiles') ?? null, MANIFEST_FILE_NAME));
  if (!isDict(spec)) return null;
  const ef = await pdf.resolve(spec.map.get('EF'));
  if (!isDict(ef)) return null;
  const { value, stream } = await pdf.object(ef.map.get('F'));
  return isDict(value) && stream ? pdf.decode(value, stream) : null;
}

/** A fingerprint as she may have written it down: any case, in groups, with spaces or colons. */
export function normaliseFingerprint(text: string): string {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new DossierError('INVALID_INPUT', { field: 'expectCertificate', reason: 'a certificate fingerprint is 64 hexadecimal digits' });
  return hex;
}

/** Reads everything that needs the document's structure; the budget bounds all of it. */
async function checkDocument(pdf: PdfFile, file: fs.FileHandle, size: number, check: Check): Promise<SignatureFacts & { fingerprint: string | null }> {
  const facts = await checkSignature(pdf, file, size, check);
  const info = await pdf.resolve(pdf.trailer.map.get('Info'));
  const field = async (key: string) => (isDict(info) ? textOf(await pdf.resolve(info.map.get(key))) : null);
  let fingerprint = await field('DossierFingerprint');
  if (fingerprint !== null && !/^[0-9a-f]{64}$/.test(fingerprint)) fingerprint = null;
  const namedCertificate = await field('DossierCertificate');
  const { certificateSha256 } = facts;
  if (certificateSha256) check('certificate', namedCertificate === certificateSha256, namedCertificate === certificateSha256 ? 'The signing certificate is the one the document names.' : 'The signing certificate is not the one the document names.', 'CERTIFICATE_NOT_NAMED');
  const manifest = await readManifest(pdf).catch((error: unknown) => {
    if (error instanceof BeyondLimits) throw error;
    return null;
  });
  check('manifest-present', manifest !== null, manifest ? `The manifest (${MANIFEST_FILE_NAME}) is attached.` : 'The manifest is missing or cannot be read.', 'MANIFEST_MISSING');
  if (manifest) {
    const actual = createHash('sha256').update(manifest).digest('hex');
    check('manifest-fingerprint', fingerprint === actual, fingerprint === actual ? `The manifest matches the fingerprint ${actual}.` : `The manifest’s SHA-256 is ${actual}, but the document’s fingerprint is ${fingerprint ?? 'missing'}.`, { reason: 'MANIFEST_FINGERPRINT_MISMATCH', params: { actual, printed: fingerprint ?? '—' } });
    type ManifestHead = { format?: unknown; vault?: { signingCertificateSha256?: unknown } };
    let parsed: ManifestHead | null = null;
    try {
      parsed = JSON.parse(manifest.toString('utf8')) as ManifestHead;
    } catch {
      parsed = null;
    }
    const sameCertificate = parsed?.format === MANIFEST_FORMAT && (certificateSha256 === null || parsed.vault?.signingCertificateSha256 === certificateSha256);
    check('manifest-content', sameCertificate, sameCertificate ? 'The manifest is a Dossier manifest naming the same certificate.' : 'The manifest is not a Dossier manifest for this signature.', 'MANIFEST_NOT_DOSSIER');
  }
  return { ...facts, fingerprint };
}

export async function verifyDossier(path: string, options: { expectCertificate?: string } = {}): Promise<DossierVerifyResult> {
  const expected = options.expectCertificate === undefined ? null : normaliseFingerprint(options.expectCertificate);
  const file = await fs.open(path, 'r').catch(() => {
    throw new DossierError('FILE_NOT_FOUND');
  });
  const checks: VerifyCheck[] = [];
  const check: Check = (name, ok, detail, failure) => {
    const coded = typeof failure === 'string' ? { reason: failure, params: {} } : failure;
    checks.push({ name, ok, detail, ...(!ok && coded ? { failure: coded } : {}) });
  };
  let size = 0;
  let facts: SignatureFacts & { fingerprint: string | null } = { signer: null, certificateSha256: null, signedAt: null, fingerprint: null };
  try {
    const stat = await file.stat();
    if (!stat.isFile()) throw new DossierError('FILE_NOT_FOUND');
    size = stat.size;
    const head = Buffer.alloc(5);
    await file.read(head, 0, 5, 0).catch(() => {
      throw new DossierError('FILE_NOT_FOUND');
    });
    const isPdf = head.toString('latin1') === '%PDF-';
    check('pdf', isPdf, isPdf ? 'The file is a PDF.' : 'The file is not a PDF.', 'NOT_PDF');
    let pdf: PdfFile | null = null;
    const budget = new ReadBudget();
    try {
      pdf = await PdfFile.open(file, size, budget);
    } catch (error) {
      if (error instanceof BeyondLimits) throw error;
      check('structure', false, 'The file’s structure is not that of an exported dossier (it was rewritten or damaged).', 'STRUCTURE_REWRITTEN');
    }
    if (pdf) facts = await checkDocument(pdf, file, size, check);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    // Beyond the reading limits (a reference cycle, a flate bomb, endless nesting) or unreadable.
    check('readable', false, 'The file cannot be read as a dossier: it is damaged, or built so that reading it would never end.', 'UNREADABLE');
  } finally {
    await file.close().catch(() => undefined);
  }
  if (expected !== null) {
    const same = facts.certificateSha256 === expected;
    check('expected-certificate', same, same ? `The certificate is the one you expected (${expected}).` : `The dossier was not signed with the certificate you expected (${expected}): it was not exported from that vault.`, { reason: 'CERTIFICATE_NOT_EXPECTED', params: { expected } });
  }
  const failed = checks.filter((c) => !c.ok);
  const missing = EXPECTED.filter((name) => !checks.some((c) => c.name === name));
  const valid = failed.length === 0 && missing.length === 0;
  const code: VerifyVerdict | null = valid ? null : failed.some((c) => DAMAGE_CHECKS.has(c.name)) || failed.length === 0 ? 'DOSSIER_DAMAGED' : 'DOSSIER_ALTERED';
  return {
    valid,
    code,
    reasons: failed.map((c) => c.detail).concat(failed.length === 0 && missing.length ? ['Some checks could not be made.'] : []),
    // Every failing check above is given its code; one without would be a defect (see the unit test).
    failures: failed.map((c) => c.failure ?? { reason: 'CHECKS_INCOMPLETE' as const, params: {} }).concat(failed.length === 0 && missing.length ? [{ reason: 'CHECKS_INCOMPLETE', params: {} }] : []),
    checks,
    fingerprint: facts.fingerprint,
    signer: facts.signer,
    certificateSha256: facts.certificateSha256,
    certificateFingerprint: facts.certificateSha256,
    expectedCertificate: expected,
    signedAt: facts.signedAt,
    bytes: size,
  };
}
