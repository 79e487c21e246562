// Import figures (issue 4): parsing a generated 100,000-message WhatsApp export with our parser
// and with the `whatsapp-chat-parser` package in the same run (goal: ours ≤ 1.0 × theirs), and the
// full import into a vault against a raw insert of the same rows (goal ≤ 2.0).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseString } from 'whatsapp-chat-parser';
import { parseWhatsApp } from '../../main/importers/whatsapp';
import { createService } from '../../main/service';
import { openVault } from '../../main/vault/connection';
import { deriveKey, newSalt, rawKeyPragmaValue } from '../../main/vault/keys';
import { migrate } from '../../main/vault/migrations';
import { Db, type SqlValue } from '../../main/vault/sqlite';
import { atMost, median, time, versusPeer, type Figure } from './figures';

const MESSAGES = 100_000;
const PASSPHRASE = 'bench import';
const LINES = ['Где ты? Ответь мне.', 'Я знаю, где ты работаешь.', 'Возьми трубку!!!', 'Ты пожалеешь об этом', 'Я стою у подъезда', 'Why are you ignoring me?', '<Media omitted>'];

/** An Android export (DD/MM/YYYY, 24 h) from Max and Anna, with some multi-line messages. */
export function generatedExport(count: number): string {
  const out: string[] = [];
  const p = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < count; i += 1) {
    const t = new Date(Date.UTC(2023, 0, 1) + i * 97_000);
    const author = i % 5 === 4 ? 'Anna' : 'Max';
    const text = LINES[i % LINES.length]! + (i % 50 === 0 ? `\nи ещё строка ${i}` : ` ${i}`);
    out.push(`${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}, ${p(t.getUTCHours())}:${p(t.getUTCMinutes())} - ${author}: ${text}`);
  }
  return `${out.join('\n')}\n`;
}

async function rowsOfImport(path: string): Promise<{ messages: SqlValue[][]; search: SqlValue[][] }> {
  const { db } = await openVault(path, PASSPHRASE);
  try {
    const values = (rows: Record<string, unknown>[]) => rows.map((r) => Object.values(r) as SqlValue[]);
    return {
      messages: values(await db.all('SELECT seq, id, entry_id, batch_id, sent_at, dedupe_key, data FROM messages ORDER BY seq')),
      search: values(await db.all('SELECT rowid, body FROM message_search ORDER BY rowid')),
    };
  } finally {
    await db.close();
  }
}

/** The same message and search rows into the same schema, prepared, in one transaction. */
async function rawInsert(path: string, rows: { messages: SqlValue[][]; search: SqlValue[][] }): Promise<number> {
  const salt = newSalt();
  const db = await Db.open(path, 'create');
  try {
    await db.exec('PRAGMA cipher_log_level = NONE');
    await db.exec(`PRAGMA key = "${rawKeyPragmaValue(await deriveKey(PASSPHRASE, salt), salt)}"`);
    for (const pragma of ['temp_store = MEMORY', 'secure_delete = ON', 'journal_mode = DELETE', 'locking_mode = EXCLUSIVE']) await db.exec(`PRAGMA ${pragma}`);
    await migrate(db);
    const { ms } = await time(() =>
      db.transaction(async () => {
        const message = await db.prepare('INSERT INTO messages (seq, id, entry_id, batch_id, sent_at, dedupe_key, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
        const search = await db.prepare('INSERT INTO message_search (rowid, body) VALUES (?, ?)');
        for (let i = 0; i < rows.messages.length; i += 1) {
          await message.run(rows.messages[i]!);
          await search.run(rows.search[i]!);
        }
        await message.finalize();
        await search.finalize();
      }),
    );
    return ms;
  } finally {
    await db.close();
  }
}

export async function benchImports(emit: (figure: Figure) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  const add = (figure: Figure) => {
    figures.push(figure);
    emit(figure);
  };
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  try {
    const text = generatedExport(MESSAGES);
    const bytes = Buffer.from(text, 'utf8');
    const file = join(dir, 'WhatsApp Chat with Max.txt');
    writeFileSync(file, bytes);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      // Both produce instants: ours in the zone the user confirmed, theirs as JS Dates.
      const mine = await time(() => parseWhatsApp(bytes, { zone: 'Europe/Minsk' }));
      if (mine.result.messages.length !== MESSAGES) throw new Error(`our parser found ${mine.result.messages.length} messages`);
      ours.push(mine.ms);
      const peer = await time(() => parseString(text));
      if (peer.result.length !== MESSAGES) throw new Error(`whatsapp-chat-parser found ${peer.result.length} messages`);
      theirs.push(peer.ms);
    }
    add(versusPeer('whatsapp_parse_100k_ms', median(ours), 'whatsapp-chat-parser', median(theirs), 1.0, { unit: 'ms', runs: 3, bytes: bytes.length }));

    const service = createService();
    const vault = join(dir, 'import.dossier');
    await service['vault.create']({ path: vault, passphrase: PASSPHRASE });
    const rssBefore = process.memoryUsage.rss();
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
    const imported = await time(() => service['import.commit']({ source: { path: file }, settings: { format: 'whatsapp', zone: 'Europe/Minsk' }, abuserSenders: ['Max'] }));
    clearInterval(sampler);
    await service.close();
    if (imported.result.imported !== MESSAGES) throw new Error(`imported ${imported.result.imported}`);
    const rawMs = await rawInsert(join(dir, 'raw.sqlite'), await rowsOfImport(vault));
    add(versusPeer('import_100k_ms', imported.ms, 'raw insert of the same rows', rawMs, 2.0, { unit: 'ms', note: 'parse + dedupe + one transaction with the original kept' }));
    add(atMost('import_100k_peak_rss_growth_mb', (peakRss - rssBefore) / 1024 / 1024, 600, { unit: 'MB' }));
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
