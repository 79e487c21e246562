// Just enough of a PDF reader (ISO 32000-1 §7.3, §7.5) to check a dossier without trusting any
// PDF library: objects are read at the offsets of the classic cross-reference table that Dossier
// writes, one at a time from the file (a dossier can be hundreds of MB). A file rewritten into
// another structure is reported as such; the signature check catches it anyway. The file is
// untrusted: every reference chain is checked for cycles and depth, nesting is limited, streams
// inflate only up to a cap, and all of it is charged to one ReadBudget (readBudget.ts).
import type { RandomAccessFile } from './randomAccess';
import { constants } from 'node:buffer';
import { inflateSync } from 'node:zlib';
import { BeyondLimits, LIMITS, ReadBudget } from './readBudget';

export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict;
export interface PdfName { kind: 'name'; name: string }
export interface PdfString { kind: 'string'; bytes: Buffer }
export interface PdfRef { kind: 'ref'; num: number; gen: number }
export interface PdfDict { kind: 'dict'; map: Map<string, PdfValue> }

class EndOfWindow extends Error {}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export class Parser {
  private depth = 0;

  constructor(
    readonly buf: Buffer,
    public pos = 0,
    private readonly maxNesting: number = LIMITS.nesting,
  ) {}

  /** Arrays and dictionaries nest at most maxNesting deep: `[[[[…` must not exhaust the stack. */
  private nested<T>(read: () => T): T {
    if (this.depth >= this.maxNesting) throw new BeyondLimits('nested too deep');
    this.depth += 1;
    try {
      return read();
    } finally {
      this.depth -= 1;
    }
  }

  private peek(offset = 0): number {
    const byte = this.buf[this.pos + offset];
    if (byte === undefined) throw new EndOfWindow();
    return byte;
  }

  skipSpace(): void {
    for (;;) {
      const c = this.peek();
      if (WHITE.has(c)) this.pos += 1;
      else if (c === 0x25) while (this.peek() !== 0x0a && this.peek() !== 0x0d) this.pos += 1;
      else return;
    }
  }

  token(): string {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.buf.length && !WHITE.has(this.buf[this.pos]!) && !DELIM.has(this.buf[this.pos]!)) this.pos += 1;
    if (this.pos === start) throw new Error('expected a token');
    return this.buf.toString('latin1', start, this.pos);
  }

  value(): PdfValue {
    this.skipSpace();
    const c = this.peek();
    if (c === 0x2f) {
      this.pos += 1;
      return { kind: 'name', name: this.token().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
    }
    if (c === 0x28) return this.literal();
    if (c === 0x3c && this.peek(1) === 0x3c) return this.nested(() => this.dict());
    if (c === 0x3c) {
      const end = this.buf.indexOf(0x3e, this.pos);
      if (end < 0) throw new EndOfWindow();
      const hex = this.buf.toString('latin1', this.pos + 1, end).replace(/\s+/g, '');
      this.pos = end + 1;
      return { kind: 'string', bytes: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') };
    }
    if (c === 0x5b) {
      return this.nested(() => {
        this.pos += 1;
        const items: PdfValue[] = [];
        for (this.skipSpace(); this.peek() !== 0x5d; this.skipSpace()) items.push(this.value());
        this.pos += 1;
        return items;
      });
    }
    const word = this.token();
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    const n = Number(word);
    if (!Number.isFinite(n)) throw new Error(`unexpected ${word.slice(0, 20)}`);
    const mark = this.pos;
    try {
      if (Number.isInteger(n)) {
        const gen = Number(this.token());
        if (Number.isInteger(gen) && this.token() === 'R') return { kind: 'ref', num: n, gen };
      }
    } catch (error) {
      if (error instanceof EndOfWindow) throw error;
    }
    this.pos = mark;
    return n;
  }

  private dict(): PdfDict {
    this.pos += 2;
    const map = new Map<string, PdfValue>();
    for (this.skipSpace(); !(this.peek() === 0x3e && this.peek(1) === 0x3e); this.skipSpace()) {
      const key = this.value();
      if (typeof key !== 'object' || key === null || !('kind' in key) || key.kind !== 'name') throw new Error('dictionary key is not a name');
      map.set(key.name, this.value());
    }
    this.pos += 2;
    return { kind: 'dict', map };
  }

  private literal(): PdfString {
    this.pos += 1;
    const out: number[] = [];
    let depth = 1;
    const escapes: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
    for (;;) {
      const c = this.peek();
      this.pos += 1;
      if (c === 0x5c) {
        const e = this.peek();
        this.pos += 1;
        if (escapes[e] !== undefined) out.push(escapes[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let octal = e - 0x30;
          for (let i = 0; i < 2 && this.peek() >= 0x30 && this.peek() <= 0x37; i += 1) octal = octal * 8 + (this.buf[this.pos++]! - 0x30);
          out.push(octal & 0xff);
        } else if (e === 0x0d || e === 0x0a) {
          if (e === 0x0d && this.peek() === 0x0a) this.pos += 1;
        } else out.push(e);
      } else if (c === 0x28) {
        depth += 1;
        out.push(c);
      } else if (c === 0x29) {
        depth -= 1;
        if (depth === 0) return { kind: 'string', bytes: Buffer.from(out) };
        out.push(c);
      } else out.push(c);
    }
  }
}

export const isDict = (v: PdfValue | undefined): v is PdfDict => typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'dict';
export const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'ref';

/** Text of a PDF string: UTF-16BE with a byte-order mark, else PDFDocEncoding (≈ Latin-1). */
export function textOf(v: PdfValue | undefined): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v.kind !== 'string') return null;
  const b = v.bytes;
  if (b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
  return b.toString('latin1');
}

export class PdfFile {
  private offsets = new Map<number, number>();
  /** Objects being resolved right now: meeting one again is a reference cycle. */
  private resolving = new Set<number>();
  trailer: PdfDict = { kind: 'dict', map: new Map() };

  private constructor(
    readonly file: RandomAccessFile,
    readonly size: number,
    readonly budget: ReadBudget,
  ) {}

  static async open(file: RandomAccessFile, size: number, budget = new ReadBudget()): Promise<PdfFile> {
    const pdf = new PdfFile(file, size, budget);
    await pdf.readXref();
    return pdf;
  }

  /** Where object `num` starts in the file, per the cross-reference table. */
  offsetOf(num: number): number | undefined {
    return this.offsets.get(num);
  }

  /** Every object the cross-reference table lists as in use. */
  objectNumbers(): number[] {
    return [...this.offsets.keys()];
  }

  async readAt(position: number, length: number): Promise<Buffer> {
    if (!Number.isSafeInteger(position) || position < 0) throw new Error('a position outside the file');
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, this.size - position)));
    this.budget.read(buffer.length);
    const { bytesRead } = await this.file.read(buffer, 0, buffer.length, position);
    return buffer.subarray(0, bytesRead);
  }

  /** The newest cross-reference section and, through /Prev, the older ones an incremental update
   *  leaves behind (newer entries win), so an appended update is read and then judged by the
   *  signature's byte range. At most `chain` sections, never one twice. */
  private async readXref(): Promise<void> {
    const tail = (await this.readAt(Math.max(0, this.size - 1024), 1024)).toString('latin1');
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!match) throw new Error('no cross-reference table at the end of the file');
    const seen = new Set<number>();
    for (let start: PdfValue | undefined = Number(match[1]); typeof start === 'number'; ) {
      if (seen.has(start) || seen.size >= this.budget.chain) throw new BeyondLimits('cross-reference sections in a loop');
      seen.add(start);
      const trailer = await this.readXrefSection(start);
      if (seen.size === 1) this.trailer = trailer;
      start = trailer.map.get('Prev');
    }
  }

  private async readXrefSection(start: number): Promise<PdfDict> {
    if (!Number.isSafeInteger(start) || start < 0 || start >= this.size) throw new Error('the cross-reference table is not where the file says');
    // Capped: a damaged or hostile "startxref 0" must not make us read a whole large file here.
    const buf = await this.readAt(start, Math.min(this.size - start, 64 * 1024 * 1024));
    const parser = new Parser(buf, 0, this.budget.nesting);
    if (parser.token() !== 'xref') throw new Error('the cross-reference table is not where the file says');
    for (let word = parser.token(); word !== 'trailer'; word = parser.token()) {
      const first = Number(word);
      const count = Number(parser.token());
      for (let i = 0; i < count; i += 1) {
        const offset = Number(parser.token());
        parser.token();
        if (parser.token() === 'n' && !this.offsets.has(first + i)) this.offsets.set(first + i, offset);
      }
    }
    const trailer = parser.value();
    if (!isDict(trailer)) throw new Error('no trailer');
    return trailer;
  }

  /** The object `ref` points at, with its stream's raw bytes when it has one. `chain` counts the
   *  references followed to get here (a /Length that is itself a reference, and so on). */
  async object(ref: PdfValue | undefined, chain = 0): Promise<{ value: PdfValue; stream: Buffer | null }> {
    if (!isRef(ref)) return { value: ref ?? null, stream: null };
    const offset = this.offsets.get(ref.num);
    if (offset === undefined) throw new Error('an object the file refers to is missing');
    if (chain >= this.budget.chain) throw new BeyondLimits('references nested too deep');
    if (this.resolving.has(ref.num)) throw new BeyondLimits('an object refers to itself');
    this.budget.object();
    this.resolving.add(ref.num);
    try {
      return await this.objectAt(ref.num, offset, chain);
    } finally {
      this.resolving.delete(ref.num);
    }
  }

  private async objectAt(num: number, offset: number, chain: number): Promise<{ value: PdfValue; stream: Buffer | null }> {
    for (let window = 64 * 1024; ; window *= 4) {
      if (window > this.budget.objectBytes) throw new BeyondLimits('an object too large');
      const buf = await this.readAt(offset, window);
      try {
        const parser = new Parser(buf, 0, this.budget.nesting);
        if (Number(parser.token()) !== num || parser.token() === '' || parser.token() !== 'obj') throw new Error('object is not where the file says');
        const value = parser.value();
        parser.skipSpace();
        if (!isDict(value) || buf.toString('latin1', parser.pos, parser.pos + 6) !== 'stream') return { value, stream: null };
        parser.pos += 6;
        if (buf[parser.pos] === 0x0d) parser.pos += 1;
        if (buf[parser.pos] === 0x0a) parser.pos += 1;
        const length = (await this.object(value.map.get('Length'), chain + 1)).value;
        if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) throw new Error('stream without a length');
        if (offset + parser.pos + length > this.size) throw new Error('a stream longer than the file');
        return { value, stream: await this.readAt(offset + parser.pos, length) };
      } catch (error) {
        if (!(error instanceof EndOfWindow) || window >= this.size) throw error;
      }
    }
  }

  async resolve(v: PdfValue | undefined): Promise<PdfValue> {
    return (await this.object(v)).value;
  }

  /** Decoded stream data (FlateDecode or none: all that Dossier writes), never past the budget's
   *  inflate room: zlib stops at the cap, so a 2 MB bomb costs at most the cap, not gigabytes. */
  decode(dict: PdfDict, stream: Buffer): Buffer {
    const filter = dict.map.get('Filter');
    const name = Array.isArray(filter) ? (filter.length === 1 ? filter[0] : filter) : filter;
    if (name === undefined || name === null) return stream;
    if (typeof name === 'object' && !Array.isArray(name) && name.kind === 'name' && name.name === 'FlateDecode') {
      let inflated: Buffer;
      try {
        inflated = inflateSync(stream, { maxOutputLength: Math.min(constants.MAX_LENGTH, Math.max(1, this.budget.inflateRoom)) });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new BeyondLimits('a stream inflates too far');
        throw error;
      }
      this.budget.inflatedBy(inflated.length);
      return inflated;
    }
    throw new Error('unsupported stream filter');
  }
}
