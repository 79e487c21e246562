// Opening a hand-over (what the lawyer runs): decrypt with the hand-over passphrase, check every
// file against the index in memory, and only then write them — into a new folder beside the
// target, moved into place at the end. A wrong passphrase, a cut-off or altered file: nothing is
// written. An existing folder with anything in it is never written into.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Decrypter } from 'age-encryption';
import { DossierError } from '../../shared/errors';
import { isWriteFailure } from '../vault/files';
import { DOSSIER_FILE, unpackHandover, type HandoverIndex } from './layout';
import { handoverPassphraseAsSealed } from './passphrase';

export interface OpenedHandover {
  path: string;
  fingerprint: string;
  dossier: { file: string; sha256: string; bytes: number };
  originals: { file: string; exhibit: string; sha256: string; bytes: number }[];
  originalsLeftOut: number;
}

async function refuseUsedFolder(dir: string): Promise<void> {
  const parent = await fs.stat(dirname(dir)).catch(() => null);
  if (!parent?.isDirectory()) throw new DossierError('INVALID_INPUT', { field: 'out', reason: 'the folder it goes into does not exist' });
  const existing = await fs.lstat(dir).catch(() => null);
  if (!existing) return;
  if (!existing.isDirectory()) throw new DossierError('INVALID_INPUT', { field: 'out', reason: 'a file with that name exists; choose a new folder' });
  if ((await fs.readdir(dir)).length > 0) throw new DossierError('INVALID_INPUT', { field: 'out', reason: 'that folder is not empty; choose a new or empty folder' });
}

async function readSealed(file: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new DossierError('FILE_NOT_FOUND');
  if (stat.isDirectory()) throw new DossierError('NOT_A_FILE');
  return fs.readFile(file).catch(() => {
    throw new DossierError('FILE_NOT_FOUND');
  });
}

async function decrypt(sealed: Uint8Array, typed: string): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  const asSealed = handoverPassphraseAsSealed(typed);
  decrypter.addPassphrase(asSealed);
  if (asSealed !== typed) decrypter.addPassphrase(typed);
  try {
    return await decrypter.decrypt(sealed);
  } catch (error) {
    // age says "no identity matched" when the passphrase does not unwrap the key; anything else
    // (the header, a chunk's tag, the end) means the file is not whole.
    if (error instanceof Error && /no identity matched/i.test(error.message)) throw new DossierError('WRONG_PASSPHRASE', { field: 'passphrase', reason: 'the hand-over passphrase does not open this file' });
    throw new DossierError('HANDOVER_DAMAGED', { reason: 'the file cannot be decrypted whole' });
  }
}

export async function openHandover(file: string, passphrase: string, dir: string): Promise<OpenedHandover> {
  await refuseUsedFolder(dir);
  const plain = await decrypt(await readSealed(file), passphrase);
  const { index, files } = unpackHandover(plain);
  const partial = join(dirname(dir), `.${basename(dir)}.partial-${randomBytes(6).toString('hex')}`);
  try {
    await fs.mkdir(partial, { mode: 0o700 });
    for (const [name, bytes] of files) {
      const target = join(partial, ...name.split('/'));
      await fs.mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await fs.writeFile(target, bytes, { flag: 'wx', mode: 0o600 });
    }
    // Checked again just before the move: nothing may have appeared in the folder meanwhile.
    await refuseUsedFolder(dir);
    await fs.rmdir(dir).catch(() => undefined);
    await fs.rename(partial, dir);
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof DossierError) throw error;
    throw isWriteFailure(error) ? new DossierError('DISK_FULL') : new DossierError('INVALID_INPUT', { field: 'out', reason: 'cannot write there' });
  } finally {
    plain.fill(0);
  }
  return describe(dir, index);
}

function describe(dir: string, index: HandoverIndex): OpenedHandover {
  return {
    path: dir,
    fingerprint: index.fingerprint,
    dossier: { ...index.dossier, file: join(dir, DOSSIER_FILE) },
    originals: index.originals.map((o) => ({ ...o, file: join(dir, ...o.file.split('/')) })),
    originalsLeftOut: index.originalsLeftOut,
  };
}
