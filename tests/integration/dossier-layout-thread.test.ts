// The layout thread (main/dossier/layoutThread.ts): the dossier laid out in a worker is the very
// document laid out in the vault's thread — redacted, with photos, messages and emoji — and a
// failure on either side ends the export with its own code. The built worker is found and starts.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment } from '../../shared/domain';
import { dossierMethods } from '../../shared/dossierContract';
import { DossierError } from '../../shared/errors';
import { datesForDossier } from '../../main/filing/datesInDossier';
import { STRINGS } from '../../main/dossier/i18n';
import { layoutDossier, type LayoutIo, type LayoutJob } from '../../main/dossier/layout';
import { builtLayoutWorker, LayoutThread } from '../../main/dossier/layoutThread';
import { buildManifest } from '../../main/dossier/manifest';
import { vaultSide } from '../../main/dossier/export';
import { MemoryOutput } from '../../main/dossier/memoryOutput';
import { readDossierData, type DossierData } from '../../main/dossier/select';
import { ensureSigningIdentity } from '../../main/vault/signing';
import type { Vault } from '../../main/vault/vault';
import { buildFixture, openVault } from './dossierFixture';
import { tempFolder } from './helpers';

const NOW = () => new Date('2024-04-01T09:00:00Z');

describe('the layout thread', () => {
  const dir = tempFolder('dossier-layout-thread-');
  let vault: Vault;

  beforeAll(async () => {
    vault = await openVault((await buildFixture(dir)).path);
  }, 120_000);

  afterAll(async () => {
    await vault?.close();
  });

  async function job(): Promise<LayoutJob> {
    const people = await vault.db.all<{ id: string; data: string }>('SELECT id, data FROM people');
    const witness = people.map((row) => JSON.parse(row.data) as { id: string; role: string }).find((p) => p.role === 'witness')!;
    const { options } = dossierMethods['dossier.export'].input.parse({
      options: { language: 'ru', caseReference: 'Дело 7', redact: { personIds: [witness.id], strings: ['Надежда'], helperNames: true } },
      path: '/unused.pdf',
    });
    const identity = await ensureSigningIdentity(vault.db, NOW);
    const data = await readDossierData(vault.db, options, STRINGS.ru);
    data.dates = await datesForDossier(vault.db, options, data);
    const exportedAt = NOW().toISOString();
    const manifest = buildManifest(data, options, { exportedAt, certificateSha256: identity.fingerprintSha256 });
    return { options, data, manifest, certificateSha256: identity.fingerprintSha256, signer: 'Test', exportedAt, zone: 'Europe/Minsk' };
  }

  /** The export's own vault side, writing into memory; `bytes` once every photo is written. */
  function collecting(data: DossierData): { io: LayoutIo; bytes: () => Promise<Buffer>; written: { pages: number; laterBytes: number } } {
    const output = new MemoryOutput();
    const side = vaultSide(vault.db, output, data);
    const written = { pages: 0, laterBytes: 0 };
    const io: LayoutIo = {
      ...side.io,
      write: (chunk) => {
        written.pages += chunk.byteLength;
        side.io.write(chunk);
      },
      later: (piece) => {
        written.laterBytes += piece.length;
        side.io.later(piece);
      },
    };
    return { io, written, bytes: async () => (await side.written(), Buffer.from(output.file.bytes())) };
  }

  it('lays out the same document, byte for byte, as the vault’s own thread does', async () => {
    const theJob = await job();
    expect(theJob.data.redactor.active).toBe(true);
    const here = collecting(theJob.data);
    const hereResult = await layoutDossier(theJob, here.io);

    const thread = LayoutThread.start();
    // A worker really ran: falling back to this thread would make the comparison say nothing.
    expect(await thread.inWorker()).toBe(true);
    const requested: string[] = [];
    const there = collecting(theJob.data);
    const head = there.io.photoHead;
    there.io.photoHead = (attachment) => {
      requested.push(attachment.fileName);
      return head(attachment);
    };
    const thereResult = await thread.run(await job(), there.io);
    thread.stop();

    expect(requested).toContain('IMG_2024_0305.jpg');
    expect(thereResult).toEqual(hereResult);
    const bytes = await there.bytes();
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.equals(await here.bytes())).toBe(true);
    // The photos' image data was written by this side, never sent by the worker.
    expect(there.written.laterBytes).toBeGreaterThan(0);
    expect(there.written.pages + there.written.laterBytes).toBe(bytes.length);
  }, 120_000);

  it('a file the vault cannot read ends the layout with the vault’s own code', async () => {
    const thread = LayoutThread.start();
    const failing = collecting((await job()).data);
    failing.io.photoHead = async (_attachment: Attachment) => {
      throw new DossierError('VAULT_CORRUPT');
    };
    await expect(thread.run(await job(), failing.io)).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
    thread.stop();
  }, 120_000);

  it('a write that fails (a full disk) stops the worker and ends the layout with DISK_FULL', async () => {
    const thread = LayoutThread.start();
    let writes = 0;
    const theJob = await job();
    const io: LayoutIo = {
      ...collecting(theJob.data).io,
      write: () => (writes += 1),
      checkpoint: () => {
        if (writes >= 2) throw new DossierError('DISK_FULL');
      },
    };
    await expect(thread.run(theJob, io)).rejects.toMatchObject({ code: 'DISK_FULL' });
    // Stopped at once: no more bytes arrive after the failure.
    const after = writes;
    await new Promise((done) => setTimeout(done, 300));
    expect(writes).toBe(after);
  }, 120_000);

  it('the built worker is found beside the built code, from its chunks too, and starts', async () => {
    const out = resolve(__dirname, '../../out/main');
    const built = builtLayoutWorker(out);
    expect(built, 'run `npm run build` first (npm test does)').toBe(resolve(out, 'layoutWorker.js'));
    expect(builtLayoutWorker(resolve(out, 'chunks'))).toBe(built);
    const worker = new Worker(built!);
    const first = await new Promise((settle, fail) => {
      worker.once('message', settle);
      worker.once('error', fail);
    });
    expect(first).toEqual({ kind: 'ready' });
    await worker.terminate();
  }, 60_000);
});
