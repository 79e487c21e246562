// Files that arrive as base64 text (drag and drop in the UI) are whole in memory twice over (the
// text and its bytes) before anything can stream them: their size is checked on the text, before
// it is decoded, so a huge drop is FILE_TOO_LARGE rather than an out-of-memory crash.
import { DossierError } from '../shared/errors';

/** Largest file accepted as base64 (decoded size). Larger files go by path (picker, CLI). */
export const BASE64_SOURCE_LIMIT = 256 * 1024 * 1024;

export function bytesOfBase64(base64: string, limitBytes = BASE64_SOURCE_LIMIT): Buffer {
  // Four characters carry three bytes; padding only ever shortens the result.
  if (Math.floor(base64.length / 4) * 3 > limitBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes });
  return Buffer.from(base64, 'base64');
}
