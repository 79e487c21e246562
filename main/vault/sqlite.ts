// A small async face over @signalapp/sqlcipher, the SQLCipher build Signal Desktop ships: N-API
// with prebuilt binaries for Windows, macOS and Linux inside the npm package (nothing to compile,
// one binary for Node and Electron). Its API is synchronous; the vault code stays `async` all the
// way through so callers do not change, and the whole service runs in its own process
// (main/serviceHost) so a long statement never blocks the window. SQL stays in main/vault/ and
// always uses bound parameters.
import { Database, type Statement } from '@signalapp/sqlcipher';

export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;
export type Row = Record<string, unknown>;

type Bindable = string | number | null | Uint8Array<ArrayBuffer>;

/** The engine binds strings, numbers, null and bytes; bigints are written as their decimal value
 *  where exact (row counts, sequence numbers) and refused otherwise rather than rounded. */
function bindable(params: readonly SqlValue[]): Bindable[] {
  return params.map((value) => {
    if (typeof value !== 'bigint') return value as Bindable;
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError('integer out of range');
    return Number(value);
  });
}

/** Rows come back with blobs as Uint8Array; the vault code reads them as Buffers. */
function toRow<T>(row: Record<string, unknown> | undefined): T | undefined {
  if (row === undefined) return undefined;
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) row[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  return row as T;
}

/** The engine reports extended result codes ('SQLITE_IOERR_WRITE'); the vault code speaks the
 *  primary ones ('SQLITE_IOERR'), as SQLite's own documentation groups them. The extended code is
 *  kept beside it for whoever needs the detail. */
function engine<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = sqliteCode(error);
    const primary = code?.match(/^SQLITE_[A-Z]+/)?.[0];
    if (primary !== undefined && primary !== code) Object.assign(error as object, { code: primary, extendedCode: code });
    throw error;
  }
}

/** How many rows `each` reads per step: large tables stream without being held whole. */
const EACH_PAGE_ROWS = 256;

export class Db {
  /** Asked before every write transaction: may this connection still write? (the vault file was
   *  moved or deleted while open; the vault lives on a read-only stick). Throws when not. */
  beforeWrite: () => Promise<void> = async () => undefined;

  private constructor(private readonly handle: Database) {}

  /** Opens (or, with 'create', makes) the file. 'existing' is checked by the caller before this,
   *  because the engine itself would create a missing file. */
  static async open(path: string, _mode: 'create' | 'existing'): Promise<Db> {
    try {
      return new Db(new Database(path, { cacheStatements: true }));
    } catch (error) {
      // The engine's open error carries no SQLite code; it is always "cannot open this file".
      throw Object.assign(new Error('cannot open the vault file'), { code: sqliteCode(error) ?? 'SQLITE_CANTOPEN' });
    }
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number; lastID: number }> {
    const { changes, lastInsertRowid } = engine(() => this.handle.prepare(sql).run(bindable(params)));
    return { changes, lastID: lastInsertRowid };
  }

  async get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return toRow<T>(engine(() => this.handle.prepare(sql).get(bindable(params))));
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return engine(() => this.handle.prepare(sql).all(bindable(params))).map((row) => toRow<T>(row)!);
  }

  /** Streams rows (messages of a large vault) a page at a time in the order of an integer `key`
   *  column that `sql` selects, never holding them all. Each page starts after the last key seen
   *  (keyset paging): one pass over the table, where LIMIT/OFFSET would re-read every earlier row
   *  for each page and grow with the square of the table. */
  async each<T extends Row = Row>(sql: string, key: string, params: readonly SqlValue[], onRow: (row: T) => void): Promise<number> {
    if (!/^[a-z_]+$/.test(key)) throw new Error('each: the key must be a plain column name');
    const page = engine(() => this.handle.prepare(`SELECT * FROM (${sql}) WHERE ${key} > ? ORDER BY ${key} LIMIT ?`));
    let count = 0;
    let after: SqlValue = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const rows = engine(() => page.all(bindable([...params, after, EACH_PAGE_ROWS])));
      for (const row of rows) onRow(toRow<T>(row)!);
      count += rows.length;
      if (rows.length < EACH_PAGE_ROWS) return count;
      after = (rows[rows.length - 1] as Record<string, SqlValue>)[key]!;
    }
  }

  /** A prepared statement for hot loops (imports of 100,000 messages): parsed once, run many times. */
  async prepare(sql: string): Promise<Prepared> {
    return new Prepared(engine(() => this.handle.prepare(sql)));
  }

  async exec(sql: string): Promise<void> {
    engine(() => this.handle.exec(sql));
  }

  /** One transaction: all of `work` lands, or none of it. Callers serialise access (see service). */
  async transaction<T>(work: () => Promise<T>, mode: 'IMMEDIATE' | 'EXCLUSIVE' = 'IMMEDIATE'): Promise<T> {
    await this.beforeWrite();
    await this.exec(`BEGIN ${mode}`);
    try {
      const result = await work();
      await this.exec('COMMIT');
      return result;
    } catch (error) {
      await this.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    engine(() => this.handle.close());
  }
}

/** SQLite error code of a driver error ('SQLITE_NOTADB', 'SQLITE_BUSY', ...), or null. */
export function sqliteCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

export class Prepared {
  constructor(private readonly statement: Statement) {}

  async run(params: readonly SqlValue[]): Promise<{ changes: number; lastID: number }> {
    const { changes, lastInsertRowid } = engine(() => this.statement.run(bindable(params)));
    return { changes, lastID: lastInsertRowid };
  }

  async finalize(): Promise<void> {
    // Cached statements belong to the connection and are released when it closes.
  }
}
