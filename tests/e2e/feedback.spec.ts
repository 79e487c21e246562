// Feedback where the eye is (issue 13, item 5), in the real UI: what is missing is said beside the
// control that needs it (marked, described by the sentence, focused); what an action achieved is
// said right under its own button; the passphrase verdict follows the text she has now; writing a
// dossier again to the same file asks once instead of "some information is not valid".
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createVault, PASSPHRASE } from './coreFlow';
import { chooseFile, expectAccessible, openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const exact = { exact: true } as const;

/** The sentence is what describes the control, and it is right under it (not a screen away). */
async function expectSaidOn(control: Locator, sentence: string): Promise<void> {
  const described = await control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? ''),
  );
  expect(described).toContain(sentence);
}

async function expectJustBelow(page: Page, control: Locator, text: string): Promise<void> {
  const note = page.getByText(text, exact);
  await expect(note).toBeVisible();
  const [controlBox, noteBox] = [(await control.boundingBox())!, (await note.boundingBox())!];
  const gap = noteBox.y - (controlBox.y + controlBox.height);
  expect(gap, `"${text}" right under its control`).toBeGreaterThanOrEqual(0);
  expect(gap, `"${text}" right under its control`).toBeLessThan(80);
}

test('settings: backup, auto-lock and a new passphrase each say what is wrong or done beside their own control', async ({ page }) => {
  session = await openApp(page, 'en');
  const { t, harness } = session;
  await createVault(session, 'feedback-settings', false);
  await page.getByRole('button', { name: t('common.navSettings'), exact: true }).click();

  // Backup with no place chosen: said under the chooser, whose button takes the focus.
  const backupButton = page.getByRole('button', { name: t('settings.backupButton'), exact: true });
  await backupButton.click();
  const chooser = page.getByRole('group', { name: t('settings.backupTarget'), exact: true }).getByRole('button');
  await expect(chooser).toBeFocused();
  await expectSaidOn(chooser, t('form.needBackupTarget'));
  await expect(page.getByText(t('errors.INVALID_INPUT'))).toHaveCount(0);
  // Chosen and written: "written" right under the backup button.
  await chooseFile(page, harness, t('settings.backupTarget'), join(harness.dir, 'copy.dossier'));
  await expect(page.getByText(t('form.needBackupTarget'))).toHaveCount(0);
  await backupButton.click();
  const done = page.locator('.note-ok', { hasText: t('settings.backupDone', { size: '' }).replace(/\s*\(\)\.?$/, '') });
  await expect(done).toBeVisible({ timeout: 30_000 });
  expect(statSync(join(harness.dir, 'copy.dossier')).size).toBeGreaterThan(0);
  await expectJustBelow(page, backupButton, (await done.textContent())!);

  // Auto-lock 0: said on the field, nothing saved; 5: saved, said under the field.
  const minutes = page.getByLabel(t('settings.autoLock'), exact);
  await minutes.fill('0');
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await expectSaidOn(minutes, t('form.badAutoLock'));
  expect(await harness.call('app.settings')).toMatchObject({ autoLockMinutes: 5 });
  await minutes.fill('7');
  await expect(minutes).not.toHaveAttribute('aria-invalid', 'true');
  await expectJustBelow(page, minutes, t('settings.autoLockSaved', { count: 7 }));
  expect(await harness.call('app.settings')).toMatchObject({ autoLockMinutes: 7 });

  // A weak new passphrase: said on the field; fixed, the sentence goes at once (no stale verdict).
  const form = page.getByRole('form', { name: t('settings.changePassphrase') });
  await form.getByLabel(t('settings.currentPassphrase'), exact).fill(PASSPHRASE);
  const next = form.getByLabel(t('vault.newPassphrase'), exact);
  await next.fill('password1');
  await form.getByLabel(t('vault.repeatPassphrase'), exact).fill('password1');
  await form.getByRole('button', { name: t('settings.changePassphraseButton') }).click();
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expectSaidOn(next, t('vault.tooWeak'));
  await next.fill('copper violin meadow lantern ninety');
  await expect(next).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(t('vault.tooWeak'))).toHaveCount(0);
  await expectAccessible(page, 'settings with feedback');
});

test('export: no place is said beside the chooser; writing again to the same file asks once, then replaces it', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'feedback-export', false);
  await page.getByRole('button', { name: t('common.navExport'), exact: true }).click();
  const exportButton = page.getByRole('main').getByRole('button', { name: t('export.exportButton'), exact: true });
  await exportButton.click();
  const chooser = page.getByRole('group', { name: t('export.target'), exact: true }).getByRole('button');
  await expect(chooser).toBeFocused();
  await expectSaidOn(chooser, t('form.needExportTarget'));

  const pdf = join(harness.dir, 'dossier.pdf');
  await chooseFile(page, harness, t('export.target'), pdf);
  await exportButton.click();
  await expect(page.getByText(t('export.verifiedOk'))).toBeVisible({ timeout: 60_000 });
  const first = statSync(pdf).mtimeMs;

  // Again, to the same file: one question, beside the button; "some information is not valid" never.
  await exportButton.click();
  const question = page.getByRole('group', { name: t('form.fileExists', { name: 'dossier.pdf' }) });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: t('form.replaceYes') })).toBeFocused();
  await expect(page.getByText(t('errors.INVALID_INPUT'))).toHaveCount(0);
  await expectAccessible(page, 'export asking to replace');
  await question.getByRole('button', { name: t('form.replaceYes') }).click();
  await expect(question).toHaveCount(0);
  // The first export's note may still be on screen in the instant after the click: the file
  // itself says when the second one is written.
  await expect.poll(() => statSync(pdf).mtimeMs, { timeout: 60_000 }).toBeGreaterThan(first);
  await expect(page.getByText(t('export.verifiedOk'))).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(t('errors.INVALID_INPUT'))).toHaveCount(0);
});

test('settings: restore says each missing field on its own control, focuses the first, and restores once all are given', async ({ page }) => {
  session = await openApp(page, 'en');
  const { t, harness } = session;
  await createVault(session, 'feedback-restore', false);
  await page.getByRole('button', { name: t('common.navSettings'), exact: true }).click();
  const copy = join(harness.dir, 'copy.dossier');
  await chooseFile(page, harness, t('settings.backupTarget'), copy);
  await page.getByRole('button', { name: t('settings.backupButton'), exact: true }).click();
  await expect(page.locator('.note-ok', { hasText: t('settings.backupDone', { size: '' }).replace(/\s*\(\)\.?$/, '') })).toBeVisible({ timeout: 30_000 });

  // Nothing given: all three said, each on its own control; the first takes the focus.
  const restoreButton = page.getByRole('button', { name: t('settings.restoreButton'), exact: true });
  const fromChooser = page.getByRole('group', { name: t('settings.restoreFrom'), exact: true }).getByRole('button');
  const toChooser = page.getByRole('group', { name: t('settings.restoreTo'), exact: true }).getByRole('button');
  const passphrase = page.getByLabel(t('settings.restorePassphrase'), exact);
  await restoreButton.click();
  await expect(fromChooser).toBeFocused();
  await expectSaidOn(fromChooser, t('form.needRestoreFrom'));
  await expectSaidOn(passphrase, t('form.needRestorePassphrase'));
  await expectSaidOn(toChooser, t('form.needRestoreTo'));
  // Only the place for the restored vault missing: said there alone, and that chooser is focused.
  await chooseFile(page, harness, t('settings.restoreFrom'), copy);
  await passphrase.fill(PASSPHRASE);
  await restoreButton.click();
  await expect(toChooser).toBeFocused();
  await expectSaidOn(toChooser, t('form.needRestoreTo'));
  await expect(page.getByText(t('form.needRestoreFrom'))).toHaveCount(0);
  await expect(page.getByText(t('form.needRestorePassphrase'))).toHaveCount(0);
  // All given: restored, said under the button, and nothing is said missing any more.
  const restored = join(harness.dir, 'restored.dossier');
  await chooseFile(page, harness, t('settings.restoreTo'), restored);
  await expect(page.getByText(t('form.needRestoreTo'))).toHaveCount(0);
  await restoreButton.click();
  await expect(page.locator('.note-ok', { hasText: t('settings.restoreDone', { count: 0 }).split(':')[0]! })).toBeVisible({ timeout: 60_000 });
  expect(statSync(restored).size).toBeGreaterThan(0);
});
