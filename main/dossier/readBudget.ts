// How much work reading an untrusted PDF may take. A dossier's structure is small (verify resolves
// a few dozen objects); a hostile file can point objects at themselves, nest arrays without end or
// hold a flate bomb. Every limit here is a count, not a clock, so the verdict on a given file never
// depends on how busy the machine is; the clock is only a last safety net.

/** The file cannot be read as a dossier within the limits: it is damaged or built to hurt. */
export class BeyondLimits extends Error {
  constructor(readonly what: string) {
    super(what);
    this.name = 'BeyondLimits';
  }
}

export const LIMITS = {
  /** Objects resolved in one verify (a real dossier needs ~20). */
  objects: 10_000,
  /** Bytes read to parse structure, streams included (the hash over the file is not counted). */
  structureBytes: 512 * 1024 * 1024,
  /** One object's dictionary (not its stream). */
  objectBytes: 16 * 1024 * 1024,
  /** Arrays and dictionaries inside one another. */
  nesting: 64,
  /** References followed in a row (a /Length pointing to a /Length ...), and name-tree depth. */
  chain: 32,
  /** Inflated output of all streams together; the manifest is the only stream verify reads. */
  inflatedBytes: 256 * 1024 * 1024,
  /** Safety net only: nothing honest comes near it. */
  milliseconds: 120_000,
} as const;

export type ReadLimits = { readonly [K in keyof typeof LIMITS]: number };

/** For reading back a dossier Dossier has just written itself (the redaction proof): trusted
 *  structure, but as large as the evidence in it (thousands of pages, gigabytes of photos). */
export const OWN_OUTPUT_LIMITS: ReadLimits = {
  ...LIMITS,
  objects: 50_000_000,
  structureBytes: Number.MAX_SAFE_INTEGER,
  objectBytes: 1024 * 1024 * 1024,
  inflatedBytes: Number.MAX_SAFE_INTEGER,
  milliseconds: 24 * 3_600_000,
};

export class ReadBudget {
  private objects = 0;
  private bytes = 0;
  private inflated = 0;
  private readonly deadline: number;

  constructor(private readonly limits: ReadLimits = LIMITS) {
    this.deadline = Date.now() + limits.milliseconds;
  }

  get nesting(): number {
    return this.limits.nesting;
  }

  get chain(): number {
    return this.limits.chain;
  }

  get objectBytes(): number {
    return this.limits.objectBytes;
  }

  /** What may still be inflated: the cap handed to zlib, so a bomb stops at it. */
  get inflateRoom(): number {
    return this.limits.inflatedBytes - this.inflated;
  }

  object(): void {
    this.objects += 1;
    if (this.objects > this.limits.objects) throw new BeyondLimits('too many objects');
    if (Date.now() > this.deadline) throw new BeyondLimits('took too long');
  }

  read(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes > this.limits.structureBytes) throw new BeyondLimits('too much to read');
  }

  inflatedBy(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.inflatedBytes) throw new BeyondLimits('a stream inflates too far');
  }
}
