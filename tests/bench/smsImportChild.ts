// One streamed SMS import in its own process, so its peak RSS is its own (tests/bench/smsImport.ts):
//   <backup.xml> <vault path>
// Prints one JSON line: { ms, maxRssMb, imported }.
import { createService } from '../../main/service';

const PASSPHRASE = 'bench: sms import, correct horse battery staple';

async function main(): Promise<void> {
  const [file, vault] = process.argv.slice(2);
  const service = createService({});
  await service['vault.create']({ path: vault!, passphrase: PASSPHRASE });
  const start = performance.now();
  const result = await service['import.commit']({ source: { path: file! }, settings: { format: 'auto', zone: 'Europe/Minsk' }, abuserSenders: ['Max'] });
  const ms = performance.now() - start;
  await service.close();
  // maxRSS is in KiB (getrusage): the peak of this process over its whole life.
  process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, imported: result.imported })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`sms import child failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
