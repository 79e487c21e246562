// Which messages of a streamed import may occur more than once in it. Identical messages are
// numbered (`base#n`, see prepare.ts), and numbering needs a count per message kept somewhere;
// a vault table costs ~1 ms a row on our machines (the import of 20,000 SMS went from 15 s to
// 35 s). True repeats are rare, so the counting pass notes every message in two Bloom filters
// (seen once, seen again): a message the second filter does not hold is certainly unique in the
// file and gets #0 without asking the vault; the few that may repeat (true repeats plus ~1% false
// positives) are counted in the vault. Memory is fixed by the file's size, ~10 bits a record.

/** A record of SMS Backup & Restore is at least this many bytes (`<sms date="…" body="…" />`). */
const MIN_RECORD_BYTES = 40;
const BITS_PER_RECORD = 10;
const HASHES = 7;
const MIN_BITS = 1 << 20;
/** 64 MiB per filter at most: past ~50 M records false positives rise, and cost time, not memory. */
const MAX_BITS = 512 * 1024 * 1024;

/** FNV-1a over UTF-16 units, with a seed: two of these give the k positions (double hashing). */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

class Bloom {
  private readonly bits: Uint8Array;
  constructor(private readonly size: number) {
    this.bits = new Uint8Array(Math.ceil(size / 8));
  }

  /** Sets the key's bits; true when every one was set already (the key may have been added before). */
  add(h1: number, h2: number): boolean {
    let present = true;
    for (let i = 0; i < HASHES; i += 1) {
      const bit = (h1 + i * h2) % this.size;
      const mask = 1 << (bit & 7);
      if ((this.bits[bit >>> 3]! & mask) === 0) {
        present = false;
        this.bits[bit >>> 3]! |= mask;
      }
    }
    return present;
  }

  has(h1: number, h2: number): boolean {
    for (let i = 0; i < HASHES; i += 1) {
      const bit = (h1 + i * h2) % this.size;
      if ((this.bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}

export class RepeatFilter {
  private readonly once: Bloom;
  private readonly again: Bloom;

  constructor(fileBytes: number) {
    const bits = Math.min(MAX_BITS, Math.max(MIN_BITS, Math.ceil(fileBytes / MIN_RECORD_BYTES) * BITS_PER_RECORD));
    this.once = new Bloom(bits);
    this.again = new Bloom(bits);
  }

  note(base: string): void {
    const [h1, h2] = hashes(base);
    if (this.once.add(h1, h2)) this.again.add(h1, h2);
  }

  /** False only when `base` was noted at most once (certain); true when it may have been noted twice. */
  mayRepeat(base: string): boolean {
    const [h1, h2] = hashes(base);
    return this.again.has(h1, h2);
  }
}

function hashes(base: string): [number, number] {
  // h2 odd, so the k positions differ even when the filter size is even.
  return [fnv1a(base, 0), fnv1a(base, 0x9e3779b9) | 1];
}
