// Run in a child process under `ulimit -f` (dossier-limits.test.ts): exports, and prints the error
// code it got. Node ignores SIGXFSZ, so the write fails with EFBIG as a full disk's would with ENOSPC.
import { DossierError } from '../../shared/errors';
import { exportDossierFile, openVault } from './dossierFixture';

async function main(): Promise<void> {
  const [vaultPath, out] = process.argv.slice(2);
  const vault = await openVault(vaultPath!);
  try {
    await exportDossierFile(vault, { language: 'ru' }, out!);
    process.stdout.write('OK\n');
  } catch (error) {
    process.stdout.write(`${error instanceof DossierError ? error.code : 'UNCODED'}\n`);
  } finally {
    await vault.close();
  }
}

void main();
