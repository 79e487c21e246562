// Every migration is tested on a real encrypted file.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawKeyPragmaValue } from '../../main/vault/keys';
import { LATEST_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../main/vault/migrations';
import { Db } from '../../main/vault/sqlite';
import { tempFolder } from './helpers';

async function emptyEncryptedDb(path: string): Promise<Db> {
  const db = await Db.open(path, 'create');
  await db.exec('PRAGMA cipher_log_level = NONE');
  await db.exec(`PRAGMA key = "${rawKeyPragmaValue(randomBytes(32), randomBytes(16))}"`);
  return db;
}

async function tableNames(db: Db): Promise<string[]> {
  const rows = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  return rows.map((r) => r.name);
}

describe('migrations', () => {
  const dir = tempFolder();

  it('are numbered 1, 2, 3… without gaps, the last being the latest', () => {
    // Without gaps: a vault at version N runs every migration above N. With gaps, work merged in
    // parallel (drafts at 5 landing after text reading at 11) would be skipped in vaults already
    // past its number.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  it('004 switches secure-delete on for both search tables, on a vault at version 2', async () => {
    const db = await emptyEncryptedDb(join(dir, 'm4.db'));
    await migrate(db, 2);
    await db.run("INSERT INTO entry_search (rowid, body) VALUES (1, 'before the migration')");
    expect(await migrate(db, 4)).toBe(4);
    for (const table of ['entry_search', 'message_search']) {
      const row = await db.get<{ v: number }>(`SELECT v FROM ${table}_config WHERE k = 'secure-delete'`);
      expect(row?.v, table).toBe(1);
    }
    expect((await db.get<{ rowid: number }>("SELECT rowid FROM entry_search WHERE entry_search MATCH 'migration'"))?.rowid).toBe(1);
    await db.close();
  });

  it('001 creates every table of the data model on an encrypted file, and FTS5 works', async () => {
    const db = await emptyEncryptedDb(join(dir, 'm1.db'));
    expect(await schemaVersion(db)).toBe(0);
    expect(await migrate(db, 1)).toBe(1);
    const tables = await tableNames(db);
    for (const table of ['meta', 'people', 'entries', 'entry_people', 'entry_revisions', 'attachments', 'attachment_chunks', 'imports', 'messages', 'ledger', 'entry_search', 'message_search']) {
      expect(tables).toContain(table);
    }
    await db.run("INSERT INTO entry_search (rowid, body) VALUES (7, 'Он угрожал по телефону')");
    const hit = await db.get<{ rowid: number }>("SELECT rowid FROM entry_search WHERE entry_search MATCH '\"УГРОЖ\"*'");
    expect(hit?.rowid).toBe(7);
    await db.close();
  });

  it('run again, do nothing (idempotent by user_version)', async () => {
    const db = await emptyEncryptedDb(join(dir, 'again.db'));
    await migrate(db);
    const before = await tableNames(db);
    expect(await migrate(db)).toBe(LATEST_VERSION);
    expect(await tableNames(db)).toEqual(before);
    await db.close();
  });

  it('a failing migration rolls back completely and leaves the version as it was', async () => {
    const db = await emptyEncryptedDb(join(dir, 'fail.db'));
    await migrate(db);
    const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, sql: 'CREATE TABLE half_done (x); INSERT INTO nowhere VALUES (1);' }];
    await expect(migrate(db, LATEST_VERSION + 1, broken)).rejects.toThrow();
    expect(await schemaVersion(db)).toBe(LATEST_VERSION);
    expect(await tableNames(db)).not.toContain('half_done');
    await db.close();
  });
});
