// Crash safety: a child process writing to the vault is killed with SIGKILL at random moments.
// After every kill the vault must open, pass both integrity checks and the ledger, keep every entry
// the child had acknowledged intact, and hold each import whole or not at all.
// Quick mode here (10 kills); `CRASH_KILLS=50 npx vitest run tests/integration/crash` is the long mode.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../main/service';
import { openVault } from '../../../main/vault/connection';
import { newVault, PASSPHRASE, tempFolder } from '../helpers';
import { IMPORTS_PER_RUN, MESSAGES_PER_IMPORT, whatsappExport } from './exportText';

const KILLS = Number(process.env.CRASH_KILLS ?? 10);
const ROOT = resolve(__dirname, '../../..');

interface Acks {
  entries: Map<string, string>;
  imports: Map<string, number>;
}

/** Runs the child until it is ready, lets it write for `ms`, then kills it without warning. */
function runAndKill(vault: string, dir: string, run: number, ms: number, acks: Acks): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'child.ts'), vault, dir, String(run)], {
      cwd: ROOT,
      env: { ...process.env, DOSSIER_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [tag, kind, id, value] = line.split(' ');
        if (tag === 'READY') setTimeout(() => child.kill('SIGKILL'), ms);
        if (tag === 'ACK' && kind === 'entry') acks.entries.set(id!, value!);
        if (tag === 'ACK' && kind === 'import') acks.imports.set(id!, Number(value));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`child ended by itself: ${stderr.trim()}`))));
  });
}

async function checkAfterCrash(vault: string, acks: Acks): Promise<void> {
  const { db } = await openVault(vault, PASSPHRASE);
  const integrity = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  const cipher = await db.all('PRAGMA cipher_integrity_check');
  await db.close();
  expect(integrity).toEqual([{ integrity_check: 'ok' }]);
  expect(cipher).toEqual([]);
  const service = createService();
  await service['vault.open']({ path: vault, passphrase: PASSPHRASE });
  try {
    const ledger = await service['ledger.verify']({});
    expect(ledger.firstBroken).toBeNull();
    for (const [id, sha] of acks.entries) {
      const detail = await service['entries.get']({ id });
      expect(detail.attachments.map((a) => a.sha256)).toEqual([sha]);
    }
    // Every stalking entry here comes from an import: it exists only with all of its messages.
    for (const entry of await service['entries.list']({ kind: ['stalking'] })) {
      expect(entry.messageCount).toBe(MESSAGES_PER_IMPORT);
    }
    for (const id of acks.imports.keys()) expect((await service['entries.get']({ id })).entry.messageCount).toBe(MESSAGES_PER_IMPORT);
  } finally {
    await service.close();
  }
}

describe('the crash child\'s exports', () => {
  it('keep real dates for every run and export a test can make', () => {
    const years = (text: string) => [...text.matchAll(/^\d\d\/\d\d\/(\d+), /gm)].map((m) => Number(m[1]));
    const last = years(whatsappExport(Math.max(KILLS, 50) - 1, IMPORTS_PER_RUN - 1));
    expect(last).toHaveLength(MESSAGES_PER_IMPORT);
    const all = [...years(whatsappExport(0, 0)), ...last];
    expect(Math.min(...all)).toBe(2024);
    expect(Math.max(...all)).toBeLessThan(2400);
  });
});

describe('crash safety', () => {
  const dir = tempFolder('dossier-crash-');

  it(`survives ${KILLS} SIGKILLs at random moments with every acknowledged write intact`, async () => {
    const { service, path } = await newVault(dir, 'crash.dossier');
    await service.close();
    const acks: Acks = { entries: new Map(), imports: new Map() };
    for (let kill = 0; kill < KILLS; kill += 1) {
      await runAndKill(path, dir, kill, 200 + Math.floor(Math.random() * 1500), acks);
      await checkAfterCrash(path, acks);
    }
    // The child did write (on a loaded machine a kill can come before a slow write commits, so
    // not every run acknowledges something; all of them together must).
    expect(acks.entries.size + acks.imports.size).toBeGreaterThan(0);
  }, 600_000);
});
