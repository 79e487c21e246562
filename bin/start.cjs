#!/usr/bin/env node
// `npm start`: builds Dossier, then opens its Electron window. Electron's program comes from
// GitHub, which many machines cannot reach (firewalls, our build machines), so `npm install` never
// fetches it (package.json's allowScripts denies Electron's install script). Here we fetch it the
// first time, and where that is impossible we say so in one line and serve the very same interface
// through the browser harness on a loopback address instead.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

function electronProgram() {
  try {
    // The electron package answers the path of its program (ELECTRON_OVERRIDE_DIST_PATH honoured).
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function tryToFetchElectron() {
  const installer = join(ROOT, 'node_modules', 'electron', 'install.js');
  if (process.env.DOSSIER_START_NO_FETCH === '1' || !existsSync(installer)) return;
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  process.stdout.write('Fetching Electron (once)…\n');
  spawnSync(process.execPath, [installer], { cwd: join(ROOT, 'node_modules', 'electron'), env, stdio: 'ignore', timeout: 180_000 });
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  if (process.env.DOSSIER_START_SKIP_BUILD !== '1') {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  let program = electronProgram();
  if (program === null) {
    tryToFetchElectron();
    program = electronProgram();
  }
  if (program !== null) return run(program, ['.']);
  process.stdout.write('Electron is not installed here and could not be downloaded, so Dossier opens in your browser instead:\n');
  run(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'tests', 'e2e', 'harnessMain.ts')]);
}

main();
