// The layout thread's entry (started by layoutThread.ts): lays out one dossier with layout.ts and
// sends every byte back to the thread that holds the vault, asking it for each file it draws.
// It never sees the vault, its key or its path.
import { parentPort } from 'node:worker_threads';
import type { Attachment } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { STRINGS } from './i18n';
import { layoutDossier } from './layout';
import type { FromLayout, ToLayout } from './layoutMessages';
import { Redactor } from './redact';

const port = parentPort;
if (!port) throw new Error('the layout worker runs only as a worker thread');

const send = (message: FromLayout, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const waiting = new Map<number, { resolve: (bytes: Buffer) => void; reject: (error: unknown) => void }>();
let requests = 0;

function loadAttachment(attachment: Attachment): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    requests += 1;
    waiting.set(requests, { resolve, reject });
    send({ kind: 'attachment', request: requests, id: attachment.id });
  });
}

port.on('message', (message: ToLayout) => {
  switch (message.kind) {
    case 'start': {
      const { redactor, ...data } = message.job.data;
      const job = { ...message.job, data: { ...data, redactor: Redactor.fromSeed(redactor, STRINGS[message.job.options.language]) } };
      const io = {
        write: (chunk: Uint8Array) => {
          // Always a copy: pdfkit still counts the bytes it just wrote (and could hand the same
          // buffer on again), so its own must stay whole. Copying ~1 MB/ms is cheap here.
          const copy = new Uint8Array(chunk);
          send({ kind: 'write', chunk: copy }, [copy.buffer]);
        },
        loadAttachment,
        // The vault's thread writes the file: when a write fails there, it stops this thread.
        checkpoint: () => undefined,
      };
      layoutDossier(job, io).then(
        (result) => send({ kind: 'done', result }),
        (error: unknown) => send(error instanceof DossierError ? { kind: 'failed', code: error.code, details: error.details } : { kind: 'failed' }),
      );
      return;
    }
    case 'attachment': {
      const bytes = message.bytes;
      waiting.get(message.request)?.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      waiting.delete(message.request);
      return;
    }
    case 'attachmentFailed':
      waiting.get(message.request)?.reject(message.code ? new DossierError(message.code, message.details) : new Error('the file could not be read'));
      waiting.delete(message.request);
      return;
  }
});

send({ kind: 'ready' });
