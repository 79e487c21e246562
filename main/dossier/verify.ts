// `dossier verify`: checks an exported dossier without the vault or the passphrase.
// 1. exactly one signature, whose byte range starts at 0, ends at the end of the file and leaves
//    out nothing but the signature value itself (so nothing was appended or slipped in);
// 2. the signed bytes hash to the digest in the signature, and the signature is valid for the
//    certificate it carries, which is the one the document names;
// 3. the attached manifest hashes to the fingerprint the document prints, and names the same
//    certificate. Every check is reported, in plain words; any failure makes the file invalid.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { DossierVerifyResult, VerifyCheck } from '../../shared/dossierContract';
import { DossierError } from '../../shared/errors';
import { checkCms } from './cms';
import { MANIFEST_FILE_NAME, MANIFEST_FORMAT } from './manifest';
import { isDict, Parser, PdfFile, textOf, type PdfDict, type PdfValue } from './pdfReader';
import { hashRanges } from './sign';

const MARK = Buffer.from('/ByteRange [', 'latin1');

/** Every position of `/ByteRange [` in the file, read in 4 MiB pieces. */
async function findMarks(file: FileHandle, size: number): Promise<number[]> {
  const found: number[] = [];
  const piece = 4 * 1024 * 1024;
  for (let start = 0; start < size; start += piece) {
    const length = Math.min(piece + MARK.length - 1, size - start);
    const buf = Buffer.alloc(length);
    await file.read(buf, 0, length, start);
    for (let i = buf.indexOf(MARK); i >= 0 && i < piece; i = buf.indexOf(MARK, i + 1)) found.push(start + i);
  }
  return found;
}

/** The signature dictionary around a /ByteRange mark. */
async function signatureDictionary(file: FileHandle, size: number, mark: number): Promise<PdfDict> {
  const from = Math.max(0, mark - 4096);
  const buf = Buffer.alloc(Math.min(size - from, 4096 + 40_000));
  await file.read(buf, 0, buf.length, from);
  const objAt = buf.lastIndexOf(' obj', mark - from);
  const lineStart = Math.max(buf.lastIndexOf(0x0a, objAt) + 1, 0);
  const parser = new Parser(buf, lineStart);
  parser.token();
  parser.token();
  parser.token();
  const value = parser.value();
  if (!isDict(value)) throw new Error('the signature is not a dictionary');
  return value;
}

function pdfDate(value: PdfValue | undefined): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(textOf(value) ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

async function namedFile(pdf: PdfFile, tree: PdfValue, name: string): Promise<PdfValue | undefined> {
  const node = await pdf.resolve(tree);
  if (!isDict(node)) return undefined;
  const names = await pdf.resolve(node.map.get('Names'));
  if (Array.isArray(names)) for (let i = 0; i + 1 < names.length; i += 2) if (textOf(names[i]) === name) return names[i + 1];
  const kids = await pdf.resolve(node.map.get('Kids'));
  if (Array.isArray(kids)) for (const kid of kids) {
    const hit = await namedFile(pdf, kid, name);
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
  return isDict(value) && stream ? PdfFile.decode(value, stream) : null;
}

/** Total length of the DER object at the start of `bytes` (tag, length, content), or 0. */
function derLength(bytes: Buffer): number {
  if (bytes.length < 2 || bytes[0] !== 0x30) return 0;
  const first = bytes[1]!;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.length < 2 + count) return 0;
  let length = 0;
  for (let i = 0; i < count; i += 1) length = length * 256 + bytes[2 + i]!;
  return 2 + count + length;
}

export async function verifyDossier(path: string): Promise<DossierVerifyResult> {
  const file = await fs.open(path, 'r').catch(() => {
    throw new DossierError('FILE_NOT_FOUND');
  });
  const checks: VerifyCheck[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  let size = 0;
  let fingerprint: string | null = null;
  let signer: string | null = null;
  let certificateSha256: string | null = null;
  let signedAt: string | null = null;
  try {
    const stat = await file.stat();
    if (!stat.isFile()) throw new DossierError('FILE_NOT_FOUND');
    size = stat.size;
    const head = Buffer.alloc(5);
    await file.read(head, 0, 5, 0).catch(() => {
      throw new DossierError('FILE_NOT_FOUND');
    });
    check('pdf', head.toString('latin1') === '%PDF-', head.toString('latin1') === '%PDF-' ? 'The file is a PDF.' : 'The file is not a PDF.');

    const marks = await findMarks(file, size);
    check('signature-present', marks.length === 1, marks.length === 1 ? 'The file has one signature.' : marks.length === 0 ? 'The file is not signed.' : `The file has ${marks.length} signatures: it was signed again or changed after export.`);
    // A signature dictionary that cannot even be parsed is a damaged or altered file, not a crash.
    const sig = marks.length >= 1 ? await signatureDictionary(file, size, marks[0]!).catch(() => null) : null;
    if (marks.length >= 1 && sig === null) check('signature', false, 'The signature cannot be read: the file was cut off or changed.');
    if (sig !== null) {
      signedAt = pdfDate(sig.map.get('M'));
      const range = sig.map.get('ByteRange');
      const [a, b, c, d] = Array.isArray(range) && range.length === 4 && range.every((n) => typeof n === 'number') ? (range as number[]) : [NaN, NaN, NaN, NaN];
      const gap = Number.isInteger(b) && Number.isInteger(c) && c! > b! ? Buffer.alloc(c! - b!) : Buffer.alloc(0);
      if (gap.length) await file.read(gap, 0, gap.length, b!);
      // The one unsigned part of the file must be exactly what Dossier writes there: lower-case hex
      // of the CMS value followed only by zero padding. Anything else (a changed padding digit, an
      // 'a' turned into 'A') is a change to the file, even though the signature cannot cover it.
      const gapIsSignature = gap.length > 2 && gap[0] === 0x3c && gap[gap.length - 1] === 0x3e && /^[0-9a-f]*$/.test(gap.toString('latin1', 1, gap.length - 1));
      const covers = a === 0 && gapIsSignature && c! + d! === size;
      const extra = size - (c! + d!);
      check(
        'byte-range',
        covers,
        covers
          ? 'The signature covers the whole file except the signature value itself.'
          : extra > 0
            ? `${extra} bytes were added after the signed part (an incremental update or appended data).`
            : 'The signed byte range does not match the file: bytes were removed, moved or slipped in.',
      );
      if (gapIsSignature && Number.isFinite(d) && c! + d! <= size) {
        const digest = await hashRanges(file, [
          [a!, b!],
          [c!, d!],
        ]);
        try {
          const value = Buffer.from(gap.toString('latin1', 1, gap.length - 1), 'hex');
          const used = derLength(value);
          const padded = used > 0 && used <= value.length && value.subarray(used).every((byte) => byte === 0);
          check('signature-padding', padded, padded ? 'Nothing but the signature value sits in the unsigned gap.' : 'The unsigned gap around the signature value was changed.');
          const cms = checkCms(value, digest);
          certificateSha256 = cms.certificate.fingerprint256.replace(/:/g, '').toLowerCase();
          signer = /CN=([^\n]+)/.exec(cms.certificate.subject)?.[1] ?? cms.certificate.subject;
          check('signed-bytes', cms.digestMatches, cms.digestMatches ? 'The signed bytes are exactly as they were when signed.' : 'The signed bytes were changed after signing.');
          check('signature', cms.signatureValid, cms.signatureValid ? `The signature is valid for the certificate ${certificateSha256}.` : cms.problem ?? 'The signature does not match its certificate.');
        } catch {
          check('signature', false, 'The signature value cannot be read.');
        }
      }
    }

    let pdf: PdfFile | null = null;
    try {
      pdf = await PdfFile.open(file, size);
    } catch {
      check('structure', false, 'The file’s structure is not that of an exported dossier (it was rewritten or damaged).');
    }
    if (pdf) {
      const info = await pdf.resolve(pdf.trailer.map.get('Info')).catch(() => null);
      const field = async (key: string) => (isDict(info) ? textOf(await pdf!.resolve(info.map.get(key))) : null);
      fingerprint = await field('DossierFingerprint');
      if (fingerprint !== null && !/^[0-9a-f]{64}$/.test(fingerprint)) fingerprint = null;
      const namedCertificate = await field('DossierCertificate');
      if (certificateSha256) check('certificate', namedCertificate === certificateSha256, namedCertificate === certificateSha256 ? 'The signing certificate is the one the document names.' : 'The signing certificate is not the one the document names.');
      const manifest = await readManifest(pdf).catch(() => null);
      check('manifest-present', manifest !== null, manifest ? `The manifest (${MANIFEST_FILE_NAME}) is attached.` : 'The manifest is missing or cannot be read.');
      if (manifest) {
        const actual = createHash('sha256').update(manifest).digest('hex');
        check('manifest-fingerprint', fingerprint === actual, fingerprint === actual ? `The manifest matches the fingerprint ${actual}.` : `The manifest’s SHA-256 is ${actual}, but the document’s fingerprint is ${fingerprint ?? 'missing'}.`);
        type ManifestHead = { format?: unknown; vault?: { signingCertificateSha256?: unknown } };
        const parsed = ((): ManifestHead | null => {
          try {
            return JSON.parse(manifest.toString('utf8')) as ManifestHead;
          } catch {
            return null;
          }
        })();
        const sameCertificate = parsed?.format === MANIFEST_FORMAT && (certificateSha256 === null || parsed.vault?.signingCertificateSha256 === certificateSha256);
        check('manifest-content', sameCertificate, sameCertificate ? 'The manifest is a Dossier manifest naming the same certificate.' : 'The manifest is not a Dossier manifest for this signature.');
      }
    }
  } finally {
    await file.close().catch(() => undefined);
  }
  const failed = checks.filter((c) => !c.ok);
  const expected = ['pdf', 'signature-present', 'byte-range', 'signed-bytes', 'signature', 'certificate', 'manifest-present', 'manifest-fingerprint', 'manifest-content'];
  const missing = expected.filter((name) => !checks.some((c) => c.name === name));
  const valid = failed.length === 0 && missing.length === 0;
  return { valid, reasons: failed.map((c) => c.detail).concat(failed.length === 0 && missing.length ? ['Some checks could not be made.'] : []), checks, fingerprint, signer, certificateSha256, signedAt, bytes: size };
}
