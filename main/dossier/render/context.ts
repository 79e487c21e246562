// What every section renderer gets: the page flow, the words and formats of the chosen language,
// the (already redacted) data, and the few facts decided before layout (fingerprint, signer).
import type { Attachment } from '../../../shared/domain';
import type { DossierOptions } from '../../../shared/dossierOptions';
import type { Format } from '../format';
import type { Strings } from '../i18n';
import type { DossierData } from '../select';
import type { Doc } from './document';
import type { Flow } from './flow';

export interface PhotoHead {
  head: Buffer;
  bodyLength: number;
}

export type SectionId = 'summary' | 'chronology' | 'entries' | 'messages' | 'ledger' | 'evidence' | 'integrity';

export interface RenderContext {
  doc: Doc;
  flow: Flow;
  fmt: Format;
  s: Strings;
  data: DossierData;
  options: DossierOptions;
  fingerprint: string;
  certificateSha256: string;
  signer: string;
  exportedAt: string;
  /** Zone for the dossier's own dates (export time, period). */
  zone: string;
  /** Reads one attachment's bytes from the vault (one at a time: photos are never all in memory). */
  loadAttachment(attachment: Attachment): Promise<Buffer>;
  /** A JPEG's header, its metadata removed, and how many bytes of image data follow it (written
   *  into the file by the vault's thread: photoBodies.ts); null when the metadata cannot be
   *  removed (the photo is then left out). */
  photoHead(attachment: Attachment): Promise<PhotoHead | null>;
  /** Raises a write failure (full disk) as soon as it happened, between pieces of work. */
  checkpoint(): void;
  /** First page (0-based) of each section, for the contents list on the cover. */
  sectionPages: Map<SectionId, number>;
}

/** Starts a section on a new page: structure element, bookmark, named destination for links. */
export function startSection(ctx: RenderContext, id: SectionId, title: string): ReturnType<Doc['outline']['addItem']> {
  const { flow, doc } = ctx;
  flow.newPage();
  ctx.sectionPages.set(id, doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1);
  flow.openSection('Sect', title);
  doc.addNamedDestination(`section-${id}`);
  const item = doc.outline.addItem(title, { left: doc.page.width, top: doc.y } as never);
  flow.heading(1, title);
  return item;
}

/** A bookmark under `parent` pointing at the current position. */
export function bookmark(ctx: RenderContext, parent: ReturnType<Doc['outline']['addItem']>, title: string, top = ctx.doc.y): void {
  // pdfkit's outline puts the view at x = width − left (so left = width gives 0) and y = height − top.
  parent.addItem(title, { left: ctx.doc.page.width, top } as never);
}
