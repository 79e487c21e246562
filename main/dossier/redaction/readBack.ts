// Reading the finished dossier back, as anyone who receives it could: the text drawn on every page
// (decoded through each font's ToUnicode map, as pdftotext does), every string in every object
// (metadata, outline, annotations, the signature's fields, file names), the XMP metadata and every
// embedded file (the manifest). Used to prove a redaction before the file is put in place.
import type { RandomAccessFile } from '../randomAccess';
import { isDict, isRef, PdfFile, Parser, textOf, type PdfDict, type PdfValue } from '../pdfReader';
import { OWN_OUTPUT_LIMITS, ReadBudget } from '../readBudget';

export interface ReadBackText {
  where: 'page text' | 'strings' | 'metadata' | 'embedded file';
  text: string;
}

type CMap = Map<number, string>;

/** bfchar and bfrange entries of a ToUnicode CMap (ISO 32000-1 §9.10.3). */
export function parseToUnicode(data: string): CMap {
  const map: CMap = new Map();
  const hex = (h: string) => parseInt(h, 16);
  const utf16 = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
  for (const block of data.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(m[1]!), utf16(m[2]!));
  }
  for (const block of data.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = hex(m[1]!);
      const to = hex(m[2]!);
      const target = m[3]!;
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((t, i) => map.set(from + i, utf16(t[1]!)));
      } else {
        const base = Buffer.from(target.slice(1, -1), 'hex');
        for (let code = from; code <= to && code - from < 65536; code += 1) {
          const b = Buffer.from(base);
          b.writeUInt16BE((b.readUInt16BE(b.length - 2) + code - from) & 0xffff, b.length - 2);
          map.set(code, b.swap16().toString('utf16le'));
        }
      }
    }
  }
  return map;
}

function decodeShow(bytes: Buffer, cmap: CMap | undefined): string {
  if (!cmap) return bytes.toString('latin1');
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += cmap.get(bytes.readUInt16BE(i)) ?? '';
  return out;
}

/** The text a page content stream shows: each Tj/TJ string decoded with the current font. */
export function pageText(content: Buffer, fonts: ReadonlyMap<string, CMap>): string {
  const parser = new Parser(content);
  const operands: PdfValue[] = [];
  const parts: string[] = [];
  let font: CMap | undefined;
  while (parser.pos < content.length) {
    try {
      parser.skipSpace();
      const c = content[parser.pos]!;
      if (c === 0x2f || c === 0x28 || c === 0x3c || c === 0x5b || c === 0x2d || c === 0x2e || c === 0x2b || (c >= 0x30 && c <= 0x39)) {
        operands.push(c === 0x5b ? parser.value() : parser.value());
        continue;
      }
      const op = parser.token();
      if (op === 'Tf') {
        const name = operands[operands.length - 2];
        font = typeof name === 'object' && name !== null && !Array.isArray(name) && name.kind === 'name' ? fonts.get(name.name) : undefined;
      } else if (op === 'Tj' || op === "'" || op === '"') {
        const s = operands[operands.length - 1];
        if (typeof s === 'object' && s !== null && !Array.isArray(s) && s.kind === 'string') parts.push(decodeShow(s.bytes, font));
      } else if (op === 'TJ') {
        const array = operands[operands.length - 1];
        if (Array.isArray(array)) parts.push(array.map((item) => (typeof item === 'object' && item !== null && !Array.isArray(item) && item.kind === 'string' ? decodeShow(item.bytes, font) : typeof item === 'number' && item < -200 ? ' ' : '')).join(''));
      } else if (op === 'ET') parts.push('\n');
      else if (op === 'BI') break; // inline images: Dossier draws none
      operands.length = 0;
    } catch {
      parser.pos += 1; // a byte the tokenizer does not know: skip it rather than give up
    }
  }
  return parts.join('');
}

const nameOf = (v: PdfValue | undefined) => (typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'name' ? v.name : null);

function strings(value: PdfValue, out: string[]): void {
  const text = textOf(value);
  if (text !== null) out.push(text);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (isDict(value)) {
    // A signature's /Contents is the CMS blob (random bytes), not text anyone reads.
    const signature = nameOf(value.map.get('Type')) === 'Sig';
    value.map.forEach((v, key) => (signature && key === 'Contents' ? undefined : strings(v, out)));
  }
}


async function fontsOf(pdf: PdfFile, resources: PdfValue | undefined, cache: Map<number, CMap>): Promise<Map<string, CMap>> {
  const fonts = new Map<string, CMap>();
  const res = await pdf.resolve(resources);
  const fontDict = isDict(res) ? await pdf.resolve(res.map.get('Font')) : null;
  if (!isDict(fontDict)) return fonts;
  for (const [name, ref] of fontDict.map) {
    const key = isRef(ref) ? ref.num : -1;
    let cmap = cache.get(key);
    if (!cmap) {
      const font = await pdf.resolve(ref);
      const toUnicode = isDict(font) ? font.map.get('ToUnicode') : undefined;
      const { value, stream } = await pdf.object(toUnicode);
      cmap = isDict(value) && stream ? parseToUnicode(pdf.decode(value, stream).toString('latin1')) : new Map();
      if (key >= 0) cache.set(key, cmap);
    }
    fonts.set(name, cmap);
  }
  return fonts;
}

async function pagesOf(pdf: PdfFile, node: PdfValue | undefined, out: PdfDict[], depth = 0): Promise<void> {
  const dict = await pdf.resolve(node);
  if (!isDict(dict) || depth > 50) return;
  const kids = await pdf.resolve(dict.map.get('Kids'));
  if (Array.isArray(kids)) for (const kid of kids) await pagesOf(pdf, kid, out, depth + 1);
  else out.push(dict);
}

export async function readBack(file: RandomAccessFile, size: number): Promise<ReadBackText[]> {
  const pdf = await PdfFile.open(file, size, new ReadBudget(OWN_OUTPUT_LIMITS));
  const out: ReadBackText[] = [];
  const found: string[] = [];
  for (const num of pdf.objectNumbers()) {
    const { value, stream } = await pdf.object({ kind: 'ref', num, gen: 0 });
    strings(value, found);
    if (isDict(value) && stream) {
      const type = nameOf(value.map.get('Type'));
      if (type === 'EmbeddedFile') out.push({ where: 'embedded file', text: pdf.decode(value, stream).toString('utf8') });
      if (type === 'Metadata') out.push({ where: 'metadata', text: pdf.decode(value, stream).toString('utf8') });
    }
  }
  out.push({ where: 'strings', text: found.join('\n') });
  const root = await pdf.resolve(pdf.trailer.map.get('Root'));
  const pages: PdfDict[] = [];
  if (isDict(root)) await pagesOf(pdf, root.map.get('Pages'), pages);
  const cache = new Map<number, CMap>();
  for (const page of pages) {
    const fonts = await fontsOf(pdf, page.map.get('Resources'), cache);
    const contents = page.map.get('Contents');
    const refs = Array.isArray(contents) ? contents : [contents];
    const text: string[] = [];
    for (const ref of refs) {
      const { value, stream } = await pdf.object(ref);
      if (isDict(value) && stream) text.push(pageText(pdf.decode(value, stream), fonts));
    }
    out.push({ where: 'page text', text: text.join('\n') });
  }
  return out;
}
