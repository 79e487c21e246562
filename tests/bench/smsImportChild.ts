// One streamed SMS preview or import in its own process, so its peak RSS is its own
// (tests/bench/smsImport.ts):   preview|import <backup.xml> <vault path>
// Prints one JSON line: { ms, maxRssMb, messages } (messages: counted, or imported).
import { createService } from '../../main/service';

const PASSPHRASE = 'bench: sms import, correct horse battery staple';

async function main(): Promise<void> {
  const [mode, file, vault] = process.argv.slice(2);
  const service = createService({});
  await service['vault.create']({ path: vault!, passphrase: PASSPHRASE });
  const start = performance.now();
  const input = { source: { path: file! }, settings: { format: 'auto' as const, zone: 'Europe/Minsk' }, abuserSenders: ['Max'], meSenders: [] };
  const messages = mode === 'preview' ? (await service['import.preview'](input)).messages : (await service['import.commit'](input)).imported;
  const ms = performance.now() - start;
  await service.close();
  // maxRSS is in KiB (getrusage): the peak of this process over its whole life.
  process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, messages })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`sms import child failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
