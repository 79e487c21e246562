// A writer to be killed: opens the vault, then adds entries with attachments and imports message
// exports in a loop, printing "ACK …" only after each write has committed. Run by crash.test.ts.
import { randomBytes, createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../../../main/service';
import { whatsappExport } from './exportText';

const [vaultPath, workDir, runText] = process.argv.slice(2) as [string, string, string];
const run = Number(runText);
const passphrase = process.env.DOSSIER_PASSPHRASE ?? '';
async function main(): Promise<void> {
  const service = createService();
  await service['vault.open']({ path: vaultPath, passphrase });
  process.stdout.write('READY\n');
  for (let n = 0; ; n += 1) {
    if (n % 4 === 3) {
      const file = join(workDir, `export-${run}-${n}.txt`);
      writeFileSync(file, whatsappExport(run, n));
      const result = await service['import.commit']({ source: { path: file }, settings: { format: 'whatsapp', zone: 'UTC', dateOrder: 'dmy' }, abuserSenders: ['Max'] });
      process.stdout.write(`ACK import ${result.entryId} ${result.imported}\n`);
    } else {
      const bytes = randomBytes(256 * 1024 + n);
      const entry = await service['entries.create']({
        draft: { kind: 'incident', title: `entry ${process.pid}-${n}`, text: 'x'.repeat(2000), occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' } },
        attachments: [{ fileName: `photo-${n}.bin`, base64: bytes.toString('base64') }],
      });
      process.stdout.write(`ACK entry ${entry.id} ${createHash('sha256').update(bytes).digest('hex')}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`child failed: ${String((error as { code?: string }).code ?? error)}\n`);
  process.exit(1);
});
