// Laying out the dossier: every section drawn with pdfkit, in order, and the finished document's
// bytes handed to `io.write` as they are made. Everything it needs was decided before (the chosen,
// redacted data, the manifest and its fingerprint, the signer), and it reads nothing from the vault
// itself but the files and photo headers it asks `io` for — so it can run in its own thread
// (layoutThread.ts) while the vault's thread decrypts the photos' image data (photoBodies.ts).
import type { Attachment } from '../../shared/domain';
import type { DossierOptions } from '../../shared/dossierOptions';
import { writeDocumentTo, type LaterBytes } from './documentOutput';
import { Format } from './format';
import { MANIFEST_FILE_NAME } from './manifest';
import { commonZone, renderChronology } from './render/chronology';
import type { PhotoHead, RenderContext, SectionId } from './render/context';
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
import { compressPageContents } from './render/pageBuffer';
import { drawContents, drawFooters } from './render/pageFurniture';
import { renderSummary } from './render/summary';
import type { DossierData } from './select';
import { addSignaturePlaceholder } from './sign';

export interface LayoutJob {
  options: DossierOptions;
  data: DossierData;
  manifest: { bytes: Uint8Array; fingerprint: string };
  certificateSha256: string;
  signer: string;
  exportedAt: string;
  /** Zone for the dossier's own dates (export time, period). */
  zone: string;
}

export interface LayoutIo {
  /** Every byte of the document, in order, but the photos' image data: */
  write(chunk: Uint8Array): void;
  /** ... whose place is kept here, in the same order, to be written by the vault's thread. */
  later(piece: LaterBytes): void;
  /** A JPEG's header without its metadata (null: it cannot be removed). */
  photoHead(attachment: Attachment): Promise<PhotoHead | null>;
  /** The photos' headers before they are asked for, for a layout in another thread (optional). */
  headsInOrder?(): AsyncIterable<{ id: string; head: PhotoHead | null }>;
  /** Any other file, whole (a PNG, a scanned letter to embed). */
  loadAttachment(attachment: Attachment): Promise<Buffer>;
  /** Raises a failure of the writing side (a full disk) between pieces of work. */
  checkpoint(): void;
}

export interface LayoutResult {
  pages: number;
  /** Where the signature dictionary starts in the file, for signing it in place (sign.ts). */
  signatureOffset: number;
}

export async function layoutDossier(job: LayoutJob, io: LayoutIo): Promise<LayoutResult> {
  const { options, data, manifest, exportedAt } = job;
  const fmt = new Format(options.language, commonZone(data.entries, options.zone ?? 'UTC'), (text) => data.redactor.text(text));
  const caseReference = options.caseReference ? data.redactor.text(options.caseReference) : undefined;
  const doc = createDocument(options, {
    title: caseReference ? `${fmt.s.title} — ${caseReference}` : fmt.s.title,
    subject: fmt.s.subtitle,
    author: options.preparedBy ? data.redactor.text(options.preparedBy) : undefined,
    fingerprint: manifest.fingerprint,
    certificateSha256: job.certificateSha256,
    createdAt: new Date(exportedAt),
  });
  const flushDocument = writeDocumentTo(doc, { write: (chunk) => io.write(chunk), later: (piece) => io.later(piece) });
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
    certificateSha256: job.certificateSha256,
    signer: job.signer,
    exportedAt,
    zone: job.zone,
    loadAttachment: (attachment) => io.loadAttachment(attachment),
    photoHead: (attachment) => io.photoHead(attachment),
    checkpoint: () => io.checkpoint(),
    sectionPages: new Map<SectionId, number>(),
  };
  const contentsSlot = renderCover(ctx);
  const placeholder = addSignaturePlaceholder(doc, { signingTime: new Date(exportedAt), name: job.signer, reason: `${fmt.s.title}: sha256:${manifest.fingerprint}` });
  embedFile(doc, Buffer.from(manifest.bytes.buffer, manifest.bytes.byteOffset, manifest.bytes.byteLength), {
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
  await compressPageContents(doc);
  doc.end();
  await ended;
  flushDocument();
  return { pages, signatureOffset: placeholder.offset() };
}
