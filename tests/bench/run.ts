// The benchmark: `npx tsx tests/bench/run.ts [--json]`. One JSON line per figure on stdout, then a
// plain table (unless --json). Everything runs on real SQLCipher files in fresh temp folders that
// are deleted at the end. Progress goes to stderr so stdout stays machine-readable.
//
// Goals are budgets for a calm, quick app on a modest laptop (STACK.md "Numbers measured here"):
// unlocking must not feel stuck, a 10,000-entry vault must list and search at once, and writing
// through the service should cost at most 1.5× a bare SQLCipher insert of the same rows.
//
// The 10,000 entries go in through the service's batch call (entries.createMany, one transaction);
// the time of a single entries.create (its own durable transaction) is reported beside it.
import { mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORIES_BY_KIND, type EntryDraftInput, type EntryKind } from '../../shared/domain';
import { atMost, median, round, table, time, versusPeer, type Figure } from './figures';
import { benchDossier } from './dossier';
import { benchExports } from './exports';
import { benchImports } from './imports';
import { benchOcr } from './ocr';
import { benchSmsImport } from './smsImport';
import { benchTimeline } from './timeline';
import { benchStreaming } from './streaming';
import { benchUnlock } from './unlock';
import { benchPassphrase } from './passphrase';
import { createService, type Service } from '../../main/service';
import { deriveKey, newSalt, rawKeyPragmaValue, SALT_BYTES } from '../../main/vault/keys';
import { Db, type SqlValue } from '../../main/vault/sqlite';
import { openVault } from '../../main/vault/connection';
import { migrate } from '../../main/vault/migrations';

const ENTRIES = 10_000;
const SINGLE_CREATES = 50;
const PASSPHRASE = 'bench: correct horse battery staple ёлка';
const SEARCHES = ['избие', 'угрож', 'ЗАРПЛ', 'полиц', 'телеф', 'ёлк', 'синяк', 'деньг', 'преслед', 'threat'];

// ---- realistic entries ----------------------------------------------------------------------

function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RU = [
  'Вечером он снова пришёл пьяный и начал кричать на меня при детях.',
  'Он угрожал, что заберёт детей и я их больше никогда не увижу.',
  'Избиение продолжалось минут десять, потом он ушёл на кухню.',
  'Утром я сфотографировала синяки на руках и на шее.',
  'Соседка слышала крики и вызвала полицию, участковый приехал через час.',
  'Он забрал мою зарплату и банковскую карту, сказал, что деньги теперь его.',
  'Весь день он писал сообщения и звонил на рабочий телефон, больше сорока раз.',
  'Он преследовал меня от работы до остановки и стоял у подъезда до ночи.',
  'Новогодняя ёлка упала, когда он толкнул меня в коридоре.',
  'Я обратилась в травмпункт, врач записал ушибы и выдал справку.',
  'Он запретил мне выходить на работу и забрал ключи от квартиры.',
  'Вызвали скорую, фельдшер осмотрел ребёнка, он сильно испугался.',
];
const EN = [
  'He sent a threat by text message at night and then called again.',
  'My sister witnessed the argument and agreed to write a statement.',
  'He took the car keys and the household money without asking.',
  'The police officer wrote down the report number on a slip of paper.',
];
const ZONES = ['Europe/Minsk', 'Europe/Moscow', 'Europe/Kyiv', 'Asia/Yekaterinburg'];
const KINDS: EntryKind[] = ['incident', 'stalking', 'economic'];

function textOf(rnd: () => number): string {
  const parts: string[] = [];
  while (Buffer.byteLength(parts.join(' ')) < 1000) {
    const pool = rnd() < 0.8 ? RU : EN;
    parts.push(pool[Math.floor(rnd() * pool.length)]!);
  }
  return parts.join(' ');
}

function makeDrafts(count: number, seed = 20_240_305): EntryDraftInput[] {
  const rnd = prng(seed);
  const start = Date.UTC(2019, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const categories = CATEGORIES_BY_KIND[kind];
    const common = {
      occurredAt: { at: new Date(start + Math.floor(rnd() * 5 * 365 * 86_400_000)).toISOString(), zone: ZONES[i % ZONES.length]!, precision: i % 7 === 0 ? ('approximate' as const) : ('exact' as const) },
      title: `${['Скандал дома', 'Сообщения и звонки', 'Забрал деньги', 'Incident at home'][i % 4]} №${i + 1}`,
      text: textOf(rnd),
      place: i % 2 ? 'Минск, ул. Сурганова' : undefined,
    };
    const category = categories[i % categories.length]!;
    if (kind === 'economic') return { kind, ...common, categories: [category as never], amount: { value: `${100 + ((i * 37) % 5000)}.50`, currency: ['BYN', 'RUB', 'USD'][i % 3]! } };
    return { kind, ...common, categories: [category as never] };
  });
}

// ---- measurements ---------------------------------------------------------------------------

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);


async function openedService(path: string): Promise<Service> {
  const service = createService();
  await service['vault.open']({ path, passphrase: PASSPHRASE });
  return service;
}

/** The rows a bulk entry writes: entries, their search-index bodies and their ledger links. */
interface WrittenRows {
  entries: SqlValue[][];
  search: SqlValue[][];
  ledger: SqlValue[][];
}

async function rowsWritten(path: string): Promise<WrittenRows> {
  const { db } = await openVault(path, PASSPHRASE);
  try {
    const values = (rows: Record<string, unknown>[]) => rows.map((r) => Object.values(r) as SqlValue[]);
    return {
      entries: values(await db.all('SELECT id, kind, occurred_at, occurred_end, version, archived, data FROM entries ORDER BY seq')),
      search: values(await db.all('SELECT rowid, body FROM entry_search ORDER BY rowid')),
      ledger: values(await db.all('SELECT seq, at, event, subject, content_hash, prev_hash, hash FROM ledger WHERE seq > 1 ORDER BY seq')),
    };
  } finally {
    await db.close();
  }
}

async function rawDb(path: string): Promise<Db> {
  const salt = newSalt();
  const db = await Db.open(path, 'create');
  await db.exec('PRAGMA cipher_log_level = NONE');
  await db.exec(`PRAGMA key = "${rawKeyPragmaValue(await deriveKey(PASSPHRASE, salt), salt)}"`);
  // The same connection settings as the vault, so only the work per row differs.
  for (const pragma of ['temp_store = MEMORY', 'secure_delete = ON', 'journal_mode = DELETE', 'locking_mode = EXCLUSIVE']) await db.exec(`PRAGMA ${pragma}`);
  return db;
}

/** A bare SQLCipher insert of exactly the rows the service wrote, into the same schema, with
 *  prepared statements in one transaction: what remains is the service's own overhead. */
async function rawInsertSameRows(path: string, rows: WrittenRows): Promise<number> {
  const db = await rawDb(path);
  try {
    await migrate(db);
    const statements: [string, SqlValue[][]][] = [
      ['INSERT INTO entries (id, kind, occurred_at, occurred_end, version, archived, data) VALUES (?, ?, ?, ?, ?, ?, ?)', rows.entries],
      ['INSERT INTO entry_search (rowid, body) VALUES (?, ?)', rows.search],
      ['INSERT INTO ledger (seq, at, event, subject, content_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)', rows.ledger],
    ];
    const { ms } = await time(() =>
      db.transaction(async () => {
        const prepared = await Promise.all(statements.map(([sql]) => db.prepare(sql)));
        for (let i = 0; i < rows.entries.length; i += 1) for (const [n, statement] of prepared.entries()) await statement.run(statements[n]![1][i]!);
        await Promise.all(prepared.map((p) => p.finalize()));
      }),
    );
    return ms;
  } finally {
    await db.close();
  }
}

/** For scale: the same JSON into a plain two-column table (no index, no search, no ledger). */
async function rawInsertPlain(path: string, rows: WrittenRows): Promise<number> {
  const db = await rawDb(path);
  try {
    await db.exec('CREATE TABLE entries (id TEXT PRIMARY KEY, data TEXT NOT NULL) STRICT');
    const { ms } = await time(() => db.transaction(async () => {
      for (const row of rows.entries) await db.run('INSERT INTO entries (id, data) VALUES (?, ?)', [row[0]!, row[6]!]);
    }));
    return ms;
  } finally {
    await db.close();
  }
}

function readSalt(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    readSync(fd, salt, 0, SALT_BYTES, 0);
    return salt;
  } finally {
    closeSync(fd);
  }
}

async function rawOpen(path: string, keyPragma: string): Promise<number> {
  const { ms, result: db } = await time(async () => {
    const db = await Db.open(path, 'existing');
    await db.exec('PRAGMA cipher_log_level = NONE');
    await db.exec(`PRAGMA key = "${keyPragma}"`);
    await db.get('SELECT count(*) AS n FROM sqlite_master'); // the key is applied lazily, at the first read
    return db;
  });
  await db.close();
  return ms;
}

async function runBench(emit: (figure: Figure) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  const add = (figure: Figure) => {
    figures.push(figure);
    emit(figure);
  };
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const vaultPath = join(dir, 'vault.dossier');
  try {
    const salt = newSalt();
    const derive: number[] = [];
    for (let i = 0; i < 5; i += 1) derive.push((await time(() => deriveKey(PASSPHRASE, salt))).ms);
    add(atMost('argon2id_derive_ms', median(derive), 1000, { runs: 5 }));

    const drafts = makeDrafts(ENTRIES);
    const service = createService();
    await service['vault.create']({ path: vaultPath, passphrase: PASSPHRASE });
    try {
      progress(`service insert of ${ENTRIES} entries in one call (entries.createMany)`);
      const { ms: serviceMs } = await time(() => service['entries.createMany']({ drafts }));
      await service['vault.lock']({});
      const rows = await rowsWritten(vaultPath);
      await service['vault.open']({ path: vaultPath, passphrase: PASSPHRASE });
      const rawMs = await rawInsertSameRows(join(dir, 'raw.sqlite'), rows);
      const plainMs = await rawInsertPlain(join(dir, 'plain.sqlite'), rows);
      add(versusPeer('insert_10k_service_ms', serviceMs, 'raw same rows', rawMs, 1.5, { unit: 'ms', note: 'entries.createMany: validation, JSON, hashing, one transaction' }));
      add(atMost('insert_10k_raw_same_rows_ms', rawMs, 5000, { unit: 'ms', note: 'the same entry, search and ledger rows, prepared, one transaction' }));
      add({ figure: 'insert_10k_plain_table_ms', value: round(plainMs), goal: 'reference', ok: true, ratio: round(serviceMs / plainMs), unit: 'ms', note: 'ratio = service ÷ this' });
      // One entry at a time, as a person types them: each is its own durable transaction.
      const singles: number[] = [];
      for (let i = 0; i < SINGLE_CREATES; i += 1) singles.push((await time(() => service['entries.create']({ draft: drafts[i]! }))).ms);
      add(atMost('create_one_entry_ms', median(singles), 100, { runs: SINGLE_CREATES, note: 'one entries.create on a 10,000-entry vault (own transaction, fsync)' }));
    } finally {
      await service.close();
    }

    const opens: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const service = createService();
      opens.push((await time(() => service['vault.open']({ path: vaultPath, passphrase: PASSPHRASE }))).ms);
      await service.close();
    }
    add(atMost('vault_open_ms', median(opens), 2000, { runs: 3, note: 'Argon2id + key check + migrations (the whole-file check runs after unlock)' }));

    const fileSalt = readSalt(vaultPath);
    const keyPragma = rawKeyPragmaValue(await deriveKey(PASSPHRASE, fileSalt), fileSalt);
    const rawOpens: number[] = [];
    for (let i = 0; i < 5; i += 1) rawOpens.push(await rawOpen(vaultPath, keyPragma));
    add(atMost('vault_open_raw_key_ms', median(rawOpens), 50, { runs: 5, note: 'Db.open + PRAGMA key + first read' }));

    const reader = await openedService(vaultPath);
    try {
      const lists: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const { ms, result } = await time(() => reader['entries.list']({}));
        if (result.length !== ENTRIES + SINGLE_CREATES) throw new Error(`entries.list returned ${result.length} entries`);
        lists.push(ms);
      }
      add(atMost('list_10k_ms', median(lists), 2000, { runs: 3 }));

      const searches: number[] = [];
      for (const query of SEARCHES) {
        const { ms, result } = await time(() => reader.search({ query }));
        if (result.length === 0) throw new Error(`search "${query}" found nothing: the bench data is wrong`);
        searches.push(ms);
      }
      add(atMost('search_ms', median(searches), 100, { runs: SEARCHES.length, max_ms: round(Math.max(...searches)) }));

      const { ms, result } = await time(() => reader['ledger.verify']({}));
      if (!result.ok || result.links !== ENTRIES + SINGLE_CREATES + 1) throw new Error(`ledger.verify: ok=${result.ok}, links=${result.links}`);
      add(atMost('verify_ledger_10k_ms', ms, 10_000, { links: result.links }));
    } finally {
      await reader.close();
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const jsonOnly = process.argv.includes('--json');
  const started = performance.now();
  const emit = (figure: Figure) => process.stdout.write(`${JSON.stringify(figure)}\n`);
  const figures = [...(await runBench(emit)), ...(await benchImports(emit)), ...(await benchExports(emit))];
  for (const figure of [...(await benchPassphrase()), ...(await benchUnlock()), ...(await benchDossier()), ...(await benchTimeline()), ...(await benchStreaming()), ...(await benchOcr()), ...(await benchSmsImport())]) {
    emit(figure as Figure);
    figures.push(figure as Figure);
  }
  if (!jsonOnly) process.stdout.write(`\n${table(figures)}\n\ntotal bench time: ${Math.round((performance.now() - started) / 1000)} s\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
