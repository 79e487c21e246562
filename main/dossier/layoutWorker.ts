// The layout thread's entry (started by layoutThread.ts): lays out one dossier with layout.ts and
// sends its bytes back to the thread that holds the vault, asking it for each file it draws and
// for each photo's header; a photo's image data it never sees (photoBodies.ts writes it).
// It never sees the vault, its key or its path.
import { parentPort } from 'node:worker_threads';
import type { Attachment } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { LaterBytes } from './documentOutput';
import { STRINGS } from './i18n';
import { layoutDossier, type LayoutIo } from './layout';
import { headFrom, type FromLayout, type ToLayout } from './layoutMessages';
import { Redactor } from './redact';
import type { PhotoHead } from './render/context';

const port = parentPort;
if (!port) throw new Error('the layout worker runs only as a worker thread');

const send = (message: FromLayout, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const waiting = new Map<number, { resolve: (answer: Extract<ToLayout, { request: number }>) => void; reject: (error: unknown) => void }>();
let requests = 0;

/** Asks the vault's thread and waits for its answer to this request. */
function ask(question: (request: number) => FromLayout): Promise<Extract<ToLayout, { request: number }>> {
  return new Promise((resolve, reject) => {
    requests += 1;
    waiting.set(requests, { resolve, reject });
    send(question(requests));
  });
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

async function loadAttachment(attachment: Attachment): Promise<Buffer> {
  const answer = await ask((request) => ({ kind: 'attachment', request, id: attachment.id }));
  if (answer.kind !== 'attachment') throw new DossierError('EXPORT_FAILED');
  return asBuffer(answer.bytes);
}

/** Headers the vault's thread sent before they were asked for (layoutThread.ts). */
const given = new Map<string, PhotoHead | null>();

async function photoHead(attachment: Attachment): Promise<PhotoHead | null> {
  if (given.has(attachment.id)) {
    const head = given.get(attachment.id)!;
    given.delete(attachment.id);
    return head;
  }
  const answer = await ask((request) => ({ kind: 'photoHead', request, id: attachment.id }));
  if (answer.kind !== 'photoHead') throw new DossierError('EXPORT_FAILED');
  return headFrom(answer);
}

port.on('message', (message: ToLayout) => {
  if (message.kind === 'start') {
    const { redactor, ...data } = message.job.data;
    const job = { ...message.job, data: { ...data, redactor: Redactor.fromSeed(redactor, STRINGS[message.job.options.language]) } };
    const io: LayoutIo = {
      write: (chunk: Uint8Array) => {
        // Always a copy: pdfkit still counts the bytes it just wrote (and could hand the same
        // buffer on again), so its own must stay whole. Copying ~1 MB/ms is cheap here.
        const copy = new Uint8Array(chunk);
        send({ kind: 'write', chunk: copy }, [copy.buffer]);
      },
      later: (piece: LaterBytes) => send({ kind: 'later', length: piece.length, id: piece.attachmentId }),
      photoHead,
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
  if (message.kind === 'photoHeadGiven') {
    given.set(message.id, headFrom(message));
    return;
  }
  const pending = waiting.get(message.request);
  waiting.delete(message.request);
  if (message.kind === 'attachmentFailed') pending?.reject(message.code ? new DossierError(message.code, message.details) : new Error('the file could not be read'));
  else pending?.resolve(message);
});

send({ kind: 'ready' });
