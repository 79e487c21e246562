// Runs under `ulimit -f` (a file-size limit): every write past the limit fails with EFBIG, as on a
// full disk. Tries each kind of large write and prints the error code each one got, as JSON.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../../../main/service';

// By default the kernel kills a process that writes past its limit; the app must see the error.
process.on('SIGXFSZ', () => undefined);

const [vaultPath, workDir, exportPath, ...operations] = process.argv.slice(2) as [string, string, string, ...string[]];

async function codeOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return 'OK';
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
}

async function main(): Promise<void> {
  const service = createService();
  await service['vault.open']({ path: vaultPath, passphrase: process.env.DOSSIER_PASSPHRASE ?? '' });
  const results: Record<string, string> = {};
  if (operations.includes('add')) results.add = await codeOf(() =>
    service['entries.create']({
      draft: { kind: 'incident', title: 'too big to fit', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'UTC', precision: 'exact' } },
      attachments: [{ fileName: 'video.bin', base64: randomBytes(4 * 1024 * 1024).toString('base64') }],
    }),
  );
  if (operations.includes('import')) results.import = await codeOf(() => service['import.commit']({ source: { path: exportPath }, settings: { format: 'whatsapp', zone: 'UTC', dateOrder: 'dmy' } }));
  if (operations.includes('backup')) results.backup = await codeOf(() => service['vault.backup']({ path: join(workDir, 'backup.dossier') }));
  process.stdout.write(`${JSON.stringify(results)}\n`);
  await service.close().catch(() => undefined);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ failed: String((error as { code?: unknown }).code ?? error) })}\n`);
});
