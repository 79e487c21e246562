// Migration 002 and the vault's signing identity, on real encrypted files.
import { randomBytes, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawKeyPragmaValue } from '../../main/vault/keys';
import { migrate, schemaVersion } from '../../main/vault/migrations';
import { certificateFingerprint, ensureSigningIdentity } from '../../main/vault/signing';
import { Db } from '../../main/vault/sqlite';
import { openVault } from './dossierFixture';
import { expectCode, newVault, tempFolder } from './helpers';

async function encryptedDb(path: string): Promise<Db> {
  const db = await Db.open(path, 'create');
  await db.exec('PRAGMA cipher_log_level = NONE');
  await db.exec(`PRAGMA key = "${rawKeyPragmaValue(randomBytes(32), randomBytes(16))}"`);
  return db;
}

describe('signing identity', () => {
  const dir = tempFolder('dossier-signing-');

  it('002 adds the signing_identity table to a version-1 vault, which then allows one row only', async () => {
    const db = await encryptedDb(join(dir, 'm2.db'));
    expect(await migrate(db, 1)).toBe(1);
    expect(await migrate(db, 2)).toBe(2);
    expect(await schemaVersion(db)).toBe(2);
    const columns = await db.all<{ name: string }>('PRAGMA table_info(signing_identity)');
    expect(columns.map((c) => c.name)).toEqual(['id', 'created_at', 'private_key_pem', 'certificate_pem', 'fingerprint_sha256']);
    await expect(db.run("INSERT INTO signing_identity VALUES (2, 'x', 'k', 'c', 'f')")).rejects.toThrow();
    await db.close();
  });

  it('is created with the vault (or lazily for an older one), kept in it, and names no person', async () => {
    const { service, path } = await newVault(dir, 'identity.dossier');
    await service.close();
    const vault = await openVault(path);
    const first = await ensureSigningIdentity(vault.db, () => new Date('2024-04-01T09:00:00Z'));
    const again = await ensureSigningIdentity(vault.db, () => new Date());
    expect(again).toEqual(first);
    const cert = new X509Certificate(first.certificatePem);
    expect(cert.subject).toMatch(/^CN=Dossier vault [0-9a-f]{8}\nO=Dossier$/);
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(await import('node:crypto').then((c) => c.createPrivateKey(first.privateKeyPem)))).toBe(true);
    expect(new Date(cert.validTo).getUTCFullYear() - new Date(cert.validFrom).getUTCFullYear()).toBe(30);
    expect(first.fingerprintSha256).toBe(certificateFingerprint(first.certificatePem));
    expect(first.fingerprintSha256).toBe(cert.fingerprint256.replace(/:/g, '').toLowerCase());
    await vault.close();
    const reopened = await openVault(path);
    expect((await ensureSigningIdentity(reopened.db, () => new Date())).fingerprintSha256).toBe(first.fingerprintSha256);
    await reopened.close();
  });

  it('a damaged row is reported as a corrupt vault, not used', async () => {
    const db = await encryptedDb(join(dir, 'bad.db'));
    await migrate(db);
    await db.run("INSERT INTO signing_identity VALUES (1, 'x', 'key', 'cert', 'not-a-hash')");
    await expectCode(ensureSigningIdentity(db, () => new Date()), 'VAULT_CORRUPT');
    await db.close();
  });
});
