// A writer to be killed: opens the vault, then adds entries with attachments and imports message
// exports in a loop, printing "ACK …" only after each write has committed. Run by crash.test.ts.
import { randomBytes, createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../../../main/service';

const [vaultPath, workDir] = process.argv.slice(2) as [string, string];
const passphrase = process.env.DOSSIER_PASSPHRASE ?? '';
export const MESSAGES_PER_IMPORT = 300;

function whatsappExport(seed: number): string {
  const lines: string[] = [];
  for (let i = 0; i < MESSAGES_PER_IMPORT; i += 1) {
    const minute = seed * 1000 + i;
    const t = new Date(Date.UTC(2024, 0, 1) + minute * 60_000);
    const p = (n: number) => String(n).padStart(2, '0');
    lines.push(`${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}, ${p(t.getUTCHours())}:${p(t.getUTCMinutes())} - Max: message ${seed}-${i}`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const service = createService();
  await service['vault.open']({ path: vaultPath, passphrase });
  process.stdout.write('READY\n');
  for (let n = 0; ; n += 1) {
    if (n % 4 === 3) {
      const file = join(workDir, `export-${process.pid}-${n}.txt`);
      // pid % 10000 keeps every date within four-digit years whatever the host's PIDs look like.
      writeFileSync(file, whatsappExport((process.pid % 10_000) * 100 + n));
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
