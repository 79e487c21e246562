// Drafts kept in the vault (issue 11, item 3), in the real UI: what she was writing survives quick
// exit (the exit is not held up: the page is blank at once), an idle lock and a reload of the page;
// after unlock the timeline says "you were writing this"; throwing it away asks first. Nothing is
// kept in the browser's storage.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DRAFT_TEXT_LIMIT } from '../../shared/drafts';
import { createVault, KEY_DERIVATION_MS, PASSPHRASE } from './coreFlow';
import { chooseFile, expectOnlyLocalRequests, openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const exact = { exact: true } as const;

async function unlockAgain(s: Session, page: Page): Promise<void> {
  const { t, harness } = s;
  await expect(page.getByRole('heading', { level: 1, name: t('vault.unlockTitle') })).toBeVisible();
  await chooseFile(page, harness, t('vault.location'), join(harness.dir, 'notes.dossier'));
  await page.getByLabel(t('vault.passphrase'), exact).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });
}

async function startWriting(s: Session, text: string): Promise<void> {
  const { page, t } = s;
  await page.getByRole('button', { name: t('timeline.newEntry') }).click();
  await page.getByLabel(t('entry.whatHappened'), exact).fill(text);
}

/** Whether the vault is open. A call still on its way when the lock ends the service process is
 *  answered VAULT_LOCKED (main/serviceHost/remoteService.ts): that too says "locked". */
async function vaultStatus(s: Session): Promise<unknown> {
  return s.harness.call('vault.status').catch((error: unknown) => (error instanceof Error && error.message === 'VAULT_LOCKED' ? { open: false } : Promise.reject(error)));
}

async function expectNoBrowserStorage(page: Page): Promise<void> {
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
}

test('quick exit straight after typing: the page is gone at once, and the draft is back after unlock', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t } = session;
  await createVault(session, 'drafts-quick-exit', false);
  await startWriting(session, 'Черновик: он пришёл ночью и ломился в дверь');
  // No wait for the pause-in-typing save: the change rides with the exit call.
  await page.getByRole('button', { name: t('common.quickExit') }).click();
  await expect(page).toHaveURL('about:blank');
  expect(await vaultStatus(session)).toEqual({ open: false });

  await page.goto(session.harness.url);
  await unlockAgain(session, page);
  const unfinished = page.getByRole('region', { name: t('entry.unfinishedTitle') });
  await expect(unfinished).toContainText('Черновик: он пришёл ночью');
  await unfinished.getByRole('button', { name: t('entry.unfinishedContinue') }).click();
  await expect(page.getByText(t('entry.draftRestored'))).toBeVisible();
  await expect(page.getByLabel(t('entry.whatHappened'), exact)).toHaveValue('Черновик: он пришёл ночью и ломился в дверь');
  await expectNoBrowserStorage(page);
  expectOnlyLocalRequests(session);
});

test('suspend: what main asks the page to save in the last moment is in the vault when it locks', async ({ page }) => {
  await page.clock.install(); // the pause-in-typing save never fires by itself here
  session = await openApp(page, 'ru');
  const { t } = session;
  await createVault(session, 'drafts-suspend', false);
  await startWriting(session, 'Крышка закрылась: он снова написал ночью');
  // What main/electron/app.ts runs on suspend before it locks the vault.
  await page.evaluate(() => (window as unknown as { dossierSaveDraft?: () => Promise<void> }).dossierSaveDraft?.());
  await session.harness.call('vault.lock');
  await page.reload();
  await unlockAgain(session, page);
  await expect(page.getByRole('region', { name: t('entry.unfinishedTitle') })).toContainText('Крышка закрылась');
});

test('an idle lock and then a reload of the page lose nothing; throwing the draft away asks first', async ({ page }) => {
  await page.clock.install();
  session = await openApp(page, 'en');
  const { t } = session;
  await createVault(session, 'drafts-idle', false);
  await startWriting(session, 'Half-written: he took the car keys');
  await page.clock.fastForward('05:01');
  await expect(page.getByText(t('vault.lockedIdle', { minutes: 5 }))).toBeVisible();
  // The screen locks at once; the draft is saved and the vault locked a moment later, behind it.
  await expect.poll(() => vaultStatus(session!)).toEqual({ open: false });
  await expect(page.locator('body')).not.toContainText('Half-written');
  // A reload drops the page's memory: only the vault can bring the draft back now.
  await page.reload();
  await unlockAgain(session, page);
  const unfinished = page.getByRole('region', { name: t('entry.unfinishedTitle') });
  await expect(unfinished).toContainText('Half-written: he took the car keys');
  await expectNoBrowserStorage(page);

  // Throw it away: asked first; "No" keeps it.
  await unfinished.getByRole('button', { name: t('entry.discard') }).click();
  await expect(unfinished.getByText(t('entry.discardQuestion'))).toBeVisible();
  await unfinished.getByRole('button', { name: t('entry.discardNo') }).click();
  await expect(unfinished).toContainText('Half-written');
  await unfinished.getByRole('button', { name: t('entry.discard') }).click();
  await unfinished.getByRole('button', { name: t('entry.discardYes') }).click();
  await expect(unfinished).toHaveCount(0);

  // Gone from the vault too: not back after another reload and unlock.
  await page.reload();
  await unlockAgain(session, page);
  await expect(page.getByText(t('timeline.empty'))).toBeVisible();
  await expect(page.getByRole('region', { name: t('entry.unfinishedTitle') })).toHaveCount(0);
});

test('in the editor: a kept draft is said, one too long for an entry is refused in words and stays on screen, throwing away asks first', async ({ page }) => {
  session = await openApp(page, 'en');
  const { t } = session;
  await createVault(session, 'drafts-editor', false);
  await startWriting(session, 'Something to throw away');
  await expect(page.getByRole('status').filter({ hasText: t('entry.draftSaved') })).toBeVisible();
  // Longer than an entry may be: said in words, and every character stays on screen.
  const tooLong = 'я'.repeat(DRAFT_TEXT_LIMIT + 1);
  await page.getByLabel(t('entry.whatHappened'), exact).fill(tooLong);
  await expect(page.getByRole('alert').filter({ hasText: t('errors.DRAFT_TOO_LARGE') })).toBeVisible();
  expect(await page.getByLabel(t('entry.whatHappened'), exact).inputValue()).toHaveLength(DRAFT_TEXT_LIMIT + 1);
  await page.getByLabel(t('entry.whatHappened'), exact).fill('Something to throw away');
  await expect(page.getByRole('status').filter({ hasText: t('entry.draftSaved') })).toBeVisible();
  await page.getByRole('button', { name: t('entry.discard') }).click();
  await expect(page.getByText(t('entry.discardQuestion'))).toBeVisible();
  await expect(page.getByLabel(t('entry.whatHappened'), exact)).toHaveValue('Something to throw away');
  await page.getByRole('button', { name: t('entry.discardYes') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible();
  // Gone from the vault (the page asked for that on the click; this asks the vault directly).
  await expect.poll(() => session?.harness.call('drafts.list')).toEqual([]);
});
