// Pieces of the browser plaintext test (plaintext.spec.ts): random markers per run, the small files
// a survivor would bring (a note, a WhatsApp export), and looking inside a PDF for a value that a
// redaction was meant to remove. PDF streams are compressed and PDF text strings are UTF-16BE, so a
// byte scan of the file alone proves little: the PDF is also decompressed (qpdf QDF mode, to stdout,
// never to disk) and its text extracted (pdftotext, to stdout).
import { execFileSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщэюя';

function cyrillicTag(length: number): string {
  return Array.from({ length }, () => CYRILLIC[randomInt(CYRILLIC.length)]).join('');
}

/** One marker per place the user types or brings evidence; Latin and Cyrillic, new every run. */
export function makeMarkers() {
  const hex = randomBytes(5).toString('hex');
  const cyr = cyrillicTag(6);
  return {
    title: `TitleMark${hex}Заголовок${cyr}`,
    text: `ТекстМетка${cyr}Text${hex}`,
    person: `ИмяМетка${cyr}Name${hex}`,
    contact: `ContactMark${hex}Контакт${cyr}`,
    attachment: `FileMark${hex}Файл${cyr}`,
    message: `СообщениеМетка${cyr}Msg${hex}`,
  };
}

export type Markers = ReturnType<typeof makeMarkers>;

/** A WhatsApp "Export chat" (Android, day first; days above 12 make the order certain). */
export function whatsappExport(sender: string, marker: string): string {
  return [
    `13/03/2024, 08:10 - ${sender}: Открой дверь ${marker}`,
    `13/03/2024, 08:12 - ${sender}: I know where you are ${marker}`,
    `14/03/2024, 22:40 - ${sender}: Ответь мне`,
    '14/03/2024, 22:45 - Anna: Оставь меня в покое',
    '',
  ].join('\n');
}

/** Every byte form a PDF writer might use for a string: UTF-8, UTF-16LE/BE, and hex strings. */
function pdfForms(marker: string): Buffer[] {
  const be = Buffer.from(marker, 'utf16le').swap16();
  const forms = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le'), be];
  for (const bytes of [Buffer.from(marker, 'utf8'), be]) {
    const hex = bytes.toString('hex');
    forms.push(Buffer.from(hex), Buffer.from(hex.toUpperCase()));
  }
  return forms;
}

export interface PdfProbe {
  /** The text a reader (or a copy-paste) gets out of the pages. */
  text: string;
  /** Byte forms of the marker found in the file as written, or with every stream decompressed. */
  rawHits: string[];
  decompressedHits: string[];
}

/** Looks for a marker in a PDF three ways, all in memory. */
export function probePdf(path: string, marker: string): PdfProbe {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  const decompressed = execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], { maxBuffer: 512 * 1024 * 1024 });
  const raw = readFileSync(path);
  const hits = (bytes: Buffer) => pdfForms(marker).filter((form) => bytes.includes(form)).map((form) => form.toString('latin1').slice(0, 24));
  return { text, rawHits: hits(raw), decompressedHits: hits(decompressed) };
}

/** True when `file` lies inside `folder` (or is it). */
export function isInside(file: string, folder: string): boolean {
  const path = relative(folder, file);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep));
}
