// Benchmark (issue 15): the window side stays responsive while the service process works. This
// process plays Electron's main process: it holds the remote service (main/serviceHost) and
// measures its own event-loop delay while the service process exports the 1,000-entry dossier
// (goal: max ≤ 50 ms), then how long "lock" takes to answer while such an export runs (≤ 300 ms).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { forkServiceProcess, SERVICE_PROCESS_ENTRY } from '../../main/serviceHost/childProcess';
import { createRemoteService } from '../../main/serviceHost/remoteService';
import { BENCH_PASSPHRASE } from './dossierChild';
import { atMost, round, type Figure } from './figures';

const progress = (line: string) => process.stderr.write(`bench split: ${line}\n`);

async function partAppears(folder: string): Promise<void> {
  for (let i = 0; i < 100_000; i += 1) {
    if (readdirSync(folder).some((name) => name.endsWith('.part'))) return;
    await new Promise((done) => setTimeout(done, 2));
  }
  throw new Error('the export never started writing');
}

export async function benchServiceSplit(vaultPath: string): Promise<Figure[]> {
  if (!existsSync(SERVICE_PROCESS_ENTRY)) throw new Error('run `npm run build` first (npm run bench does)');
  const service = createRemoteService(() => forkServiceProcess(), { keepOneReady: true });
  const out = join(dirname(vaultPath), 'split.pdf');
  try {
    await service['vault.open']({ path: vaultPath, passphrase: BENCH_PASSPHRASE });
    progress('exporting in the service process while this one measures its event loop');
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    await service['dossier.export']({ options: { language: 'ru' }, path: out });
    const exportMs = performance.now() - started;
    delay.disable();
    rmSync(out, { force: true });

    progress('locking while a second export runs');
    const exporting = service['dossier.export']({ options: { language: 'ru' }, path: out }).catch(() => undefined);
    await partAppears(dirname(out));
    await new Promise((done) => setTimeout(done, 500));
    const lockStarted = performance.now();
    await service['vault.lock']({});
    const lockMs = performance.now() - lockStarted;
    await exporting;
    const leftover = readdirSync(dirname(out)).filter((name) => name.endsWith('.part') || name === 'split.pdf');
    return [
      { figure: 'export in the service process (1,000 entries, 20,000 messages, 100 photos)', value: round(exportMs / 1000), goal: 'reported', ok: true, unit: 's' },
      atMost('window side event-loop delay during that export, max', delay.max / 1e6, 50, { unit: 'ms', mean: round(delay.mean / 1e6) }),
      atMost('lock → locked while an export runs', lockMs, 300, { unit: 'ms', leftoverFiles: leftover.length }),
    ];
  } finally {
    await service.close();
  }
}
