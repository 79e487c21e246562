// An embedded file (the manifest, an original document) as pdfkit 0.20.2 (pinned) writes it with
// doc.file(bytes, …), but with the MD5 it states (/CheckSum) computed by node:crypto: pdfkit works
// it out in JavaScript, ~0.6 s for the bench's 20,000-message manifest and seconds for a 50 MB
// original (issue 9, bench). tests/unit/dossier/embedFile.test.ts holds the bytes to pdfkit's own.
import { createHash } from 'node:crypto';
import type { Doc } from './document';

export interface EmbeddedFile {
  name: string;
  type: string;
  relationship: 'Data' | 'Source' | 'Alternative' | 'Supplement' | 'Unspecified';
  description?: string;
  creationDate: Date;
  modifiedDate: Date;
}

interface Ref {
  end(data?: Uint8Array): void;
}
interface Registered {
  Subtype: string;
  Params: { CheckSum: string | String; Size: number; CreationDate: Date; ModDate: Date };
  ref: Ref;
}
interface DocInternals {
  _fileRegistry?: Record<string, Registered>;
  _root: { data: { AF?: Ref[] } };
  ref(data: object): Ref;
  addNamedEmbeddedFile(name: string, ref: Ref): void;
}

/** pdfkit's escapeName: a PDF name with its delimiters and control characters as #XX. */
function pdfName(name: string): string {
  let out = '';
  for (const char of name) {
    const code = char.charCodeAt(0);
    const safe = code > 0x7f || (code > 0x20 && code !== 0x7f && !'#%()/<>[]{}'.includes(char));
    out += safe ? char : `#${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Embeds `bytes` as doc.file would (same objects, same order, same registry of names); returns
 *  the file specification. */
export function embedFile(doc: Doc, bytes: Uint8Array, file: EmbeddedFile): Ref {
  const pdf = doc as unknown as DocInternals;
  // Built in pdfkit's key order, which is the order the dictionary is written in.
  const refBody = {
    Type: 'EmbeddedFile',
    Params: {
      CreationDate: file.creationDate,
      ModDate: file.modifiedDate,
      CheckSum: new String(createHash('md5').update(bytes).digest('hex')),
      Size: bytes.byteLength,
    },
    Subtype: pdfName(file.type),
  };
  pdf._fileRegistry ??= {};
  const known = pdf._fileRegistry[file.name];
  let ref: Ref;
  if (
    known &&
    known.Subtype === refBody.Subtype &&
    known.Params.CheckSum.toString() === refBody.Params.CheckSum.toString() &&
    known.Params.Size === refBody.Params.Size &&
    known.Params.CreationDate?.getTime() === file.creationDate.getTime() &&
    known.Params.ModDate?.getTime() === file.modifiedDate.getTime()
  )
    ref = known.ref;
  else {
    ref = pdf.ref(refBody);
    ref.end(bytes);
    pdf._fileRegistry[file.name] = { ...refBody, ref };
  }
  const spec = pdf.ref({
    Type: 'Filespec',
    AFRelationship: file.relationship,
    F: new String(file.name),
    EF: { F: ref },
    UF: new String(file.name),
    ...(file.description ? { Desc: new String(file.description) } : {}),
  });
  spec.end();
  pdf.addNamedEmbeddedFile(file.name, spec);
  if (pdf._root.data.AF) pdf._root.data.AF.push(spec);
  else pdf._root.data.AF = [spec];
  return spec;
}
