// Numbering identical messages in a streamed import (the n in a dedupe key `base#n`, see
// importers/prepare.ts) without holding the import in memory: a 600 MB SMS backup has ~10 M
// records, and a Map of their keys alone would take gigabytes. The counts live in a scratch table
// inside the vault file (encrypted like everything else; `temp_store = MEMORY` would put a TEMP
// table back in RAM), created and dropped inside the import's one transaction, so it never
// outlives the import, even when the import fails or the process is killed.
import type { Db } from './sqlite';

export class Occurrences {
  private constructor(private readonly db: Db) {}

  static async begin(db: Db): Promise<Occurrences> {
    await db.exec('DROP TABLE IF EXISTS import_occurrences');
    await db.exec('CREATE TABLE import_occurrences (base TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID');
    return new Occurrences(db);
  }

  /** 0 the first time `base` is seen in this import, 1 the second time, … */
  async next(base: string): Promise<number> {
    const row = await this.db.get<{ n: number }>(
      'INSERT INTO import_occurrences (base, n) VALUES (?, 0) ON CONFLICT (base) DO UPDATE SET n = n + 1 RETURNING n',
      [base],
    );
    return row!.n;
  }

  async end(): Promise<void> {
    await this.db.exec('DROP TABLE import_occurrences');
  }
}
