// Reads a vault's pages as SQLCipher 4 stores them and decrypts every one with the vault's key, so
// a test can look at what is really in the file — freelist pages and unused space included — rather
// than at what SQL chooses to show. Layout (SQLCipher 4 defaults, raw key): 4096-byte pages, each
// ending in 80 reserved bytes (16-byte IV, then the HMAC); page 1 starts with the 16-byte salt;
// AES-256-CBC over the rest, keyed directly by the raw key.
import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deriveKey, SALT_BYTES } from '../../main/vault/keys';

const PAGE = 4096;
const RESERVE = 80;
const IV = 16;

export async function decryptedPages(path: string, passphrase: string): Promise<Buffer> {
  const file = readFileSync(path);
  const key = await deriveKey(passphrase, file.subarray(0, SALT_BYTES));
  const pages: Buffer[] = [];
  for (let at = 0; at + PAGE <= file.length; at += PAGE) {
    const first = at === 0 ? SALT_BYTES : 0;
    const iv = file.subarray(at + PAGE - RESERVE, at + PAGE - RESERVE + IV);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    pages.push(Buffer.concat([decipher.update(file.subarray(at + first, at + PAGE - RESERVE)), decipher.final()]));
  }
  key.fill(0);
  return Buffer.concat(pages);
}
