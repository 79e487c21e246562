// The passphrase rule in the UI, in Russian: the passphrases an attacker tries first (Russian,
// Belarusian and Ukrainian words, names with years, ЙЦУКЕН rows, Cyrillic typed on the Latin layout)
// are refused when she makes a vault, with the advice in words, and no vault is made; a few
// unrelated words are accepted. The same rule as the CLI (shared/passphraseStrength.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { STRONG_PASSPHRASES, WEAK_CYRILLIC_PASSPHRASES } from '../fixtures/weakPassphrases';
import { createVault, KEY_DERIVATION_MS, PASSPHRASE } from './coreFlow';
import { chooseFile, openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

test('слабые кодовые фразы на русском, белорусском и украинском не принимаются, несколько несвязанных слов — да', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  const path = join(harness.dir, 'notes.dossier');
  await page.getByRole('button', { name: t('vault.createLink') }).click();
  await chooseFile(page, harness, t('vault.newLocation'), path);
  await page.getByLabel(t('vault.understood')).check();
  const field = page.getByLabel(t('vault.newPassphrase'), { exact: true });
  const repeat = page.getByLabel(t('vault.repeatPassphrase'));
  for (const weak of WEAK_CYRILLIC_PASSPHRASES) {
    await field.fill(weak);
    await repeat.fill(weak);
    await page.getByRole('button', { name: t('vault.createButton') }).click();
    // Said beside the passphrase field, which is marked invalid and has the focus (issue 13).
    await expect(page.locator('.field .field-error'), weak).toHaveText(t('vault.tooWeak'));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    // The meter says the same, once she pauses.
    await expect(page.locator('.strength .hint')).toHaveText(t('vault.tooWeak'));
    expect(existsSync(path), weak).toBe(false);
    expect(await harness.call('vault.status')).toEqual({ open: false });
  }
  await field.fill(STRONG_PASSPHRASES[0]);
  await repeat.fill(STRONG_PASSPHRASES[0]);
  await page.getByRole('button', { name: t('vault.createButton') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });
  expect(existsSync(path)).toBe(true);
});

test('смена кодовой фразы: слабая новая фраза не принимается, старая продолжает открывать хранилище', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t } = session;
  await createVault(session, 'weak-change', false);
  await page.getByRole('button', { name: t('common.navSettings'), exact: true }).click();
  const form = page.getByRole('form', { name: t('settings.changePassphrase') });
  await form.getByLabel(t('settings.currentPassphrase'), { exact: true }).fill(PASSPHRASE);
  for (const weak of ['Наташа1985', 'gfhjkm123', 'ялюблютебя']) {
    await form.getByLabel(t('vault.newPassphrase'), { exact: true }).fill(weak);
    await form.getByLabel(t('vault.repeatPassphrase'), { exact: true }).fill(weak);
    await form.getByRole('button', { name: t('settings.changePassphraseButton') }).click();
    await expect(form.locator('.field-error'), weak).toHaveText(t('vault.tooWeak'));
    await expect(form.getByLabel(t('vault.newPassphrase'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
  }
  // Unchanged: the old passphrase still opens the vault.
  await page.getByRole('button', { name: t('common.lock'), exact: true }).click();
  await page.getByLabel(t('vault.passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });
});
