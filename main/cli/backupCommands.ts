// `dossier backup` and `dossier restore`: an encrypted copy for a USB stick, and getting it back;
// `dossier passphrase`: a new passphrase for the vault.
import { createService } from '../service';
import { EXIT, jsonOption, print, requireString, vaultOption, withVault, type Command } from './command';
import { requireStrongPassphrase } from '../../shared/passphraseStrength';
import { NEW_PASSPHRASE_ENV, readPassphrase } from './passphrase';

export const backupCommands: Record<string, Command> = {
  backup: {
    summary: 'write an encrypted copy of the vault (same passphrase) to a file, e.g. on a USB stick',
    usage: 'dossier backup --vault PATH --out FILE [--force] [--json]\n  Never replaces an existing file unless --force is given.',
    options: { ...vaultOption, ...jsonOption, out: { type: 'string' }, force: { type: 'boolean' } },
    async run(values, _p, out) {
      const path = requireString(values, 'out');
      return withVault(values, async (service) => {
        const result = await service['vault.backup']({ path, overwrite: values.force === true });
        print(out, values, result, () => `Backup written (${result.bytes} bytes). It opens with the same passphrase.`);
        return EXIT.ok;
      });
    },
  },
  restore: {
    summary: 'check a backup with its passphrase, then restore it as a vault',
    usage: 'dossier restore --from FILE --vault PATH [--force] [--json]\n  Asks for the backup\'s passphrase (or reads DOSSIER_PASSPHRASE). The backup is verified in full\n  before anything is written; an existing vault is never replaced unless --force is given.',
    options: { ...vaultOption, ...jsonOption, from: { type: 'string' }, force: { type: 'boolean' } },
    async run(values, _p, out) {
      const from = requireString(values, 'from');
      const to = requireString(values, 'vault');
      const passphrase = await readPassphrase({ confirm: false });
      const result = await createService()['vault.restore']({ from, passphrase, to, overwrite: values.force === true });
      print(out, values, result, () => `Restored and verified: ${result.entries} entries.`);
      return EXIT.ok;
    },
  },
  passphrase: {
    summary: 'change the vault\'s passphrase (nothing in its folder opens with the old one afterwards)',
    usage:
      'dossier passphrase --vault PATH [--json]\n  The current passphrase from DOSSIER_PASSPHRASE, the new one from DOSSIER_NEW_PASSPHRASE, or both asked\n  without echo (the new one twice). A new passphrase that is easy to guess is refused (WEAK_PASSPHRASE).\n  Backups made before still open with the old passphrase.',
    options: { ...vaultOption, ...jsonOption },
    async run(values, _p, out) {
      const current = await readPassphrase({ confirm: false });
      return withVault(values, async (service) => {
        const next = await readPassphrase({ confirm: true, env: NEW_PASSPHRASE_ENV, prompt: 'New passphrase' });
        requireStrongPassphrase(next);
        await service['vault.changePassphrase']({ current, next });
        print(out, values, { changed: true }, () => 'The passphrase is changed. Backups made before still open with the old one.');
        return EXIT.ok;
      }, current);
    },
  },
};
