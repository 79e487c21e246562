// The service in its own process, seen from the window: lock during a running export answers at
// once and leaves no part of the dossier; a service process that dies shows the unlock screen with
// a plain sentence, and the vault opens again; damage found by the check after unlock is said plainly.
import { openSync, readSync, readdirSync, writeSync, closeSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createVault, PASSPHRASE } from './coreFlow';
import { checkScreen, openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

/** Unlocks; she comes back to the screen she was on (`heading`). */
async function unlock(session: Session, heading: string): Promise<void> {
  const { page, t } = session;
  await page.getByLabel(t('vault.passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('a service process that dies shows the unlock screen with a plain sentence; the vault opens again', async ({ page }) => {
  session = await openApp(page, 'en');
  const { t, harness } = session;
  await createVault(session, 'stopped', false);
  const pid = (await harness.call('harness.servicePid')) as number;
  process.kill(pid, 'SIGKILL');
  // The next thing she does reaches a process without the vault: the page goes to the unlock screen.
  await page.getByRole('link', { name: t('common.navPeople') }).or(page.getByRole('button', { name: t('common.navPeople') })).first().click();
  await expect(page.getByText(t('errors.SERVICE_STOPPED')).first()).toBeVisible();
  await expect(page.getByLabel(t('vault.passphrase'), { exact: true })).toBeVisible();
  await checkScreen(page, 'service-stopped');
  await unlock(session, t('people.title'));
  expect(await harness.call('vault.verify')).toMatchObject({ integrity: true, cipherIntegrity: true, ledger: { ok: true } });
});

test('damage in the vault file is found right after unlock and said plainly, with the way to a backup', async ({ page }) => {
  session = await openApp(page, 'en');
  const { t, harness } = session;
  const path = await createVault(session, 'damaged', false);
  await harness.call('entries.create', {
    draft: { kind: 'incident', title: 'one entry', text: 'x'.repeat(20_000), occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' } },
  });
  await page.getByRole('button', { name: t('common.lock'), exact: true }).click();
  // One flipped byte in the last page: unlock reads only what it needs, the check after it reads all.
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, size - 2000);
  byte[0] = byte[0]! ^ 0x5a;
  writeSync(fd, byte, 0, 1, size - 2000);
  closeSync(fd);
  await unlock(session, t('timeline.title'));
  await expect(page.getByRole('alert').filter({ hasText: t('vault.damaged') })).toBeVisible();
  await checkScreen(page, 'vault-damaged');
  await page.getByRole('button', { name: t('vault.damagedAction') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('settings.title') })).toBeVisible();
  expect(readdirSync(harness.dir).filter((name) => name.endsWith('.part'))).toEqual([]);
});
