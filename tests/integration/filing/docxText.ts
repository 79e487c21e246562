// Reads a .docx back as Word stores it: unzip word/document.xml and join each paragraph's text runs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function documentXml(path: string): string {
  return execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
}

/** One string per paragraph, as she reads it in Word. */
export function docxParagraphs(path: string): string[] {
  return documentXml(path)
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''))
    .filter((p) => p.length > 0);
}

/** Every file in the package with its text (to check that nothing else carries a word). unzip's
 *  name patterns treat "[Content_Types].xml" as a wildcard, so the package is read with fflate. */
export function docxParts(path: string): Map<string, string> {
  const files = unzipSync(readFileSync(path));
  return new Map(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
