// Every screen of the app, at 1280×800 and 1024×640, in Russian and English (issue 13): a picture
// of each in test-results/screens/<lang>-<width>-<screen>.png (look at them), axe-core with no
// serious or critical violation, and at 1024×640 each screen scrolled from top to bottom with no
// control she can see under Quick exit. One harness and one vault per language.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/appContract';
import { createVault, KEY_DERIVATION_MS, PASSPHRASE } from './coreFlow';
import { chooseFile, expectAccessible, expectOnlyLocalRequests, openApp, SCREENSHOTS, type Session } from './helpers';
import { expectQuickExitClear, seedEntries, WINDOW_SIZES } from './layoutChecks';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const exact = { exact: true } as const;

/** Both sizes: the picture, axe, and (at 1024×640) Quick exit while scrolling. Ends at 1024×640. */
async function shoot(page: Page, language: Language, screen: string): Promise<void> {
  for (const size of WINDOW_SIZES) {
    await page.setViewportSize(size);
    // The side-by-side view comes and goes with the width: wait for the screen's title and two frames.
    await expect(page.locator('#screen-title')).toBeVisible();
    // From the top: a button pressed lower down scrolled the page, and a full-page picture of a
    // scrolled page draws the sticky top bar half-way down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: join(SCREENSHOTS, `${language}-${size.width}-${screen}.png`), fullPage: true });
    await expectAccessible(page, `${language} ${size.width} ${screen}`);
    if (size.width === 1024) await expectQuickExitClear(page, `${language} ${screen}`);
  }
}

/** A WhatsApp export with two senders over four days. */
function whatsappChat(): string {
  const lines: string[] = [];
  for (let day = 13; day <= 16; day += 1) {
    for (let i = 0; i < 3; i += 1) lines.push(`${day}/03/2024, ${String(8 + i).padStart(2, '0')}:1${i} - Oleg: Ответь мне немедленно ${day}-${i}`);
    lines.push(`${day}/03/2024, 21:00 - Anna: Оставь меня в покое`);
  }
  return `${lines.join('\n')}\n`;
}

for (const language of ['ru', 'en'] as const) {
  test(`every screen at 1280×800 and 1024×640, axe and Quick exit (${language})`, async ({ page }) => {
    // About forty pictures and axe scans, two key derivations and a dossier: longer than one flow.
    test.setTimeout(600_000);
    session = await openApp(page, language);
    const { t, harness } = session;
    const nav = (key: Parameters<typeof t>[0]) => page.getByRole('navigation').getByRole('button', { name: t(key), exact: true }).click();

    // Before the vault is open.
    await shoot(page, language, 'unlock');
    await page.getByRole('button', { name: t('vault.createLink') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('vault.createTitle') })).toBeVisible();
    await shoot(page, language, 'create-vault');
    await page.getByRole('main').getByRole('button', { name: t('vault.backToUnlock') }).click();
    await page.setViewportSize(WINDOW_SIZES[0]);
    await createVault(session, `all-${language}`, false);
    await shoot(page, language, 'timeline-empty');

    // The timeline with entries, its filters, an entry, the editor.
    await seedEntries(session, 14);
    await shoot(page, language, 'timeline');
    await page.getByRole('button', { name: t('timeline.filters') }).click();
    await shoot(page, language, 'timeline-filters');
    await page.getByRole('button', { name: t('timeline.filters') }).click();
    await page.locator('.timeline-row').first().click();
    await expect(page.locator('.entry-text')).toBeVisible();
    await shoot(page, language, 'entry');
    await page.getByRole('button', { name: t('entry.edit'), exact: true }).click();
    await expect(page.getByLabel(t('entry.whatHappened'), exact)).toBeVisible();
    await shoot(page, language, 'editor-edit');
    await nav('common.navTimeline');
    await page.getByRole('button', { name: t('timeline.newEntry') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('entry.newTitle') })).toBeVisible();
    await shoot(page, language, 'editor-new');

    // People (one, for the import).
    await nav('common.navPeople');
    await page.getByRole('button', { name: t('people.add'), exact: true }).click();
    await page.getByLabel(t('people.name'), exact).fill('Oleg');
    await shoot(page, language, 'people-form');
    await page.getByRole('button', { name: t('people.save') }).click();
    await expect(page.getByText(t('people.saved', { name: 'Oleg' }))).toBeVisible();
    await shoot(page, language, 'people');

    // The import, step by step, and the entry it made with its messages.
    const chat = join(harness.dir, 'WhatsApp Chat with Oleg.txt');
    writeFileSync(chat, whatsappChat());
    await nav('common.navImport');
    await shoot(page, language, 'import-choose');
    await chooseFile(page, harness, t('import.file'), chat);
    await page.getByRole('button', { name: t('import.look') }).click();
    await expect(page.getByText(t('import.format_whatsapp'), exact)).toBeVisible();
    await page.getByRole('group', { name: t('import.whoIsAbuser') }).getByRole('checkbox', { name: t('import.senderLine', { name: 'Oleg', count: 12 }) }).check();
    await page.getByRole('group', { name: t('import.whoIsMe') }).getByRole('checkbox', { name: t('import.senderLine', { name: 'Anna', count: 4 }) }).check();
    await page.getByLabel(t('import.person'), exact).selectOption({ label: 'Oleg' });
    await shoot(page, language, 'import-preview');
    await page.getByRole('button', { name: t('import.confirm', { count: 16 }) }).click();
    await expect(page.getByText(t('import.doneLine', { count: 16, duplicates: 0 }))).toBeVisible();
    await shoot(page, language, 'import-result');
    await page.getByRole('button', { name: t('import.openEntry') }).click();
    await expect(page.locator('.message-log li')).toHaveCount(16);
    await shoot(page, language, 'entry-messages');

    // Export, and checking the dossier made.
    await nav('common.navExport');
    await shoot(page, language, 'export');
    const pdf = join(harness.dir, 'dossier.pdf');
    await chooseFile(page, harness, t('export.target'), pdf);
    await page.getByRole('main').getByRole('button', { name: t('export.exportButton') }).click();
    await expect(page.getByText(t('export.verifiedOk'))).toBeVisible({ timeout: 60_000 });
    await chooseFile(page, harness, t('export.verifyPath'), pdf);
    await page.getByRole('button', { name: t('export.verifyButton'), exact: true }).click();
    await expect(page.getByText(t('export.verifiedOk'))).toHaveCount(2);
    await shoot(page, language, 'verify');

    // The filing screens, settings, help.
    await nav('filing.navStatement');
    await shoot(page, language, 'statement');
    await nav('filing.navDates');
    await shoot(page, language, 'dates');
    await nav('common.navSettings');
    await shoot(page, language, 'settings');
    await nav('common.navHelp');
    await shoot(page, language, 'help');

    // Locked, then the disguise (the notes app a locked vault shows when it is on).
    await nav('common.lock');
    await expect(page.getByRole('heading', { level: 1, name: t('vault.unlockTitle') })).toBeVisible();
    await shoot(page, language, 'locked');
    await page.getByLabel(t('vault.passphrase'), exact).fill(PASSPHRASE);
    await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });
    await nav('common.navSettings');
    await page.getByLabel(t('settings.disguise')).check();
    await page.getByLabel(t('settings.disguisePassphrase')).fill(PASSPHRASE);
    await page.getByRole('button', { name: t('settings.disguiseTurnOn') }).click();
    await expect(page.getByText(t('settings.disguiseIsOn'))).toBeVisible({ timeout: KEY_DERIVATION_MS });
    await nav('common.lock');
    await expect(page.getByRole('heading', { level: 1, name: t('common.disguiseName') })).toBeVisible();
    await shoot(page, language, 'disguise');
    expectOnlyLocalRequests(session);
  });
}
