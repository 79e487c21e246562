import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { languageSources } from './main/ocr/languages';

/** The OCR language data goes beside the built main-process code, which reads it from there. */
function ocrLanguageData() {
  return {
    name: 'dossier-ocr-language-data',
    writeBundle() {
      const folder = resolve(__dirname, 'out/main/ocr');
      mkdirSync(folder, { recursive: true });
      for (const { code, from } of languageSources(__dirname)) copyFileSync(from, join(folder, `${code}.traineddata.gz`));
    },
  };
}

// One build for the three Electron parts plus the CLI, which runs the same main-process code in Node.
export default defineConfig({
  main: {
    plugins: [ocrLanguageData()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/electron/app.ts'),
          cli: resolve(__dirname, 'main/cli.ts'),
          serviceProcess: resolve(__dirname, 'main/serviceHost/serviceProcess.ts'),
          // The dossier's layout thread, started by main/dossier/layoutThread.ts from beside it.
          layoutWorker: resolve(__dirname, 'main/dossier/layoutWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but 'electron': bundle zod and the contract into it.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the window loads ~2.8 MB of script before the
      // first screen otherwise (issue 13). Minified names make no difference to the tests, which
      // find everything by role and text.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    plugins: [react()],
  },
});
