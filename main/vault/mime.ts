// File type from the first bytes (magic numbers), falling back to the extension: a renamed file
// is still shown as what it is. Only types people actually attach as evidence are listed.
const MAGIC: { mime: string; test: (b: Uint8Array) => boolean }[] = [
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/png', test: (b) => ascii(b, 1, 3) === 'PNG' && b[0] === 0x89 },
  { mime: 'image/gif', test: (b) => ascii(b, 0, 4) === 'GIF8' },
  { mime: 'image/webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP' },
  { mime: 'audio/wav', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WAVE' },
  { mime: 'image/heic', test: (b) => ascii(b, 4, 4) === 'ftyp' && /^(heic|heix|mif1|msf1)$/.test(ascii(b, 8, 4)) },
  { mime: 'video/quicktime', test: (b) => ascii(b, 4, 4) === 'ftyp' && ascii(b, 8, 2) === 'qt' },
  { mime: 'audio/mp4', test: (b) => ascii(b, 4, 4) === 'ftyp' && ascii(b, 8, 3) === 'M4A' },
  { mime: 'video/mp4', test: (b) => ascii(b, 4, 4) === 'ftyp' },
  { mime: 'application/pdf', test: (b) => ascii(b, 0, 5) === '%PDF-' },
  { mime: 'audio/ogg', test: (b) => ascii(b, 0, 4) === 'OggS' },
  { mime: 'audio/mpeg', test: (b) => ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0) },
  { mime: 'application/zip', test: (b) => ascii(b, 0, 4) === 'PK\u0003\u0004' },
];

const BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  opus: 'audio/ogg',
  m4a: 'audio/mp4',
  amr: 'audio/amr',
};

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

export function detectMime(fileName: string, head: Uint8Array): string {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const byMagic = MAGIC.find((m) => m.test(head))?.mime;
  if (byMagic === 'application/zip' && BY_EXTENSION[extension]) return BY_EXTENSION[extension]!;
  return byMagic ?? BY_EXTENSION[extension] ?? 'application/octet-stream';
}

export function isImage(mime: string): boolean {
  return mime.startsWith('image/');
}
