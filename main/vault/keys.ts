// Key derivation: Argon2id over the passphrase with the vault file's own 16-byte salt.
// The derived 32 bytes are handed to SQLCipher in raw-key mode, so SQLCipher's own PBKDF2 is skipped
// (it would add ~120 ms and no strength on top of Argon2id).
import { randomBytes } from 'node:crypto';
import { argon2id } from 'hash-wasm';

export interface KdfParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  keyBytes: number;
}

/** OWASP's first Argon2id option is 19 MiB/t=2; we take 64 MiB/t=3 (RFC 9106 second recommendation).
 *  To raise it later: make the new set KDF and keep this one in KNOWN_KDFS (kdfUpgrade.ts). */
export const KDF: KdfParams = { algorithm: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1, keyBytes: 32 };
/** Every parameter set a Dossier vault was ever keyed with, newest first: tried in turn on unlock. */
export const KNOWN_KDFS: readonly KdfParams[] = [KDF];
export const SALT_BYTES = 16;

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES);
}

export async function deriveKey(passphrase: string, salt: Uint8Array, params: KdfParams = KDF): Promise<Buffer> {
  const key = await argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: params.keyBytes,
    outputType: 'binary',
  });
  return Buffer.from(key);
}

/** SQLCipher raw key with explicit salt: x'<64 hex key><32 hex salt>' (SQLCipher API, "Raw Key Data"). */
export function rawKeyPragmaValue(key: Uint8Array, salt: Uint8Array): string {
  return `x'${Buffer.from(key).toString('hex')}${Buffer.from(salt).toString('hex')}'`;
}
