// The disguise, as someone looking over her shoulder would meet it: with it on and the vault locked,
// every screen (the notes list, a note, the menu, "About", the close control) in Russian, English,
// Belarusian and Ukrainian is scanned (visible text, window title, aria labels, tooltips, options)
// for any word that tells what the app is for. Her harmless notes are kept across a reload; her
// passphrase typed as a new note's title opens the vault; a wrong one changes nothing to be seen.
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES } from '../../shared/appContract';
import { translator } from '../../renderer/i18n';
import { findRevealingWords } from '../revealingWords';
import { createVault, KEY_DERIVATION_MS, PASSPHRASE } from './coreFlow';
import { checkScreen, expectOnlyLocalRequests, openApp, type Session } from './helpers';

let session: Session | null = null;
const NEW_PASSPHRASE = 'copper meadow ninety glacier lantern';
const THIRD_PASSPHRASE = 'pebble orbit saffron tundra whistle';

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

/** Everything a person (or a screen reader) can get from the page right now. */
async function everythingShown(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription']) {
        const value = element.getAttribute(name);
        if (value !== null) parts.push(value);
      }
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLOptionElement) parts.push(element.value, element.textContent ?? '');
    }
    return parts.join('\n');
  });
}

async function expectNothingRevealing(page: Page, where: string): Promise<void> {
  const shown = await everythingShown(page);
  expect(findRevealingWords(shown), `${where}:\n${shown}`).toEqual([]);
}

async function turnDisguiseOn(session: Session, passphrase = PASSPHRASE): Promise<void> {
  const { page, t } = session;
  await page.getByRole('button', { name: t('common.navSettings'), exact: true }).click();
  await page.getByLabel(t('settings.disguise')).check();
  if (passphrase === PASSPHRASE) {
    // A wrong passphrase does not turn it on (she would be locked out of the gesture).
    await page.getByLabel(t('settings.disguisePassphrase')).fill('not my passphrase at all');
    await page.getByRole('button', { name: t('settings.disguiseTurnOn') }).click();
    await expect(page.getByText(t('errors.WRONG_PASSPHRASE'))).toBeVisible({ timeout: KEY_DERIVATION_MS });
    // Said on the field itself, which has focus again (issue 13), not under the form.
    const field = page.getByLabel(t('settings.disguisePassphrase'));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(t('errors.WRONG_PASSPHRASE'));
    await expect(field).toBeFocused();
  }
  await page.getByLabel(t('settings.disguisePassphrase')).fill(passphrase);
  await page.getByRole('button', { name: t('settings.disguiseTurnOn') }).click();
  await expect(page.getByText(t('settings.disguiseIsOn'))).toBeVisible({ timeout: KEY_DERIVATION_MS });
}

test('with the disguise on, the locked app is an ordinary notes app in every language, and says nothing', async ({ page }) => {
  session = await openApp(page, 'en');
  await createVault(session, 'disguise', false);
  await turnDisguiseOn(session);
  await page.getByRole('button', { name: session.t('common.lock'), exact: true }).click();

  for (const language of LANGUAGES) {
    const t = translator(language);
    await page.locator('.language-picker select').selectOption(language);
    await expect(page).toHaveTitle(t('common.disguiseName'));
    await expect(page.getByRole('heading', { level: 1, name: t('common.disguiseName') })).toBeVisible();
    // The exit is an ordinary close control, in the same corner.
    await expect(page.locator('.quick-exit')).toHaveText(t('notes.close'));
    await expectNothingRevealing(page, `${language}: notes list`);

    await page.getByRole('navigation', { name: t('notes.listLabel') }).getByRole('button', { name: t('notes.newNote') }).click();
    await expect(page.getByLabel(t('notes.title'), { exact: true })).toBeVisible();
    await expectNothingRevealing(page, `${language}: a new note`);

    await page.getByRole('button', { name: t('notes.menu'), exact: true }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNothingRevealing(page, `${language}: the menu`);
    await page.getByRole('menuitem', { name: t('notes.about') }).click();
    await expect(page.getByText(t('notes.aboutText'))).toBeVisible();
    await expectNothingRevealing(page, `${language}: about`);
    await page.getByRole('dialog').getByRole('button', { name: t('notes.close') }).click();
  }
  await checkScreen(page, 'disguise-notes');
  expectOnlyLocalRequests(session);
  // Once her passphrase is recognised, a problem is said plainly: here the vault file is not there.
  renameSync(join(session.harness.dir, 'notes.dossier'), join(session.harness.dir, 'elsewhere'));
  const uk = translator('uk');
  await page.getByRole('navigation', { name: uk('notes.listLabel') }).getByRole('button', { name: uk('notes.newNote') }).click();
  await page.getByLabel(uk('notes.title'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(uk('notes.title'), { exact: true }).press('Enter');
  await expect(page.getByText(uk('errors.FILE_NOT_FOUND'))).toBeVisible({ timeout: KEY_DERIVATION_MS });

  // "Close" does what quick exit does: in the harness, which has no window to hide, the page blanks.
  await page.locator('.quick-exit').click();
  await expect(page).toHaveURL('about:blank');
});

test('her harmless notes are kept across a reload; a wrong passphrase as a title changes nothing, hers opens the vault', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'disguise-gesture', false);
  await turnDisguiseOn(session);
  await page.getByRole('button', { name: t('common.lock'), exact: true }).click();

  // A note, kept as she types, and still there after the page is loaded again.
  await page.getByRole('navigation', { name: t('notes.listLabel') }).getByRole('button', { name: t('notes.newNote') }).click();
  await page.getByLabel(t('notes.title'), { exact: true }).fill('Покупки');
  await page.getByLabel(t('notes.text'), { exact: true }).fill('молоко, хлеб, яблоки');
  await expect(page.getByText(t('notes.saved'))).toBeVisible();
  await page.reload();
  const list = page.getByRole('navigation', { name: t('notes.listLabel') });
  await expect(list.getByRole('button', { name: /Покупки/ })).toBeVisible();
  await list.getByRole('button', { name: /Покупки/ }).click();
  await expect(page.getByLabel(t('notes.text'), { exact: true })).toHaveValue('молоко, хлеб, яблоки');
  await expectNothingRevealing(page, 'a kept note');

  // A wrong passphrase where a new note's title goes: nothing on the page changes.
  await list.getByRole('button', { name: t('notes.newNote') }).click();
  const title = page.getByLabel(t('notes.title'), { exact: true });
  await title.fill('совсем не та фраза');
  const before = await everythingShown(page);
  const judged = page.waitForResponse((response) => response.url().endsWith('/rpc/app.unlockDisguised'), { timeout: KEY_DERIVATION_MS });
  await title.press('Enter');
  // The main process has judged the try (it counts toward the unlock wait) and the page has its
  // answer; after two more frames anything it would show is on screen. It shows nothing.
  await judged;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(((await harness.call('app.unlockWait')) as { failures: number }).failures).toBe(1);
  expect(await everythingShown(page)).toBe(before);
  await expect(title).toBeFocused();
  expect(await harness.call('vault.status')).toEqual({ open: false });

  // Hers opens the vault.
  await title.fill(PASSPHRASE);
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });
  expect(await harness.call('vault.status')).toEqual({ open: true });

  // On disk: the note she kept, in plain words; never the passphrase or a title without text; and
  // nothing in the profile's files that names what the app is for.
  for (const name of readdirSync(harness.dir).filter((file) => file.endsWith('.json'))) {
    const text = readFileSync(join(harness.dir, name), 'utf8');
    expect(text, name).not.toContain(PASSPHRASE);
    expect(text, name).not.toContain('совсем не та фраза');
    expect(findRevealingWords(text), name).toEqual([]);
  }
  expect(readFileSync(join(harness.dir, 'notes.json'), 'utf8')).toContain('молоко, хлеб, яблоки');

  // After a passphrase change the new passphrase is the gesture (the location is sealed again).
  await page.getByRole('button', { name: t('common.navSettings'), exact: true }).click();
  await page.getByLabel(t('settings.currentPassphrase')).fill(PASSPHRASE);
  await page.getByLabel(t('vault.newPassphrase'), { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel(t('vault.repeatPassphrase')).last().fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: t('settings.changePassphraseButton') }).click();
  await expect(page.getByText(t('settings.passphraseChanged'))).toBeVisible({ timeout: 4 * KEY_DERIVATION_MS });
  await page.getByRole('button', { name: t('common.lock'), exact: true }).click();
  await list.getByRole('button', { name: t('notes.newNote') }).click();
  await title.fill(NEW_PASSPHRASE);
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });

  // Turning the disguise off is in Settings, after unlock.
  await page.getByRole('button', { name: t('common.navSettings'), exact: true }).click();
  await page.getByLabel(t('settings.disguise')).click();
  await expect(page.getByText(t('settings.disguiseIsOff'))).toBeVisible();
  await expect(page.getByLabel(t('settings.disguise'))).not.toBeChecked();

  // On again; then the vault's passphrase is changed elsewhere (here through /rpc, as the command
  // line would): the gesture with the old one finds the vault but cannot open it, so the disguise
  // goes off and the ordinary unlock screen shows, where the new passphrase opens it.
  await turnDisguiseOn(session, NEW_PASSPHRASE);
  await page.getByRole('button', { name: t('common.lock'), exact: true }).click();
  const vaultPath = join(harness.dir, 'notes.dossier');
  await harness.call('vault.open', { path: vaultPath, passphrase: NEW_PASSPHRASE });
  await harness.call('vault.changePassphrase', { current: NEW_PASSPHRASE, next: THIRD_PASSPHRASE });
  await harness.call('vault.lock');
  await list.getByRole('button', { name: t('notes.newNote') }).click();
  await title.fill(NEW_PASSPHRASE);
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t('vault.unlockTitle') })).toBeVisible({ timeout: 2 * KEY_DERIVATION_MS });
  // The control: without the disguise the scan does find the words it looks for.
  expect(findRevealingWords(await everythingShown(page)).length).toBeGreaterThan(0);
  await page.getByLabel(t('vault.passphrase'), { exact: true }).fill(THIRD_PASSPHRASE);
  await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });
});
