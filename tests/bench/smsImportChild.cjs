// One streamed SMS preview or import through the built command-line tool, in its own process, so
// its peak RSS is that of the program she runs (compiled code, no TypeScript loader in the way):
//   node tests/bench/smsImportChild.cjs preview|import <backup.xml> <vault path>
// The passphrase comes from DOSSIER_PASSPHRASE. With DOSSIER_BENCH_TRACE=1 it prints its memory
// every 10 s on stderr (a run of 600 MB takes long enough to want to see it move). Its last line
// on stdout is one JSON object: { ms, maxRssMb, cpuS, output } (output: the tool's --json answer).
'use strict';
const { join } = require('node:path');

const [mode, file, vault] = process.argv.slice(2);
const { main } = require(join(__dirname, '..', '..', 'out', 'main', 'cli.js'));

const MB = 1024 * 1024;
let written = '';
const write = process.stdout.write.bind(process.stdout);
// The tool prints its answer on stdout: keep it, to hand it back inside our own line.
process.stdout.write = (chunk, ...rest) => {
  written += String(chunk);
  const done = rest.find((r) => typeof r === 'function');
  if (done) done();
  return true;
};

const started = performance.now();
const trace = process.env.DOSSIER_BENCH_TRACE === '1'
  ? setInterval(() => {
      const m = process.memoryUsage();
      process.stderr.write(`  ${Math.round((performance.now() - started) / 1000)} s: rss ${Math.round(m.rss / MB)} MB (heap ${Math.round(m.heapUsed / MB)} of ${Math.round(m.heapTotal / MB)}, peak ${Math.round(process.resourceUsage().maxRSS / 1024)})\n`);
    }, 10_000)
  : null;

const args = ['import', '--vault', vault, file, '--sender', 'Max', '--tz', 'Europe/Minsk', '--json', ...(mode === 'preview' ? ['--preview'] : [])];
main(args).then((code) => {
  if (trace) clearInterval(trace);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage();
  // maxRSS is in KiB (getrusage): the peak of this process over its whole life.
  write(`${JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuS: (cpu.user + cpu.system) / 1e6, output: written.trim() })}\n`);
  process.exitCode = code;
});
