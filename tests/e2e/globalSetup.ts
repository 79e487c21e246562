// Build the renderer once before the browser tests: the harness serves out/renderer as built, so
// the tests see exactly what the app would load.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function globalSetup(): void {
  execFileSync(process.execPath, [resolve(__dirname, '../../node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: resolve(__dirname, '../..'),
    stdio: 'ignore',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
}
