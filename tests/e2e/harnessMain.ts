// `npm run harness`: the UI in an ordinary browser, on a fresh temp folder, for a person to try.
// Prints the URL (with its token) and runs until Ctrl+C, then deletes the folder.
// `--json` (used by the browser tests, tests/e2e/harnessClient.ts): prints one JSON line with the
// origin, URL, token, folder and methods, and stops when its parent closes stdin.
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../shared/appContract';
import { startHarness } from './harness';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, language: { type: 'string' } } });
  const language = LANGUAGES.find((l) => l === values.language) as Language | undefined;
  const harness = await startHarness({ ...(language ? { settings: { language } } : {}), interactivePickers: !values.json });
  const stop = () => {
    void harness.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (values.json) {
    const { origin, url, dir, token, methods } = harness;
    process.stdout.write(`${JSON.stringify({ origin, url, dir, token, methods })}\n`);
    process.stdin.on('end', stop);
    process.stdin.resume();
    return;
  }
  process.stdout.write(`Dossier harness (data in ${harness.dir}, deleted on exit)\nOpen: ${harness.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`harness failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
