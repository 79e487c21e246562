// Runs one `verifyDossier` in a fresh process and prints its verdict, its time and the process's
// peak memory, so dossier-hostile.test.ts can hold the verifier to a memory bound.
import { verifyDossier } from '../../main/dossier/verify';

const [path] = process.argv.slice(2) as [string];
const started = performance.now();
verifyDossier(path).then(
  (result) => process.stdout.write(`${JSON.stringify({ valid: result.valid, code: result.code, ms: performance.now() - started, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`),
  (error: unknown) => process.stdout.write(`${JSON.stringify({ thrown: String((error as { code?: unknown }).code ?? 'unknown') })}\n`),
);
