// Reading the words in a screenshot or photo (Tesseract, via tesseract.js), offline. Viber and Max
// have no export, so for most women in Belarus the evidence is screenshots: recognised, their words
// can be searched and quoted. The engine runs in a worker thread of the service process, so the
// service keeps answering while it reads; one worker is kept while the vault is open and ended at
// lock, with what it last read.
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { OCR_LANGUAGES, languageFolder } from './languages';

/** What reading an image gave: words, no words at all, or an image the engine could not read. */
export type Recognition = { status: 'read'; text: string } | { status: 'no-text' } | { status: 'unreadable' } | { status: 'too-large' };

/** Above this many pixels an image is not read (memory inside the engine grows with the pixels);
 *  a long chat screenshot (1080 × 20,000) is well under it. The attachment itself is always kept. */
export const MAX_PIXELS = 40_000_000;

export interface Reader {
  read(image: Buffer): Promise<Recognition>;
  /** Ends the worker (lock): nothing it read stays in memory. */
  stop(): Promise<void>;
}

/** Width × height from a PNG, JPEG, GIF or WebP header, without decoding; null when unknown. */
export function pixelsOf(image: Buffer): number | null {
  if (image.length > 24 && image.readUInt32BE(0) === 0x89504e47 && image.toString('latin1', 12, 16) === 'IHDR') return image.readUInt32BE(16) * image.readUInt32BE(20);
  if (image.length > 10 && image.toString('latin1', 0, 4) === 'GIF8') return image.readUInt16LE(6) * image.readUInt16LE(8);
  if (image[0] === 0xff && image[1] === 0xd8) {
    for (let at = 2; at + 9 < image.length; ) {
      if (image[at] !== 0xff) return null;
      const marker = image[at + 1]!;
      const length = image.readUInt16BE(at + 2);
      // Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8 and CC do not.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return image.readUInt16BE(at + 5) * image.readUInt16BE(at + 7);
      at += 2 + length;
    }
    return null;
  }
  return null;
}

export function createReader(): Reader {
  let worker: Promise<Worker> | null = null;
  const start = (): Promise<Worker> => {
    const langPath = languageFolder();
    if (langPath === null) return Promise.reject(new Error('the OCR language data is missing: run the build'));
    // cacheMethod 'none': tesseract.js would otherwise write a copy of the language data to disk.
    // errorHandler: without one, tesseract.js also throws a failed job's error from its message
    // handler, an uncaught exception that would end the service process; the job's promise
    // rejects anyway, and that is where a bad image is handled.
    return createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none', errorHandler: () => undefined });
  };
  return {
    async read(image) {
      const pixels = pixelsOf(image);
      if (pixels !== null && pixels > MAX_PIXELS) return { status: 'too-large' };
      worker ??= start();
      // A missing install (no language data) is thrown, not recorded: the image stays waiting.
      const engine = await worker.catch((error: unknown) => {
        worker = null;
        throw error;
      });
      try {
        const { data } = await engine.recognize(image);
        const text = data.text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
        return text === '' ? { status: 'no-text' } : { status: 'read', text };
      } catch {
        // A file the engine cannot decode (a HEIC, a damaged image): the worker may be unusable.
        await this.stop();
        return { status: 'unreadable' };
      }
    },
    async stop() {
      const ending = worker;
      worker = null;
      await ending?.then((w) => w.terminate()).catch(() => undefined);
    },
  };
}
