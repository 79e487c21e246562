// SQLCipher wipes the memory it used for keys and pages (cipher_memory_security) on every
// connection Dossier opens, created or reopened: key copies do not linger in the native heap.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, openVault } from '../../main/vault/connection';
import { PASSPHRASE, tempFolder } from './helpers';

describe('SQLCipher memory security', () => {
  const dir = tempFolder('dossier-memsec-');

  it('is on for a new vault and for every later open', async () => {
    const path = join(dir, 'v.dossier');
    const created = await createVault(path, PASSPHRASE);
    expect(await created.db.all('PRAGMA cipher_memory_security')).toEqual([{ cipher_memory_security: '1' }]);
    await created.db.close();
    const opened = await openVault(path, PASSPHRASE);
    expect(await opened.db.all('PRAGMA cipher_memory_security')).toEqual([{ cipher_memory_security: '1' }]);
    await opened.db.close();
  });
});
