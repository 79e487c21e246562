// The trained data tesseract.js reads, shipped with the app and never fetched. Its default langPath
// is a CDN: we always give it a local folder. Russian comes from Debian's tesseract-ocr-rus
// (tessdata_fast, Apache-2.0; there is no npm package) and is kept gzipped in main/ocr/data;
// Belarusian, Ukrainian and English from the @tesseract.js-data packages (tessdata_best_int,
// Apache-2.0). `electron-vite build` copies all four into out/main/ocr (electron.vite.config.ts).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Tesseract's codes for her languages: Russian, Belarusian, Ukrainian and English. */
export const OCR_LANGUAGES = ['rus', 'bel', 'ukr', 'eng'] as const;

/** Where each language's data is found in the repository, to be copied next to the built code. */
export function languageSources(root: string): { code: string; from: string }[] {
  return OCR_LANGUAGES.map((code) => ({
    code,
    from: code === 'rus' ? join(root, 'main/ocr/data/rus.traineddata.gz') : join(root, `node_modules/@tesseract.js-data/${code}/4.0.0_best_int/${code}.traineddata.gz`),
  }));
}

/** The folder holding `<code>.traineddata.gz` for every language: beside the built entry points
 *  (out/main/ocr, seen from out/main or from its chunks/ folder), or, for tests run from the
 *  sources, the build's output. Null when none has them (not built yet). */
export function languageFolder(): string | null {
  const candidates = [join(__dirname, 'ocr'), resolve(__dirname, '../ocr'), resolve(__dirname, '../../out/main/ocr')];
  return candidates.find((folder) => OCR_LANGUAGES.every((code) => existsSync(join(folder, `${code}.traineddata.gz`)))) ?? null;
}
