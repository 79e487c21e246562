// The service in its own process (main/serviceHost), as the app and the browser harness run it:
// calls cross over and back; lock during a running export ends that process at once and leaves no
// part of the dossier behind; a service process that dies mid-call leaves the vault whole and the
// caller told it is locked. Needs the built service process (`npm run build`; npm test does it).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forkServiceProcess, SERVICE_PROCESS_ENTRY } from '../../main/serviceHost/childProcess';
import { createRemoteService, type RemoteService, type ServiceChild } from '../../main/serviceHost/remoteService';
import { expectCode, PASSPHRASE, tempFolder, hourlyIncident } from './helpers';


async function waitFor(check: () => boolean, what: string): Promise<void> {
  // Bounded by count, not by time: no assumption about how fast this machine is.
  for (let i = 0; i < 20_000; i += 1) {
    if (check()) return;
    await new Promise((done) => setTimeout(done, 5));
  }
  throw new Error(`never saw: ${what}`);
}

const parts = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.part'));

describe('the service process', () => {
  const dir = tempFolder('dossier-service-process-');
  const path = join(dir, 'vault.dossier');
  const children: ServiceChild[] = [];
  let stopped = 0;
  let service: RemoteService;

  beforeAll(async () => {
    expect(existsSync(SERVICE_PROCESS_ENTRY), 'run `npm run build` first (npm test does)').toBe(true);
    service = createRemoteService(
      () => {
        const child = forkServiceProcess();
        children.push(child);
        return child;
      },
      { onUnexpectedExit: () => (stopped += 1) },
    );
    await service['vault.create']({ path, passphrase: PASSPHRASE });
    await service['entries.createMany']({ drafts: Array.from({ length: 1500 }, (_, i) => hourlyIncident(i)) });
  }, 120_000);
  afterAll(async () => {
    await service.close();
  });

  it('carries calls to the vault in another process and back', async () => {
    expect(children.length).toBe(1);
    expect(children[0]?.pid).not.toBe(process.pid);
    const entries = await service['entries.list']({ limit: 5 });
    expect(entries.length).toBe(5);
    await expectCode(service['entries.get']({ id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
  });

  it('locks at once during a running export: the export ends, no part of it is left, the vault is whole', async () => {
    const out = join(dir, 'dossier.pdf');
    const exporting = service['dossier.export']({ options: { language: 'ru' }, path: out });
    const outcome = exporting.then(
      () => 'finished',
      (error: { code?: string }) => error.code,
    );
    // Lock while the export is writing: its temporary part exists on disk now.
    await waitFor(() => parts(dir).length > 0, 'the export start writing');
    await service['vault.lock']({});
    expect(parts(dir)).toEqual([]);
    expect(await outcome).toBe('VAULT_LOCKED');
    expect(existsSync(out)).toBe(false);
    expect(children.length).toBe(1);
    expect(stopped).toBe(0);
    // A fresh service process: locked, and the vault opens again whole.
    await expectCode(service['entries.list']({}), 'VAULT_LOCKED');
    expect(children.length).toBe(2);
    await service['vault.open']({ path, passphrase: PASSPHRASE });
    const report = await service['vault.verify']({});
    expect([report.integrity, report.cipherIntegrity, report.ledger.ok]).toEqual([true, true, true]);
    expect((await service['entries.list']({})).length).toBe(1500);
  }, 120_000);

  it('tells the caller SERVICE_STOPPED when the service process dies mid-call, and the vault opens again', async () => {
    const out = join(dir, 'crashed.pdf');
    const exporting = service['dossier.export']({ options: { language: 'en' }, path: out }).then(
      () => 'finished',
      (error: { code?: string }) => error.code,
    );
    await waitFor(() => parts(dir).length > 0, 'the export start writing');
    const victim = children.at(-1)!;
    process.kill(victim.pid!, 'SIGKILL');
    expect(await exporting).toBe('SERVICE_STOPPED');
    expect(stopped).toBe(1);
    await waitFor(() => parts(dir).length === 0, 'the half-written part removed');
    expect(existsSync(out)).toBe(false);
    await expectCode(service['entries.list']({}), 'VAULT_LOCKED');
    await service['vault.open']({ path, passphrase: PASSPHRASE });
    const report = await service['vault.verify']({});
    expect([report.integrity, report.cipherIntegrity, report.ledger.ok]).toEqual([true, true, true]);
  }, 120_000);

  it('refuses what the service process would not accept, on both sides', async () => {
    await expectCode(service['entries.get']({ id: 'not an id' } as never), 'INVALID_INPUT');
  });
});
