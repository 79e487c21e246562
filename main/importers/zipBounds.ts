// Reading one file out of an untrusted zip without letting the zip decide how much memory that
// takes. The central directory is listed first without inflating anything; only the one chosen
// entry is inflated, and fflate writes into a buffer of the size the directory declares (a lying
// size truncates, it does not grow), so the declared size is what is checked. Before: every .txt
// entry up to 512 MB each was inflated at once (a 3 MB zip of six entries peaked at 3.7 GB).
import { unzipSync } from 'fflate';
import { DossierError } from '../../shared/errors';

export interface ZipLimits {
  entries: number;
  inflatedBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  /** Entries in the directory: a media export has thousands; millions is an attack on the listing. */
  entries: 100_000,
  /** What the chosen entry may inflate to (a chat text of ~2 million messages). */
  inflatedBytes: 256 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  originalSize: number;
}

class TooManyEntries extends Error {}

/** Every entry's name and declared size; nothing is inflated. */
export function listZip(bytes: Uint8Array, limits = ZIP_LIMITS): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (entries.length >= limits.entries) throw new TooManyEntries();
        entries.push({ name: file.name, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw new DossierError('IMPORT_MALFORMED', { reason: error instanceof TooManyEntries ? 'zip-entries' : 'zip' });
  }
  return entries;
}

/** Inflates the one entry named `name` (from listZip), refusing one that declares more than the limit. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limits = ZIP_LIMITS): Uint8Array {
  if (entry.originalSize > limits.inflatedBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes: limits.inflatedBytes });
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === entry.name });
  } catch {
    throw new DossierError('IMPORT_MALFORMED', { reason: 'zip' });
  }
  const data = files[entry.name];
  if (data === undefined) throw new DossierError('IMPORT_MALFORMED', { reason: 'zip' });
  return data;
}
