// Exporting a dossier: select + redact → manifest (the fingerprint) → lay out every section with
// pdfkit, streaming to a temporary file (or into memory, for the hand-over) → footers and contents → sign in place → move into place.
// Any failure removes the temporary file and surfaces as DISK_FULL or EXPORT_FAILED.
import { X509Certificate } from 'node:crypto';
import type { DossierExportResult } from '../../shared/dossierContract';
import type { DossierOptions } from '../../shared/dossierOptions';
import { DossierError } from '../../shared/errors';
import { attachmentChunks } from '../vault/attachments';
import { ensureSigningIdentity } from '../vault/signing';
import type { Db } from '../vault/sqlite';
import { Format } from './format';
import { STRINGS } from './i18n';
import { buildManifest, MANIFEST_FILE_NAME } from './manifest';
import { commonZone, renderChronology } from './render/chronology';
import type { RenderContext, SectionId } from './render/context';
import { renderCover } from './render/cover';
import { createDocument } from './render/document';
import { embedFile } from './render/embedFile';
import { renderEntries } from './render/entries';
import { renderEvidence } from './render/evidence';
import { Flow } from './render/flow';
import { Glyphs } from './render/glyphs';
import { renderIntegrity } from './render/integrity';
import { renderLedger } from './render/ledger';
import { renderMessageLogs } from './render/messageLog';
import { drawContents, drawFooters } from './render/pageFurniture';
import { renderSummary } from './render/summary';
import { readDossierData, type DossierData } from './select';
import { datesForDossier } from '../filing/datesInDossier';
import { proveRedaction } from './redaction/prove';
import { addSignaturePlaceholder, signWrittenFile } from './sign';
import { AtomicOutput, writeError } from './write';
import { writeDocumentTo } from './documentOutput';
import type { MemoryOutput } from './memoryOutput';

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

export async function readWhole(db: Db, id: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of attachmentChunks(db, id)) parts.push(chunk);
  return Buffer.concat(parts);
}

export async function exportDossier(db: Db, request: ExportRequest, now: () => Date): Promise<DossierExportResult> {
  const { options } = request;
  const identity = await ensureSigningIdentity(db, now);
  const data = await readDossierData(db, options, STRINGS[options.language]);
  const fmt = new Format(options.language, commonZone(data.entries, options.zone ?? 'UTC'), (text) => data.redactor.text(text));
  data.dates = await datesForDossier(db, options, data);
  request.chose?.(data);
  const exportedAt = now().toISOString();
  const manifest = buildManifest(data, options, { exportedAt, certificateSha256: identity.fingerprintSha256 });
  const signer = signerName(identity.certificatePem);
  const zone = options.zone ?? data.entries[data.entries.length - 1]?.entry.occurredAt.zone ?? 'UTC';
  const caseReference = options.caseReference ? data.redactor.text(options.caseReference) : undefined;

  const output: AtomicOutput | MemoryOutput = request.into ?? (await AtomicOutput.open(request.path, request.force));
  try {
    const doc = createDocument(options, {
      title: caseReference ? `${fmt.s.title} — ${caseReference}` : fmt.s.title,
      subject: fmt.s.subtitle,
      author: options.preparedBy ? data.redactor.text(options.preparedBy) : undefined,
      fingerprint: manifest.fingerprint,
      certificateSha256: identity.fingerprintSha256,
      createdAt: new Date(exportedAt),
    });
    const flushDocument = writeDocumentTo(doc, (chunk) => output.write(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      doc.on('end', resolve);
      doc.on('error', reject);
    });
    const ctx: RenderContext = {
      doc,
      flow: new Flow(doc, Glyphs.of(doc)),
      fmt,
      s: fmt.s,
      data,
      options,
      fingerprint: manifest.fingerprint,
      certificateSha256: identity.fingerprintSha256,
      signer,
      exportedAt,
      zone,
      // Read when drawn, one at a time. The vault's engine is synchronous, so reading ahead would
      // overlap nothing (it only held more photos in memory); a worker thread for the layout was
      // tried and shelved (branch s6-layout-thread: on a busy machine it cost more than it won).
      loadAttachment: (attachment) => readWhole(db, attachment.id),
      checkpoint: () => output.check(),
      sectionPages: new Map<SectionId, number>(),
    };
    const contentsSlot = renderCover(ctx);
    const placeholder = addSignaturePlaceholder(doc, { signingTime: new Date(exportedAt), name: signer, reason: `${fmt.s.title}: sha256:${manifest.fingerprint}` });
    embedFile(doc, manifest.bytes, {
      name: MANIFEST_FILE_NAME,
      type: 'application/json',
      relationship: 'Data',
      description: `sha256:${manifest.fingerprint}`,
      creationDate: new Date(exportedAt),
      modifiedDate: new Date(exportedAt),
    });
    renderSummary(ctx);
    renderChronology(ctx);
    await renderEntries(ctx);
    renderMessageLogs(ctx);
    renderLedger(ctx);
    renderEvidence(ctx);
    renderIntegrity(ctx);
    drawContents(ctx, contentsSlot);
    const pages = drawFooters(ctx);
    doc.end();
    await ended;
    flushDocument();
    await output.settle();
    await signWrittenFile(output.file, placeholder.offset(), identity);
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
}
