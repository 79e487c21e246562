// Looks for marker strings in every regular file under the given folders, as UTF-8 and UTF-16LE,
// reading in overlapping 4 MiB windows so large files are scanned without loading them whole.
import { openSync, readSync, closeSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const WINDOW = 4 * 1024 * 1024;

function* filesUnder(root: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return; // vanished or unreadable (other processes' temp folders)
  }
  for (const name of names) {
    const path = join(root, name);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) yield* filesUnder(path);
    else if (stat.isFile()) yield path;
  }
}

function fileContains(path: string, needles: Buffer[]): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  const overlap = Math.max(...needles.map((n) => n.length));
  const buffer = Buffer.alloc(WINDOW + overlap);
  try {
    let carried = 0;
    let position = 0;
    for (;;) {
      const read = readSync(fd, buffer, carried, WINDOW, position);
      if (read <= 0) return null;
      const view = buffer.subarray(0, carried + read);
      const found = needles.find((n) => view.includes(n));
      if (found) return found;
      position += read;
      carried = Math.min(overlap, view.length);
      view.copy(buffer, 0, view.length - carried);
    }
  } finally {
    closeSync(fd);
  }
}

export interface PlaintextFinding {
  file: string;
  marker: string;
  encoding: 'utf8' | 'utf16le';
}

export function scanForMarkers(roots: readonly string[], markers: readonly string[]): { findings: PlaintextFinding[]; filesScanned: number } {
  const needles = markers.flatMap((marker) => [
    { marker, encoding: 'utf8' as const, bytes: Buffer.from(marker, 'utf8') },
    { marker, encoding: 'utf16le' as const, bytes: Buffer.from(marker, 'utf16le') },
  ]);
  const findings: PlaintextFinding[] = [];
  let filesScanned = 0;
  const seen = new Set<string>();
  for (const root of roots) {
    for (const file of filesUnder(root)) {
      if (seen.has(file)) continue;
      seen.add(file);
      filesScanned += 1;
      const hit = fileContains(file, needles.map((n) => n.bytes));
      if (hit) {
        const needle = needles.find((n) => n.bytes.equals(hit))!;
        findings.push({ file, marker: needle.marker, encoding: needle.encoding });
      }
    }
  }
  return { findings, filesScanned };
}
