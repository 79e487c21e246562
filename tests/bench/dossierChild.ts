// One measured run in its own process, so its peak RSS is its own (tests/bench/dossier.ts):
//   export <vault> <out.pdf>          the real export through the dossier handler
//   bare   <texts.json> <photo.jpg> <count> <out.pdf>
//                                      bare pdfkit drawing the same strings and the same photos
// Prints one JSON line: { ms, cpuMs, maxRssMb, pages?, bytes? }.
import { createWriteStream, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { dossierHandlers } from '../../main/dossier/handlers';
import { fontPaths } from '../../main/dossier/render/theme';
import { Vault } from '../../main/vault/vault';
import { dossierMethods } from '../../shared/dossierContract';

export const BENCH_PASSPHRASE = 'bench: correct horse battery staple ёлка';

/** The same photo with a distinct comment segment, so every file has its own bytes and hash. */
export function photoVariant(photo: Buffer, i: number): Buffer {
  const comment = Buffer.from(`photo ${i}`, 'latin1');
  const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
  return Buffer.concat([photo.subarray(0, 2), segment, photo.subarray(2)]);
}

/** CPU time (user + system) since `from`: on a machine shared with other work the wall time of
 *  two runs minutes apart is not comparable, their CPU time mostly is. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

async function exportRun(vaultPath: string, out: string): Promise<Record<string, number>> {
  const vault = await Vault.open(vaultPath, BENCH_PASSPHRASE, () => new Date());
  const cpu = process.cpuUsage();
  const start = performance.now();
  const input = dossierMethods['dossier.export'].input.parse({ options: { language: 'ru', caseReference: 'Bench 1' }, path: out });
  const result = await dossierHandlers(() => vault.db, () => new Date())['dossier.export'](input);
  const ms = performance.now() - start;
  const cpuMs = cpuSince(cpu);
  await vault.close();
  return { ms, cpuMs, pages: result.pages, bytes: result.bytes };
}

async function bareRun(textsPath: string, photoPath: string, count: number, out: string): Promise<Record<string, number>> {
  const texts = JSON.parse(readFileSync(textsPath, 'utf8')) as string[];
  const photo = readFileSync(photoPath);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 62, left: 56, right: 56 } });
  let pages = 1;
  doc.on('pageAdded', () => (pages += 1));
  const file = createWriteStream(out);
  doc.pipe(file);
  const fonts = fontPaths();
  doc.registerFont('sans', fonts.sans);
  doc.font('sans').fontSize(9.5);
  for (const text of texts) doc.text(text);
  for (let i = 0; i < count; i += 1) {
    doc.addPage();
    doc.image(photoVariant(photo, i), { fit: [483, 380] });
  }
  doc.end();
  await new Promise<void>((resolve, reject) => {
    file.on('finish', resolve);
    file.on('error', reject);
  });
  return { ms: performance.now() - start, cpuMs: cpuSince(cpu), pages };
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const result = mode === 'export' ? await exportRun(args[0]!, args[1]!) : await bareRun(args[0]!, args[1]!, Number(args[2]), args[3]!);
  process.stdout.write(`${JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

if (process.argv[1]?.endsWith('dossierChild.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`dossier bench child failed: ${error instanceof Error ? error.message : 'error'}\n`);
    process.exitCode = 1;
  });
}
