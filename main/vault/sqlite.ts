// A small promise wrapper over @journeyapps/sqlcipher (node-sqlite3 API), so the vault code is
// async all the way through. SQL stays in main/vault/ and always uses bound parameters.
import sqlcipher from '@journeyapps/sqlcipher';

export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;
export type Row = Record<string, unknown>;

export class Db {
  private constructor(private readonly handle: sqlcipher.Database) {}

  static open(path: string, mode: 'create' | 'existing'): Promise<Db> {
    const flags =
      mode === 'create'
        ? sqlcipher.OPEN_READWRITE | sqlcipher.OPEN_CREATE
        : sqlcipher.OPEN_READWRITE;
    return new Promise((resolve, reject) => {
      const handle = new sqlcipher.Database(path, flags, (error) => {
        if (error) reject(error);
        else resolve(new Db(handle));
      });
    });
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number; lastID: number }> {
    return new Promise((resolve, reject) => {
      this.handle.run(sql, params as unknown[], function (this: sqlcipher.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.handle.get(sql, params as unknown[], (error: Error | null, row: T | undefined) => {
        if (error) reject(error);
        else resolve(row);
      });
    });
  }

  all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.handle.all(sql, params as unknown[], (error: Error | null, rows: T[]) => {
        if (error) reject(error);
        else resolve(rows);
      });
    });
  }

  /** Streams rows one by one (large tables: attachments' chunks, messages) without holding them all. */
  each<T extends Row = Row>(sql: string, params: readonly SqlValue[], onRow: (row: T) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      let failed: unknown = null;
      this.handle.each(
        sql,
        params as unknown[],
        (error: Error | null, row: T) => {
          if (error) failed = error;
          else if (failed === null) {
            try {
              onRow(row);
            } catch (e) {
              failed = e;
            }
          }
        },
        (error: Error | null, count: number) => {
          if (error ?? failed) reject(error ?? failed);
          else resolve(count);
        },
      );
    });
  }

  /** A prepared statement for hot loops (imports of 100,000 messages): parsed once, run many times. */
  prepare(sql: string): Promise<Prepared> {
    return new Promise((resolve, reject) => {
      const statement: sqlcipher.Statement = this.handle.prepare(sql, (error: Error | null) => (error ? reject(error) : resolve(new Prepared(statement))));
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.handle.exec(sql, (error: Error | null) => (error ? reject(error) : resolve()));
    });
  }

  /** One transaction: all of `work` lands, or none of it. Callers serialise access (see service). */
  async transaction<T>(work: () => Promise<T>, mode: 'IMMEDIATE' | 'EXCLUSIVE' = 'IMMEDIATE'): Promise<T> {
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

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.handle.close((error: Error | null) => (error ? reject(error) : resolve()));
    });
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
  constructor(private readonly statement: sqlcipher.Statement) {}

  run(params: readonly SqlValue[]): Promise<{ changes: number; lastID: number }> {
    return new Promise((resolve, reject) => {
      this.statement.run(params as unknown[], function (this: sqlcipher.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  finalize(): Promise<void> {
    return new Promise((resolve) => this.statement.finalize(() => resolve()));
  }
}
