// Numbered, append-only migrations. Each runs in one transaction together with its user_version
// bump, so a crash leaves the vault at the old version or the new one, never between.
import { DossierError } from '../../../shared/errors';
import type { Db } from '../sqlite';
import * as m001 from './001_initial';
import * as m002 from './002_signing_identity';
import * as m003 from './003_entry_numbers';
import * as m004 from './004_secure_delete_and_canonical_json';
import * as m005 from './005_drafts';
import * as m006 from './006_dates';
import * as m007 from './007_recognised_text';
import * as m008 from './008_entry_numbers_in_ledger';

export interface Migration {
  version: number;
  sql: string;
  /** Work SQL alone cannot do (rewriting rows in canonical JSON), in the same transaction. */
  up?: (db: Db) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export async function schemaVersion(db: Db): Promise<number> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  return row?.user_version ?? 0;
}

/** Brings the vault to `target` (default: latest). A vault from a newer Dossier is refused untouched. */
export async function migrate(db: Db, target: number = LATEST_VERSION, migrations = MIGRATIONS): Promise<number> {
  const current = await schemaVersion(db);
  if (current > LATEST_VERSION) throw new DossierError('VAULT_FROM_NEWER_VERSION', { version: current });
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    await db.transaction(async () => {
      await db.exec(migration.sql);
      if (migration.up) await migration.up(db);
      // PRAGMA cannot take a bound parameter; the version is an integer from our own code.
      await db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
    });
  }
  return schemaVersion(db);
}
