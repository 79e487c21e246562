// While the disguise is on, the app must find her vault from nothing but her passphrase typed where a
// note's title goes: the vault's location is kept sealed under that passphrase (Argon2id, the vault's
// own parameters, with a salt of its own; then AES-256-GCM). Without the passphrase the sealed text
// is random bytes: it says neither where the vault is nor that there is one. A wrong passphrase
// fails the GCM tag, which is how "nothing happened" is told from "open it".
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { deriveKey, SALT_BYTES } from './vault/keys';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export async function sealLocation(path: string, passphrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const key = await deriveKey(passphrase, salt);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const sealed = Buffer.concat([cipher.update(path, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), salt, iv, cipher.getAuthTag(), sealed]).toString('base64');
  } finally {
    key.fill(0);
  }
}

/** The vault's location, or null when this passphrase is not the one it was sealed with (or the
 *  sealed text is damaged). Costs one Argon2id derivation either way. */
export async function openLocation(sealedText: string, passphrase: string): Promise<string | null> {
  const bytes = Buffer.from(sealedText, 'base64');
  const head = 1 + SALT_BYTES + IV_BYTES + TAG_BYTES;
  const salt = bytes.length > head && bytes[0] === VERSION ? bytes.subarray(1, 1 + SALT_BYTES) : randomBytes(SALT_BYTES);
  // Derived even for a damaged text: every try costs the same.
  const key = await deriveKey(passphrase, salt);
  try {
    if (bytes.length <= head || bytes[0] !== VERSION) return null;
    const iv = bytes.subarray(1 + SALT_BYTES, 1 + SALT_BYTES + IV_BYTES);
    const tag = bytes.subarray(1 + SALT_BYTES + IV_BYTES, head);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(bytes.subarray(head)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  } finally {
    key.fill(0);
  }
}
