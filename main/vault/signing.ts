// The vault's signing identity: one RSA key and a self-signed X.509 certificate, made once and kept
// inside the encrypted vault. Every dossier exported from the vault is signed with it, so a reader
// can see that two dossiers came from the same vault and that neither was changed after export.
// The certificate names no person (the survivor may be watched): only "Dossier vault <id prefix>".
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { DossierError } from '../../shared/errors';
import type { Db } from './sqlite';

export interface SigningIdentity {
  privateKeyPem: string;
  certificatePem: string;
  fingerprintSha256: string;
}

/** Long validity on purpose: a court may look at a dossier years after it was exported, and an
 *  expired self-signed certificate would only add a confusing warning. */
const VALIDITY_YEARS = 30;

interface IdentityRow {
  private_key_pem: string;
  certificate_pem: string;
  fingerprint_sha256: string;
}

export function certificateFingerprint(certificatePem: string): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(certificatePem))).getBytes();
  return createHash('sha256').update(Buffer.from(der, 'binary')).digest('hex');
}

/** node:crypto makes the key (native, ~100 ms); node-forge only assembles and signs the certificate. */
export function newSigningIdentity(commonName: string, now: Date): SigningIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A positive serial (first bit clear), 16 random bytes as RFC 5280 §4.1.2.2 recommends.
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  const notAfter = new Date(now.getTime());
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALIDITY_YEARS);
  cert.validity.notAfter = notAfter;
  const name = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'Dossier' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  const certificatePem = forge.pki.certificateToPem(cert);
  return { privateKeyPem: privateKey, certificatePem, fingerprintSha256: certificateFingerprint(certificatePem) };
}

async function readIdentity(db: Db): Promise<SigningIdentity | null> {
  const row = await db.get<IdentityRow & Record<string, unknown>>(
    'SELECT private_key_pem, certificate_pem, fingerprint_sha256 FROM signing_identity WHERE id = 1',
  );
  if (!row) return null;
  if (typeof row.private_key_pem !== 'string' || typeof row.certificate_pem !== 'string' || !/^[0-9a-f]{64}$/.test(String(row.fingerprint_sha256))) {
    throw new DossierError('VAULT_CORRUPT', { table: 'signing_identity' });
  }
  return { privateKeyPem: row.private_key_pem, certificatePem: row.certificate_pem, fingerprintSha256: row.fingerprint_sha256 };
}

/** Returns the vault's identity, creating it (in its own transaction) when the vault has none yet.
 *  Call outside any other transaction; the service queue keeps calls from interleaving. */
export async function ensureSigningIdentity(db: Db, now: () => Date): Promise<SigningIdentity> {
  const existing = await readIdentity(db);
  if (existing) return existing;
  const vaultId = (await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'vault_id'"))?.value ?? '';
  const identity = newSigningIdentity(`Dossier vault ${vaultId.slice(0, 8) || 'key'}`.trim(), now());
  return db.transaction(async () => {
    const raced = await readIdentity(db);
    if (raced) return raced;
    await db.run(
      'INSERT INTO signing_identity (id, created_at, private_key_pem, certificate_pem, fingerprint_sha256) VALUES (1, ?, ?, ?, ?)',
      [now().toISOString(), identity.privateKeyPem, identity.certificatePem, identity.fingerprintSha256],
    );
    return identity;
  });
}
