// Bytes ↔ base64 in the page, for files that are dropped (sent to the vault) and for attachment
// previews (read back from it). Everything stays in memory.

/** Dropped files larger than this go in by path instead: their base64 would have to cross to the
 *  main process in one message. */
export const DROP_LIMIT_BYTES = 64 * 1024 * 1024;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Image types a preview may show (the CSP allows blob: images only). */
export function isPreviewableImage(mime: string): boolean {
  return /^image\/(png|jpeg|gif|webp|bmp)$/.test(mime);
}

let counter = 0;
export function localId(): string {
  counter += 1;
  return `f${Date.now().toString(36)}${counter}`;
}
