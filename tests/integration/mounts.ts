// Real file systems for the tests that need one (CI runs as root, STACK.md): a small tmpfs for a
// full disk (a real ENOSPC, not a file-size limit) and a FAT image mounted through FUSE (fusefat),
// where link() fails with EPERM as on a real FAT/exFAT stick. Call them inside a test: each mount
// is undone when that test finishes (before any afterAll removes the folder around it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

function mounted(dir: string, unmount: () => void): string {
  onTestFinished(() => {
    try {
      unmount();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return dir;
}

/** A tmpfs of `bytes` (rounded up to whole 4 KiB pages by the kernel) at parent/name. */
export function smallDisk(parent: string, name: string, bytes: number): string {
  const dir = join(parent, name);
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir]);
  return mounted(dir, () => execFileSync('umount', [dir]));
}

/** A FAT32 stick of `megabytes` (an image file in `parent`) mounted read-write at parent/name. */
export function fatStick(parent: string, name: string, megabytes = 64): string {
  const image = join(parent, `${name}.img`);
  const dir = join(parent, name);
  mkdirSync(dir);
  execFileSync('truncate', ['-s', `${megabytes}M`, image]);
  execFileSync('mkfs.vfat', ['-F', '32', image], { stdio: 'ignore' });
  execFileSync('fusefat', ['-o', 'rw+', image, dir]);
  return mounted(dir, () => {
    execFileSync('fusermount', ['-u', dir]);
    rmSync(image, { force: true });
  });
}
