// Migration 2: the vault's own signing identity (an RSA key and a self-signed X.509 certificate),
// kept inside the encrypted vault so every dossier exported from it is signed by the same key.
// Append-only: never edit a released migration, add the next one.
export const version = 2;

export const sql = `
-- At most one row (id = 1). Created at vault creation, or lazily on the first export of a vault
-- made before this migration (main/vault/signing.ts).
CREATE TABLE signing_identity (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  created_at         TEXT NOT NULL,
  private_key_pem    TEXT NOT NULL,
  certificate_pem    TEXT NOT NULL,
  fingerprint_sha256 TEXT NOT NULL            -- SHA-256 of the certificate's DER bytes, lower-case hex
) STRICT;
`;
