// The signature part of `dossier verify`. The signature dictionary is found through the document's
// own structure (trailer → /Root → /AcroForm → the one signature field → /V), never by searching
// the bytes for "/ByteRange [": a user's text may contain those words, and must not make an honest
// dossier look "signed twice". Its unsigned gap must be exactly Dossier's placeholder, right after
// "/Contents " inside that dictionary's object.
import type { FileHandle } from 'node:fs/promises';
import { checkCms, derLength, type CmsProblem } from './cms';
import { isDict, isRef, textOf, type PdfFile, type PdfValue } from './pdfReader';
import { hashRanges, SIGNATURE_BYTES } from './sign';

import type { VerifyFailure, VerifyReason } from '../../shared/dossierContract';

/** Records a check; `failure` (its code, and what its sentence names) is kept only when it failed. */
export type Check = (name: string, ok: boolean, detail: string, failure?: VerifyReason | VerifyFailure) => void;

export interface SignatureFacts {
  signer: string | null;
  certificateSha256: string | null;
  signedAt: string | null;
}

const CMS_PROBLEMS: Record<CmsProblem, { sentence: string; reason: VerifyReason }> = {
  'not-sha256': { sentence: 'The signature does not use SHA-256.', reason: 'SIGNATURE_NOT_SHA256' },
  'form-changed': { sentence: 'The signature value was changed (it is not in the form Dossier writes).', reason: 'SIGNATURE_FORM_CHANGED' },
};

/** More form fields than this is not a dossier (it has one). */
const MAX_FIELDS = 100;
const CONTENTS_KEY = Buffer.from('/Contents ', 'latin1');

const isName = (v: PdfValue | undefined, name: string) => typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'name' && v.name === name;

function pdfDate(value: PdfValue | undefined): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(textOf(value) ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

/** The /V of every signature field in the document's form. */
async function signatureValues(pdf: PdfFile): Promise<PdfValue[]> {
  const root = await pdf.resolve(pdf.trailer.map.get('Root'));
  const form = isDict(root) ? await pdf.resolve(root.map.get('AcroForm')) : null;
  const fields = isDict(form) ? await pdf.resolve(form.map.get('Fields')) : null;
  if (!Array.isArray(fields)) return [];
  if (fields.length > MAX_FIELDS) throw new Error('too many form fields');
  const values: PdfValue[] = [];
  for (const ref of fields) {
    const field = await pdf.resolve(ref);
    if (isDict(field) && isName(field.map.get('FT'), 'Sig') && field.map.has('V')) values.push(field.map.get('V')!);
  }
  return values;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

export async function checkSignature(pdf: PdfFile, file: FileHandle, size: number, check: Check): Promise<SignatureFacts> {
  const facts: SignatureFacts = { signer: null, certificateSha256: null, signedAt: null };
  const values = await signatureValues(pdf);
  check(
    'signature-present',
    values.length === 1,
    values.length === 1 ? 'The file has one signature.' : values.length === 0 ? 'The file is not signed.' : `The file has ${values.length} signatures: it was signed again or changed after export.`,
    values.length === 0 ? 'NOT_SIGNED' : { reason: 'SIGNED_SEVERAL_TIMES', params: { count: values.length } },
  );
  if (values.length !== 1) return facts;
  const ref = values[0];
  const sig = isRef(ref) ? await pdf.resolve(ref) : null;
  const sigAt = isRef(ref) ? pdf.offsetOf(ref.num) : undefined;
  if (!isDict(sig) || sigAt === undefined) {
    check('signature', false, 'The signature cannot be read: the file was cut off or changed.', 'SIGNATURE_CUT_OFF');
    return facts;
  }
  facts.signedAt = pdfDate(sig.map.get('M'));
  const range = sig.map.get('ByteRange');
  const [a, b, c, d] = Array.isArray(range) && range.length === 4 && range.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) ? (range as number[]) : [NaN, NaN, NaN, NaN];
  // Exactly Dossier's placeholder, right after "/Contents " inside the signature's own object.
  const placed = b! > sigAt && c! - b! === SIGNATURE_BYTES * 2 + 2 && c! <= size && (await readAt(file, b! - CONTENTS_KEY.length, CONTENTS_KEY.length)).equals(CONTENTS_KEY);
  const gap = placed ? await readAt(file, b!, c! - b!) : Buffer.alloc(0);
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
    extra > 0 ? { reason: 'BYTES_APPENDED', params: { count: extra } } : 'BYTE_RANGE_MISMATCH',
  );
  if (!gapIsSignature || c! + d! > size) return facts;
  const digest = await hashRanges(file, [
    [a!, b!],
    [c!, d!],
  ]);
  try {
    const value = Buffer.from(gap.toString('latin1', 1, gap.length - 1), 'hex');
    const used = derLength(value);
    const padded = used > 0 && used <= value.length && value.subarray(used).every((byte) => byte === 0);
    check('signature-padding', padded, padded ? 'Nothing but the signature value sits in the unsigned gap.' : 'The unsigned gap around the signature value was changed.', 'SIGNATURE_GAP_CHANGED');
    const cms = checkCms(value, digest);
    facts.certificateSha256 = cms.certificate.fingerprint256.replace(/:/g, '').toLowerCase();
    facts.signer = /CN=([^\n]+)/.exec(cms.certificate.subject)?.[1] ?? cms.certificate.subject;
    check('signed-bytes', cms.digestMatches, cms.digestMatches ? 'The signed bytes are exactly as they were when signed.' : 'The signed bytes were changed after signing.', 'SIGNED_BYTES_CHANGED');
    const problem = cms.problem ? CMS_PROBLEMS[cms.problem] : { sentence: 'The signature does not match its certificate.', reason: 'SIGNATURE_MISMATCH' as const };
    check('signature', cms.signatureValid, cms.signatureValid ? `The signature is valid for the certificate ${facts.certificateSha256}.` : problem.sentence, problem.reason);
  } catch {
    check('signature', false, 'The signature value cannot be read.', 'SIGNATURE_UNREADABLE');
  }
  return facts;
}
