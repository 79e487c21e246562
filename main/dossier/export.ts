// Exporting a dossier: select + redact → manifest (the fingerprint) → lay out every section with
// pdfkit in the layout thread (layoutThread.ts), streaming to a temporary file (or into memory, for
// the hand-over) while this thread reads the photos → sign in place → prove the redaction → move
// into place. Any failure removes the temporary file and surfaces as DISK_FULL or EXPORT_FAILED.
import { X509Certificate } from 'node:crypto';
import type { DossierExportResult } from '../../shared/dossierContract';
import type { DossierOptions } from '../../shared/dossierOptions';
import { DossierError } from '../../shared/errors';
import { datesForDossier } from '../filing/datesInDossier';
import { readAttachment } from '../vault/attachments';
import { ensureSigningIdentity } from '../vault/signing';
import type { Db } from '../vault/sqlite';
import { STRINGS } from './i18n';
import type { LayoutIo } from './layout';
import { LayoutThread } from './layoutThread';
import { PhotoBodies } from './photoBodies';
import { buildManifest } from './manifest';
import type { MemoryOutput } from './memoryOutput';
import { proveRedaction } from './redaction/prove';
import { readDossierData, type DossierData } from './select';
import { signWrittenFile } from './sign';
import { AtomicOutput, writeError } from './write';

export interface ExportRequest {
  options: DossierOptions;
  path: string;
  force: boolean;
  /** Write into memory instead of a file at `path` (the sealed hand-over: no plaintext PDF on
   *  disk); `path` then only names the result, and its name is still checked by the redaction. */
  into?: MemoryOutput;
  /** Told what was chosen (after redaction), so the hand-over packs the same entries' files. */
  chose?: (data: DossierData) => void;
}

export function signerName(certificatePem: string): string {
  const subject = new X509Certificate(certificatePem).subject;
  return /CN=([^\n]+)/.exec(subject)?.[1] ?? subject;
}

/** What the layout gets from the vault's side: the output for its bytes, the files it asks for,
 *  and the photos' image data written in its kept places. `written` settles once every byte is in
 *  the output (before the file is signed or read back). */
export function vaultSide(db: Db, output: AtomicOutput | MemoryOutput, data: DossierData): { io: LayoutIo; written(): Promise<void> } {
  const jpegs = data.entries.flatMap((d) => d.attachments.filter((a) => a.mime === 'image/jpeg'));
  const photos = new PhotoBodies(db, output, jpegs);
  return {
    io: {
      write: (chunk) => output.write(chunk),
      later: (piece) => photos.later(piece),
      photoHead: (attachment) => photos.head(attachment),
      headsInOrder: () => photos.headsInOrder(),
      loadAttachment: (attachment) => readAttachment(db, attachment.id),
      checkpoint: () => {
        output.check();
        photos.check();
      },
    },
    written: async () => {
      await photos.done();
      await output.settle();
    },
  };
}

export async function exportDossier(db: Db, request: ExportRequest, now: () => Date): Promise<DossierExportResult> {
  const { options } = request;
  // Started first: the worker loads pdfkit and the fonts while the data is read.
  const layout = LayoutThread.start();
  try {
    const identity = await ensureSigningIdentity(db, now);
    const data = await readDossierData(db, options, STRINGS[options.language]);
    data.dates = await datesForDossier(db, options, data);
    request.chose?.(data);
    const exportedAt = now().toISOString();
    const manifest = buildManifest(data, options, { exportedAt, certificateSha256: identity.fingerprintSha256 });
    const zone = options.zone ?? data.entries[data.entries.length - 1]?.entry.occurredAt.zone ?? 'UTC';
    const output: AtomicOutput | MemoryOutput = request.into ?? (await AtomicOutput.open(request.path, request.force));
    try {
      const side = vaultSide(db, output, data);
      const { pages, signatureOffset } = await layout.run(
        { options, data, manifest, certificateSha256: identity.fingerprintSha256, signer: signerName(identity.certificatePem), exportedAt, zone },
        side.io,
      );
      await side.written();
      await signWrittenFile(output.file, signatureOffset, identity);
      await proveRedaction(data.redactor, output.file, output.bytesWritten, request.path);
      await output.commit();
      return {
        path: request.path,
        fingerprint: manifest.fingerprint,
        pages,
        bytes: output.bytesWritten,
        entries: manifest.counts.entries,
        attachments: manifest.counts.attachments,
        messages: manifest.counts.messages,
      };
    } catch (error) {
      await output.abort();
      if (error instanceof DossierError) throw error;
      throw writeError(error);
    }
  } finally {
    layout.stop();
  }
}
