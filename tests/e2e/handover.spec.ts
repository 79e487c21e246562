// Issue 10 in the browser, in Russian: the dates that matter stand among the timeline's events,
// drawn apart and leading to the Dates screen; "Передать юристу" seals the dossier and the original
// files into one age file and shows its passphrase once, which opens it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Decrypter } from 'age-encryption';
import { unzipSync } from 'fflate';
import { createVault } from './coreFlow';
import { checkScreen, chooseFile, expectOnlyLocalRequests, openApp, PNG_BASE64, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

/** A calendar day `offset` days from today on this computer (the page counts in the same zone). */
function localDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}
const shown = (iso: string) => iso.split('-').reverse().join('.');

test('важные даты в хронологии; передача юристу: один файл и пароль, показанный один раз', async ({ page }) => {
  test.setTimeout(240_000);
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'handover', false);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const viktor = ((await harness.call('people.create', { draft: { name: 'Виктор Кравцов', role: 'perpetrator' } })) as { id: string }).id;
  const entry = (title: string, at: string) => harness.call('entries.create', { draft: { kind: 'incident', title, text: '', occurredAt: { at, zone, precision: 'exact' }, personIds: [viktor] } }) as Promise<{ id: string }>;
  const older = await entry('Ударил на кухне', new Date(Date.now() - 30 * 86_400_000).toISOString());
  await entry('Кричал во дворе', new Date(Date.now() - 86_400_000).toISOString());
  await harness.call('attachments.add', { entryId: older.id, fileName: 'синяк.png', base64: PNG_BASE64 });
  await harness.call('dates.add', { draft: { kind: 'protection-order', from: localDay(-10), to: localDay(5), zone, title: 'Предписание после кухни' } });

  // The timeline: newest first, the protection order between the two events, apart from them.
  // (The timeline was drawn before those were added: go away and back to read them.)
  await page.getByRole('button', { name: t('common.navPeople'), exact: true }).click();
  await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
  const rows = page.locator('.timeline li');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Кричал во дворе');
  await expect(rows.nth(1)).toContainText(`Защитное предписание до ${shown(localDay(5))}`);
  await expect(rows.nth(1)).toContainText('Предписание после кухни');
  await expect(rows.nth(1)).toContainText(t('filing.timelineDateMark'));
  await expect(rows.nth(2)).toContainText('Ударил на кухне');
  await expect(rows.nth(1).locator('.timeline-date')).toHaveCount(1);
  await checkScreen(page, 'timeline-dates');
  await rows.nth(1).getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1, name: t('filing.datesTitle') })).toBeVisible();

  // The hand-over: the export's choices, a place to save, then the passphrase once.
  await page.getByRole('button', { name: t('filing.navHandover'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('filing.handoverTitle') })).toBeVisible();
  await expect(page.getByText(t('export.redact'))).toBeVisible();
  const target = join(harness.dir, 'для юриста.age');
  await chooseFile(page, harness, t('filing.handoverTarget'), target);
  await checkScreen(page, 'handover');
  await page.getByRole('button', { name: t('filing.handoverWrite') }).click();
  const passphrase = page.locator('.handover-passphrase');
  await expect(passphrase).toBeVisible({ timeout: 180_000 });
  const text = (await passphrase.textContent())!.trim();
  expect(text).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){5}$/);
  await expect(page.getByText(t('filing.handoverInstruction'))).toBeVisible();
  await expect(page.getByText(t('filing.handoverWritten', { name: 'для юриста.age', count: 1 }))).toBeVisible();
  await checkScreen(page, 'handover-passphrase');

  // The passphrase on the screen opens the file: the dossier and the photo, byte for byte.
  const decrypter = new Decrypter();
  decrypter.addPassphrase(text);
  const files = unzipSync(await decrypter.decrypt(readFileSync(target)));
  expect(Object.keys(files).sort()).toEqual(['dossier.pdf', 'index.json', 'originals/1.1 синяк.png']);
  expect(Buffer.from(files['originals/1.1 синяк.png']!).equals(Buffer.from(PNG_BASE64, 'base64'))).toBe(true);
  expect(Buffer.from(files['dossier.pdf']!).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // "Written down": gone, and nowhere to get it back.
  await page.getByRole('button', { name: t('filing.handoverForget') }).click();
  await expect(passphrase).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(text);
  expectOnlyLocalRequests(session);
});
