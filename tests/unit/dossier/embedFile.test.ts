// Embedded files (main/dossier/render/embedFile.ts, issue 9 bench) must be written exactly as
// pdfkit's doc.file writes them, the MD5 only computed faster: two uncompressed PDF/A-3 documents,
// one made with doc.file, one with embedFile, must be the same bytes.
import { describe, expect, it } from 'vitest';
import { embedFile, type EmbeddedFile } from '../../../main/dossier/render/embedFile';
import { pdfBytes, type Doc } from './pdfBytes';

const bytesOf = (draw: (doc: Doc) => void) => pdfBytes(draw, { subset: 'PDF/A-3b', pdfVersion: '1.7' });

const when = new Date('2024-03-06T09:00:00Z');
const files: [Buffer, EmbeddedFile][] = [
  [Buffer.from('{"format":"dossier-manifest","entries":[]}'), { name: 'dossier-manifest.json', type: 'application/json', relationship: 'Data', description: 'sha256:00ff', creationDate: when, modifiedDate: when }],
  [Buffer.from('%PDF-1.4 справка'), { name: '4.1 справка (копия) [1].pdf', type: 'application/pdf', relationship: 'Source', description: 'Приложение № 4.1, SHA-256 ab', creationDate: when, modifiedDate: new Date('2024-03-07T10:00:00Z') }],
  // The same name and bytes again: pdfkit reuses the stream; without a description.
  [Buffer.from('%PDF-1.4 справка'), { name: '4.1 справка (копия) [1].pdf', type: 'application/pdf', relationship: 'Source', creationDate: when, modifiedDate: new Date('2024-03-07T10:00:00Z') }],
];

describe('embedded files', () => {
  it('are written as pdfkit writes them, with the same MD5 check sum', async () => {
    const byPdfkit = await bytesOf((doc) => {
      for (const [bytes, file] of files) doc.file(bytes, { ...file } as never);
    });
    const byEmbed = await bytesOf((doc) => {
      for (const [bytes, file] of files) embedFile(doc, bytes, file);
    });
    expect(byPdfkit.toString('latin1')).toContain('/CheckSum');
    expect(byEmbed.toString('latin1')).toBe(byPdfkit.toString('latin1'));
  });
});
