// Reading files out of an untrusted zip without letting the zip decide how much memory or time
// that takes. The central directory is read first without inflating anything: its entry count is
// bounded, and so is the sum of the sizes its entries declare (all entries together, before any is
// inflated: a 3 MB zip of many entries each under the per-entry limit was gigabytes of work, one
// entry at a time). Then only the entries asked for are inflated, one at a time, into a buffer of
// the declared size, counting the bytes as they come: an entry that inflates past what it declared
// is stopped there (IMPORT_MALFORMED), so a lying size costs at most what it declared, not what the
// stream would give. Every byte inflated is also drawn from the export's ReadBudget.
import { Inflate } from 'fflate';
import { DossierError } from '../../shared/errors';
import { ReadBudget } from './readBudget';

export interface ZipLimits {
  entries: number;
  inflatedBytes: number;
  totalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  /** Entries in the directory: a media export has thousands; millions is an attack on the listing. */
  entries: 100_000,
  /** What one entry may inflate to (a chat text of ~2 million messages, a long video). */
  inflatedBytes: 256 * 1024 * 1024,
  /** What one import may inflate or read in all: the most the vault takes from one import as its
   *  original (IMPORT_ORIGINAL_LIMIT). A real export zip is at most 512 MB (read whole) and its
   *  media hardly compress; 4 GiB is a ratio of 8 over the whole zip. */
  totalBytes: 4 * 1024 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  originalSize: number;
}

interface Located extends ZipEntry {
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** Input fed to the inflater at a time: deflate gives at most ~1,032 bytes a byte, so ≤ 17 MB out. */
const FEED_BYTES = 16 * 1024;

class Malformed extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Little-endian reads that refuse to go past the end (a cut or lying offset is "malformed"). */
class Bytes {
  constructor(readonly data: Uint8Array) {}
  u16(at: number): number {
    if (at < 0 || at + 2 > this.data.length) throw new Malformed('zip');
    return this.data[at]! | (this.data[at + 1]! << 8);
  }
  u32(at: number): number {
    return this.u16(at) + this.u16(at + 2) * 0x10000;
  }
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x1_0000_0000;
  }
  slice(from: number, length: number): Uint8Array {
    if (from < 0 || length < 0 || from + length > this.data.length) throw new Malformed('zip');
    return this.data.subarray(from, from + length);
  }
}

const latin1 = (bytes: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 16384) text += String.fromCharCode(...bytes.subarray(i, i + 16384));
  return text;
};
const utf8 = new TextDecoder();

/** The end-of-central-directory record (zip64 when its locator is there): entry count and where the directory starts. */
function directoryOf(zip: Bytes): { count: number; offset: number } {
  const data = zip.data;
  let end = data.length - 22;
  for (; end >= 0 && zip.u32(end) !== 0x06054b50; end -= 1) {
    if (data.length - end > 65_558) throw new Malformed('zip');
  }
  if (end < 0) throw new Malformed('zip');
  if (end >= 20 && zip.u32(end - 20) === 0x07064b50) {
    const zip64 = zip.u64(end - 12);
    if (zip.u32(zip64) === 0x06064b50) return { count: zip.u64(zip64 + 32), offset: zip.u64(zip64 + 48) };
  }
  return { count: zip.u16(end + 10), offset: zip.u32(end + 16) };
}

/** One central directory record at `at`; its zip64 extra field gives the sizes that do not fit 32 bits. */
function entryAt(zip: Bytes, at: number): { entry: Located; next: number } {
  if (zip.u32(at) !== 0x02014b50) throw new Malformed('zip');
  const flags = zip.u16(at + 8);
  const nameLength = zip.u16(at + 28);
  const extraLength = zip.u16(at + 30);
  const nameBytes = zip.slice(at + 46, nameLength);
  // Bit 11: the name is UTF-8; otherwise the bytes are taken one by one (as fflate does).
  const name = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
  let compressedSize = zip.u32(at + 20);
  let originalSize = zip.u32(at + 24);
  let localHeader = zip.u32(at + 42);
  if (compressedSize === 0xffffffff || originalSize === 0xffffffff || localHeader === 0xffffffff) {
    const extraEnd = at + 46 + nameLength + extraLength;
    let field = at + 46 + nameLength;
    for (; field + 4 <= extraEnd && zip.u16(field) !== 1; field += 4 + zip.u16(field + 2));
    if (field + 4 > extraEnd) throw new Malformed('zip');
    let value = field + 4;
    const next64 = () => {
      const v = zip.u64(value);
      value += 8;
      return v;
    };
    if (originalSize === 0xffffffff) originalSize = next64();
    if (compressedSize === 0xffffffff) compressedSize = next64();
    if (localHeader === 0xffffffff) localHeader = next64();
  }
  const entry = { name, originalSize, compressedSize, localHeader, method: zip.u16(at + 10) };
  return { entry, next: at + 46 + nameLength + extraLength + zip.u16(at + 32) };
}

/** A zip's directory, read and bounded, and its entries inflated one at a time on request. */
export class ZipArchive {
  /** Every entry, in directory order; a name that comes twice means its last entry (as unzip does). */
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, Located>();
  private readonly zip: Bytes;

  constructor(bytes: Uint8Array, private readonly limits: ZipLimits = ZIP_LIMITS, private readonly budget = new ReadBudget(limits.totalBytes)) {
    this.zip = new Bytes(bytes);
    const entries: Located[] = [];
    let declared = 0;
    try {
      const directory = directoryOf(this.zip);
      if (directory.count > limits.entries) throw new DossierError('IMPORT_MALFORMED', { reason: 'zip-entries' });
      for (let i = 0, at = directory.offset; i < directory.count; i += 1) {
        const { entry, next } = entryAt(this.zip, at);
        entries.push(entry);
        this.byName.set(entry.name, entry);
        if (!entry.name.endsWith('/')) declared += entry.originalSize;
        at = next;
      }
    } catch (error) {
      throw error instanceof DossierError ? error : new DossierError('IMPORT_MALFORMED', { reason: 'zip' });
    }
    // Before anything is inflated: what all its files say they hold, together.
    if (declared > limits.totalBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes: limits.totalBytes });
    this.entries = entries.map(({ name, originalSize }) => ({ name, originalSize }));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's bytes: FILE_TOO_LARGE past the per-entry or the export's total limit,
   *  IMPORT_MALFORMED when it is damaged or holds another size than it declares. */
  read(name: string): Uint8Array {
    const entry = this.byName.get(name);
    if (entry === undefined) throw new DossierError('IMPORT_MALFORMED', { reason: 'zip' });
    if (entry.originalSize > this.limits.inflatedBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes: this.limits.inflatedBytes });
    // Drawn before inflating: the entry can never give more than it declared (see inflate).
    this.budget.take(entry.originalSize);
    try {
      const header = entry.localHeader;
      if (this.zip.u32(header) !== 0x04034b50) throw new Malformed('zip');
      const data = this.zip.slice(header + 30 + this.zip.u16(header + 26) + this.zip.u16(header + 28), entry.compressedSize);
      if (entry.method === 0) {
        if (entry.compressedSize !== entry.originalSize) throw new Malformed('zip-size');
        return data.slice();
      }
      if (entry.method !== 8) throw new Malformed('zip-method');
      return inflate(data, entry.originalSize);
    } catch (error) {
      throw error instanceof DossierError ? error : new DossierError('IMPORT_MALFORMED', { reason: error instanceof Malformed ? error.reason : 'zip' });
    }
  }
}

/** Inflates `data` into exactly `size` bytes, stopping as soon as it gives one byte more. */
function inflate(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length > size - written) throw new Malformed('zip-size');
    out.set(chunk, written);
    written += chunk.length;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let at = 0; at < data.length; at += FEED_BYTES) inflater.push(data.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= data.length);
  if (written !== size) throw new Malformed('zip-size');
  return out;
}

/** Every entry's name and declared size; nothing is inflated. */
export function listZip(bytes: Uint8Array, limits = ZIP_LIMITS): ZipEntry[] {
  return [...new ZipArchive(bytes, limits).entries];
}

/** Inflates the one entry named `entry.name` (from listZip), refusing one that declares more than the limit. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limits = ZIP_LIMITS): Uint8Array {
  if (entry.originalSize > limits.inflatedBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes: limits.inflatedBytes });
  return new ZipArchive(bytes, limits).read(entry.name);
}
