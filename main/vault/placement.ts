// Putting a finished file in its place, for every file Dossier writes out (backups, restored vaults,
// saved attachments, dossiers): never over a file the open vault is using, never over an existing
// file unless asked, and the same promise on USB sticks formatted FAT or exFAT, which have no hard
// links (link() fails there with EPERM): the name is then claimed with O_EXCL and the finished
// temporary file renamed over that empty claim — still nothing of anyone else's is replaced.
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DossierError } from '../../shared/errors';

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

async function realPlace(path: string): Promise<string> {
  const folder = await fs.realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
  return join(folder, basename(path));
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

/** Refuses `target` when it is the open vault or its rollback journal, by name (through symlinked
 *  folders) or as the same file (a hard link, another spelling). Writing there would rename a new
 *  file over the live vault: the next save would say ok and be gone after reopening. */
export async function refuseOpenVaultFile(target: string, vaultPath: string | null, refusal: () => DossierError): Promise<void> {
  if (vaultPath === null) return;
  const place = await realPlace(target);
  for (const used of [vaultPath, `${vaultPath}-journal`]) {
    if (place === (await realPlace(used)) || (await sameFile(target, used))) throw refusal();
  }
}

/** Gives the finished `temporary` the name `target`: replacing an existing file only when asked. */
export async function putInPlace(temporary: string, target: string, overwrite: boolean, exists: () => DossierError): Promise<void> {
  if (overwrite) {
    await fs.rename(temporary, target);
    return;
  }
  try {
    // link() fails if the target exists, so there is no window in which a file could be replaced.
    await fs.link(temporary, target);
    await fs.rm(temporary, { force: true });
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw exists();
    if (!NO_HARD_LINKS.has(code)) throw error;
  }
  let claim;
  try {
    claim = await fs.open(target, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? exists() : error;
  }
  await claim.close();
  try {
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(target, { force: true });
    throw error;
  }
}
