// Layout in its own thread. The vault's engine is synchronous: decrypting the photos (~130 MB/s)
// and laying out the pages took turns on one thread. With layout.ts in a worker, this thread
// decrypts the photos' image data and writes it into the file (photoBodies.ts) while the worker
// lays out the pages: the worker waits only for each photo's header. The vault's connection and
// key stay here; the worker gets the chosen, redacted data and asks for each file.
// If no worker can be started (a runtime without worker threads), the layout runs here as before.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Attachment } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { LaterBytes } from './documentOutput';
import { layoutDossier, type LayoutIo, type LayoutJob, type LayoutResult } from './layout';
import { headMessage, transferable, type FromLayout, type LayoutJobMessage, type ToLayout } from './layoutMessages';

/** Where the built worker is: beside the built main-process code, which may itself be one folder
 *  down in chunks/ (electron.vite.config.ts). */
export function builtLayoutWorker(codeFolder: string): string | undefined {
  return [join(codeFolder, 'layoutWorker.js'), resolve(codeFolder, '../layoutWorker.js')].find((file) => existsSync(file));
}

/** Run from the TypeScript sources (tests, bench), the worker is loaded through tsx, as they are. */
function startWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const source = join(__dirname, 'layoutWorker.ts');
    return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, { eval: true });
  }
  const built = builtLayoutWorker(__dirname);
  if (built === undefined) throw new Error('layout worker not found');
  return new Worker(built);
}

export class LayoutThread {
  private readonly worker: Worker | null;
  /** Settles true once the worker has loaded, false if it could not start. */
  private readonly started: Promise<boolean>;

  private constructor() {
    let worker: Worker | null = null;
    try {
      worker = startWorker();
    } catch {
      worker = null;
    }
    this.worker = worker;
    this.started = new Promise((settle) => {
      if (!worker) return settle(false);
      worker.once('message', (message: FromLayout) => settle(message.kind === 'ready'));
      worker.once('error', () => settle(false));
      worker.once('exit', () => settle(false));
    });
  }

  /** Started before the data is read, so the worker loads pdfkit and the fonts meanwhile. */
  static start(): LayoutThread {
    return new LayoutThread();
  }

  /** False when the layout will run in this thread instead (no worker could be started). */
  async inWorker(): Promise<boolean> {
    return this.worker !== null && (await this.started);
  }

  async run(job: LayoutJob, io: LayoutIo): Promise<LayoutResult> {
    const worker = this.worker;
    if (!worker || !(await this.started)) return layoutDossier(job, io);
    const attachments = new Map<string, Attachment>(job.data.entries.flatMap((d) => d.attachments.map((a) => [a.id, a] as const)));
    return new Promise<LayoutResult>((resolve, reject) => {
      // Once settled, nothing more is taken from the worker (bytes already on their way included).
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error);
        void worker.terminate();
      };
      const post = (message: ToLayout, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
      // The file's next piece, then whether the writing side has failed (a full disk) meanwhile.
      const take = (piece: () => void) => {
        try {
          piece();
          io.checkpoint();
        } catch (error) {
          fail(error);
        }
      };
      worker.on('message', (message: FromLayout) => {
        if (settled) return;
        switch (message.kind) {
          case 'write':
            return take(() => io.write(message.chunk));
          case 'later':
            return take(() => io.later(new LaterBytes(message.length, message.id)));
          case 'attachment':
          case 'photoHead': {
            const attachment = attachments.get(message.id);
            if (!attachment) return fail(new DossierError('EXPORT_FAILED'));
            const request = message.request;
            const refused = (error: unknown) => post(error instanceof DossierError ? { kind: 'attachmentFailed', request, code: error.code, details: error.details } : { kind: 'attachmentFailed', request });
            if (message.kind === 'photoHead') {
              io.photoHead(attachment).then((head) => post({ kind: 'photoHead', request, ...headMessage(head) }), refused);
              return;
            }
            io.loadAttachment(attachment).then((bytes) => {
              // The loader read these bytes for this request alone: they move, not copied.
              const owned = transferable(bytes);
              post({ kind: 'attachment', request, bytes: owned }, [owned.buffer]);
            }, refused);
            return;
          }
          case 'done':
            settled = true;
            resolve(message.result);
            void worker.terminate();
            return;
          case 'failed':
            return fail(message.code ? new DossierError(message.code, message.details) : new DossierError('EXPORT_FAILED'));
        }
      });
      // After 'done' these come to nothing.
      worker.on('error', () => fail(new DossierError('EXPORT_FAILED')));
      worker.on('exit', () => fail(new DossierError('EXPORT_FAILED')));
      post({ kind: 'start', job: jobMessage(job) });
      void (async () => {
        for await (const { id, head } of io.headsInOrder?.() ?? []) {
          if (settled) return;
          post({ kind: 'photoHeadGiven', id, ...headMessage(head) });
        }
      })().catch(() => undefined); // a photo that cannot be read is asked for again, and fails then
    });
  }

  /** When the export stops before layout (bad input, a full disk at the start). */
  stop(): void {
    void this.worker?.terminate();
  }
}

function jobMessage(job: LayoutJob): LayoutJobMessage {
  return { ...job, data: { ...job.data, redactor: job.data.redactor.seed() } };
}
