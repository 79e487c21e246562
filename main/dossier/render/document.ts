// The pdfkit document as the dossier needs it: PDF/A-3b (archival, and the level that allows the
// embedded manifest), tagged with the document language, DejaVu and Noto Emoji fonts embedded,
// pages kept in memory until the end so "page X of Y" and the contents list can be written last.
import PDFDocument from 'pdfkit';
import type { DossierOptions } from '../../../shared/dossierOptions';
import { LOCALES } from '../i18n';
import { bufferPageContent } from './pageBuffer';
import { fontPaths, PAGE } from './theme';

export type Doc = InstanceType<typeof PDFDocument>;

export interface DocumentMeta {
  title: string;
  subject: string;
  author?: string | undefined;
  fingerprint: string;
  certificateSha256: string;
  createdAt: Date;
}

/** XMP is written by pdfkit without escaping: keep metadata text free of XML's special characters
 *  (the same text goes to Info, and PDF/A wants the two to agree). */
export function metadataText(text: string): string {
  return text.replace(/[<>&"]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
}

export function createDocument(options: DossierOptions, meta: DocumentMeta): Doc {
  const doc = new PDFDocument({
    size: options.paper === 'Letter' ? 'LETTER' : 'A4',
    margins: PAGE.margin,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: true,
    lang: LOCALES[options.language],
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    info: {
      Title: metadataText(meta.title),
      Subject: metadataText(meta.subject),
      ...(meta.author ? { Author: metadataText(meta.author) } : {}),
      Keywords: `dossier sha256:${meta.fingerprint}`,
      Creator: 'Dossier',
      Producer: 'Dossier (PDFKit)',
      CreationDate: meta.createdAt,
    },
  });
  // Read back by `dossier verify`: the fingerprint the pages show, and the certificate that must
  // have made the signature. Custom Info keys have no XMP counterpart, which PDF/A allows.
  const info = doc.info as unknown as Record<string, string>;
  info.DossierFingerprint = meta.fingerprint;
  info.DossierCertificate = meta.certificateSha256;
  const fonts = fontPaths();
  doc.registerFont('sans', fonts.sans);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('mono', fonts.mono);
  doc.registerFont('emoji', fonts.emoji);
  bufferPageContent(doc);
  doc.addPage();
  doc.font('sans');
  return doc;
}
