// Key derivation: Argon2id over the passphrase with the vault file's own 16-byte salt.
// The derived 32 bytes are handed to SQLCipher in raw-key mode, so SQLCipher's own PBKDF2 is skipped
// (it would add ~120 ms and no strength on top of Argon2id).
import { randomBytes } from 'node:crypto';
import { argon2id } from 'hash-wasm';

/** OWASP's first Argon2id option is 19 MiB/t=2; we take 64 MiB/t=3 (RFC 9106 second recommendation). */
export const KDF = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1, keyBytes: 32 } as const;
export const SALT_BYTES = 16;

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES);
}

export async function deriveKey(passphrase: string, salt: Uint8Array): Promise<Buffer> {
  const key = await argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    parallelism: KDF.parallelism,
    iterations: KDF.iterations,
    memorySize: KDF.memoryKiB,
    hashLength: KDF.keyBytes,
    outputType: 'binary',
  });
  return Buffer.from(key);
}

/** SQLCipher raw key with explicit salt: x'<64 hex key><32 hex salt>' (SQLCipher API, "Raw Key Data"). */
export function rawKeyPragmaValue(key: Uint8Array, salt: Uint8Array): string {
  return `x'${Buffer.from(key).toString('hex')}${Buffer.from(salt).toString('hex')}'`;
}
