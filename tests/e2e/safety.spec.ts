// Safety behaviour: auto-lock when idle (with the draft kept, never in the browser), the growing wait after
// wrong passphrases, languages switched before unlocking, and a page that still works at 200 % zoom.
import { basename } from 'node:path';
import { expect, test } from '@playwright/test';
import { translator } from '../../renderer/i18n';
import { createVault, PASSPHRASE } from './coreFlow';
import { checkScreen, expectOnlyLocalRequests, openApp, screenshot, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

test('locks itself after 5 idle minutes; the unsaved draft comes back after unlocking, and was never stored in the browser', async ({ page }) => {
  await page.clock.install();
  session = await openApp(page, 'en');
  const { t } = session;
  await createVault(session, 'idle', false);
  await page.getByRole('button', { name: t('timeline.newEntry') }).click();
  await page.getByLabel(t('entry.whatHappened'), { exact: true }).fill('Half-written: he came back at night');
  await page.clock.fastForward('05:01');
  await expect(page.getByText(t('vault.lockedIdle', { minutes: 5 }))).toBeVisible();
  // The screen locks at once; the draft is saved and the vault locked a moment later, behind it.
  await expect.poll(() => session!.harness.call('vault.status')).toEqual({ open: false });
  await expect(page.locator('body')).not.toContainText('Half-written');
  // Nothing in web storage: drafts live in memory and inside the vault (drafts.spec.ts).
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await checkScreen(page, 'idle-locked');
  await page.getByLabel(t('vault.passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
  await expect(page.getByText(t('entry.draftRestored'))).toBeVisible();
  await expect(page.getByLabel(t('entry.whatHappened'), { exact: true })).toHaveValue('Half-written: he came back at night');
  expectOnlyLocalRequests(session);
});

test('after three wrong passphrases the wait is shown in plain words and the button waits', async ({ page }) => {
  session = await openApp(page, 'en');
  const { t } = session;
  const path = await createVault(session, 'throttle', false);
  await page.getByRole('button', { name: t('common.lock'), exact: true }).click();
  await expect(page.getByRole('group', { name: t('vault.location') }).locator('.file-name')).toHaveText(basename(path));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.getByLabel(t('vault.passphrase'), { exact: true }).fill(`wrong ${attempt}`);
    await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
    await expect(page.getByText(t('vault.wrongPassphrase'))).toBeVisible();
  }
  await expect(page.locator('.note-wait')).toContainText(/5|4/);
  await expect(page.getByRole('button', { name: t('vault.unlockButton'), exact: true })).toBeDisabled();
  await screenshot(page, 'throttle-wait');
  // The wait lives in the main process: a reload does not reset it.
  await page.reload();
  await expect(page.locator('.note-wait')).toBeVisible();
});

test('the language can be chosen before unlocking: Belarusian and Ukrainian core screens', async ({ page }) => {
  session = await openApp(page, 'ru');
  for (const language of ['be', 'uk'] as const) {
    const t = translator(language);
    await page.getByLabel(translator('ru')('common.language')).or(page.locator('.language-picker select')).first().selectOption(language);
    await expect(page.getByRole('heading', { level: 1, name: t('vault.unlockTitle') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.getByRole('button', { name: t('vault.createLink') }).click();
    await expect(page.getByText(t('vault.lostText'))).toBeVisible();
    await checkScreen(page, `${language}-create`);
    await page.getByRole('button', { name: t('vault.backToUnlock') }).first().click();
  }
});

test('at 200 % zoom everything still fits: no sideways scrolling, quick exit visible', async ({ browser }) => {
  // 200 % zoom of a 1280×900 window is a 640×450 CSS-pixel viewport at twice the pixel density.
  const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, locale: 'ru-RU' });
  const page = await context.newPage();
  session = await openApp(page, 'ru');
  await createVault(session, 'zoom', false);
  const { t } = session;
  for (const screen of ['common.navTimeline', 'common.navSettings'] as const) {
    await page.getByRole('button', { name: t(screen), exact: true }).click();
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth, `${screen}: page wider than the window`).toBeLessThanOrEqual(innerWidth);
    await expect(page.getByRole('button', { name: t('common.quickExit') })).toBeInViewport();
  }
  await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
  await page.getByRole('button', { name: t('timeline.newEntry') }).click();
  await expect(page.getByLabel(t('entry.whatHappened'), { exact: true })).toBeVisible();
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, 'editor: page wider than the window').toBeLessThanOrEqual(innerWidth);
  await screenshot(page, 'zoom-200-editor');
  await context.close();
});
