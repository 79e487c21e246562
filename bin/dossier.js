#!/usr/bin/env node
// The `dossier` command. Runs the built CLI (npm run build writes out/main/cli.js).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const built = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(built)) {
  process.stderr.write('dossier: INTERNAL: Dossier is not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
require(built).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  () => { process.stderr.write('dossier: INTERNAL: Something went wrong inside Dossier. Nothing was changed.\n'); process.exitCode = 1; },
);
