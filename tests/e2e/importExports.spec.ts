// Issue 14 in the real UI: an unpacked Telegram Desktop HTML export chosen as a folder, and a
// WhatsApp zip with its media, whose photo then stands beside the message that sent it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { zipSync } from 'fflate';
import { telegramExport, writeTree } from '../unit/importers/synthetic';
import { createVault } from './coreFlow';
import { checkScreen, chooseFile, expectOnlyLocalRequests, openApp, PNG_BASE64, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

test('a Telegram HTML folder and a WhatsApp zip with media, in Russian', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'exports', false);

  // Telegram Desktop's default export, unpacked: chosen as a folder, every page read.
  const folder = writeTree(join(harness.dir, 'ChatExport_2022-03-23'), telegramExport(2, 6).tree);
  await page.getByRole('button', { name: t('common.navImport'), exact: true }).click();
  await chooseFile(page, harness, t('import.folder'), folder);
  await page.getByRole('button', { name: t('import.look') }).click();
  await expect(page.getByText(t('import.format_telegram-html'), { exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: t('import.senderLine', { name: 'Виктор', count: 6 }) }).check();
  await page.getByRole('group', { name: t('import.whoIsMe') }).getByRole('checkbox', { name: t('import.senderLine', { name: 'Анна', count: 6 }) }).check();
  await checkScreen(page, 'import-preview-telegram-html');
  await page.getByRole('button', { name: t('import.confirm', { count: 12 }) }).click();
  await expect(page.getByText(t('import.doneLine', { count: 12, duplicates: 0 }))).toBeVisible();
  await page.getByRole('button', { name: t('import.openEntry') }).click();
  await expect(page.locator('.message-log li')).toHaveCount(12);

  // WhatsApp with media: the photo goes to its message; a missing file is said, never an error.
  const zip = join(harness.dir, 'WhatsApp Chat - Виктор.zip');
  const chat = '23/03/2022, 14:00 - Виктор: Смотри\n23/03/2022, 14:01 - Виктор: IMG-20220323-WA0002.png (файл прикреплён)\n23/03/2022, 14:02 - Виктор: IMG-20220323-WA0003.jpg (файл прикреплён)\n23/03/2022, 14:03 - Виктор: ../secret.jpg (file attached)\n';
  writeFileSync(zip, zipSync({ 'WhatsApp Chat - Виктор.txt': new TextEncoder().encode(chat), 'IMG-20220323-WA0002.png': Buffer.from(PNG_BASE64, 'base64') }));
  await page.getByRole('button', { name: t('common.navImport'), exact: true }).click();
  await chooseFile(page, harness, t('import.file'), zip);
  await page.getByRole('button', { name: t('import.look') }).click();
  await expect(page.getByText(t('import.mediaAttached', { count: 1 }))).toBeVisible();
  await expect(page.getByText(t('import.mediaMissing', { names: 'IMG-20220323-WA0003.jpg' }))).toBeVisible();
  await expect(page.getByText(t('import.mediaOutside', { names: '../secret.jpg' }))).toBeVisible();
  await page.getByRole('checkbox', { name: t('import.senderLine', { name: 'Виктор', count: 4 }) }).check();
  await page.getByRole('button', { name: t('import.confirm', { count: 4 }) }).click();
  await expect(page.getByText(t('import.doneLine', { count: 4, duplicates: 0 }))).toBeVisible();
  await page.getByRole('button', { name: t('import.openEntry') }).click();
  const sent = page.locator('.message-log li').nth(1);
  await expect(sent.locator('.message-files img.preview')).toBeVisible();
  await expect(sent.locator('.message-files')).toContainText('IMG-20220323-WA0002.png');
  await expect(page.locator('.message-log li').nth(2).locator('.message-files')).toHaveCount(0);
  await checkScreen(page, 'entry-message-media');
  expectOnlyLocalRequests(session);
});
