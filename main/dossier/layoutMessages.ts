// What the vault's thread and the layout thread say to each other (layoutThread.ts, layoutWorker.ts).
// Everything crosses by structured clone; byte arrays by transfer, so a photo is never copied on
// its way in.
import type { ErrorCode, ErrorDetails } from '../../shared/errors';
import type { LayoutJob, LayoutResult } from './layout';
import type { RedactorSeed } from './redact';
import type { PhotoHead } from './render/context';
import type { DossierData } from './select';

/** The job as it crosses: the redactor as the plain data it is made from. */
export interface LayoutJobMessage extends Omit<LayoutJob, 'data'> {
  data: Omit<DossierData, 'redactor'> & { redactor: RedactorSeed };
}

export type ToLayout =
  | { kind: 'start'; job: LayoutJobMessage }
  | { kind: 'attachment'; request: number; bytes: Uint8Array }
  | ({ kind: 'photoHead'; request: number } & HeadMessage)
  | ({ kind: 'photoHeadGiven'; id: string } & HeadMessage)
  | { kind: 'attachmentFailed'; request: number; code?: ErrorCode; details?: ErrorDetails };

export type FromLayout =
  | { kind: 'ready' }
  | { kind: 'write'; chunk: Uint8Array }
  | { kind: 'attachment'; request: number; id: string }
  | { kind: 'photoHead'; request: number; id: string }
  | { kind: 'later'; length: number; id: string }
  | { kind: 'done'; result: LayoutResult }
  | { kind: 'failed'; code?: ErrorCode; details?: ErrorDetails };

/**
 * The bytes as an array that owns its whole buffer, ready to be transferred by a sender that no
 * longer needs them. A view into a larger buffer (Node's shared 8 KB pool, part of a file) is
 * copied: transferring its buffer would empty every other view of it.
 */
export function transferable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return owned ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** A photo's header as it crosses (null: its metadata cannot be removed), and back again. */
export interface HeadMessage {
  head: Uint8Array | null;
  bodyLength: number;
}

export function headMessage(head: PhotoHead | null): HeadMessage {
  return { head: head?.head ?? null, bodyLength: head?.bodyLength ?? 0 };
}

export function headFrom(message: HeadMessage): PhotoHead | null {
  return message.head === null ? null : { head: Buffer.from(message.head.buffer, message.head.byteOffset, message.head.byteLength), bodyLength: message.bodyLength };
}
