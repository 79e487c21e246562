// Bytes from base64 in the page, for attachment previews read back from the vault. Everything
// stays in memory (files she adds go in by handle: their bytes never pass through the page).

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
