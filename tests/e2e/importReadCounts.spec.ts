// Issue 9, item 2 in the app: the import's preview says what it read, by kind, and what it left
// out and why, with real WhatsApp exports (../shared/fixtures): photos and deleted messages are
// messages, only the app's own notices are left out, and a chat with none says "nothing". A message
// a wrong phone clock dates 9999 is read, and the preview says so.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createVault } from './coreFlow';
import { checkScreen, chooseFile, expectOnlyLocalRequests, openApp, type Session } from './helpers';

const WHATSAPP = resolve(__dirname, '../../../shared/fixtures/messages/whatsapp');

test.beforeAll(() => expect(existsSync(WHATSAPP), 'the real exports in ../shared/fixtures').toBe(true));

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

test('предпросмотр импорта: что прочитано по видам и что не импортировано и почему', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'import-read', false);
  await page.getByRole('button', { name: t('common.navImport'), exact: true }).click();

  // iOS, English: 8 texts, 3 "image omitted" lines from a person, one encryption notice.
  await chooseFile(page, harness, t('import.file'), join(WHATSAPP, 'lc_ios_en_12h_lrm.txt'));
  await page.getByRole('button', { name: t('import.look') }).click();
  await expect(page.locator('dd.import-read')).toHaveText('текст — 8; фото, видео, аудио и файлы — 3');
  await expect(page.locator('dd.import-skipped')).toHaveText('уведомления о шифровании — 1');
  await checkScreen(page, 'import-read-counts');

  // Mixed formats: a deleted message is read as a message, and nothing is left out.
  await page.getByRole('button', { name: t('import.back') }).click();
  await chooseFile(page, harness, t('import.file'), join(WHATSAPP, 'lc_mixed_formats_nnbsp.txt'));
  await page.getByRole('button', { name: t('import.look') }).click();
  await expect(page.locator('dd.import-read')).toHaveText('текст — 7; фото, видео, аудио и файлы — 1; удалённые сообщения — 1');
  await expect(page.locator('dd.import-skipped')).toHaveText('ничего: каждая строка с отправителем стала сообщением');
  await expect(page.getByText(t('import.unlikelyDates', { count: 1 }))).toHaveCount(0);

  // A phone whose clock said 9999: the message is read, and the preview says so before the import.
  const wrongClock = join(harness.dir, 'sms-wrong-clock.xml');
  const sms = (date: number, body: string) => `<sms address="+375291112233" date="${date}" type="1" body="${body}" contact_name="Max" />`;
  writeFileSync(wrongClock, `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="2">\n${sms(Date.UTC(2024, 2, 3, 18), 'Ответь')}\n${sms(Date.UTC(9999, 11, 31, 20), 'Часы сбились')}\n</smses>\n`);
  await page.getByRole('button', { name: t('import.back') }).click();
  await chooseFile(page, harness, t('import.file'), wrongClock);
  await page.getByRole('button', { name: t('import.look') }).click();
  await expect(page.locator('dd.import-read')).toHaveText('текст — 2');
  await expect(page.getByText(t('import.unlikelyDates', { count: 1 }))).toBeVisible();
  expectOnlyLocalRequests(session);
});
