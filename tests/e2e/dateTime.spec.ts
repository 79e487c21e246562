// Issue 13, item 2 in the browser: her date, time and place whatever the browser's locale. The
// browser says en-US (mm/dd/yyyy, AM/PM) and New York; the app in Russian still shows and reads
// dd.mm.yyyy and 24-hour time, the zone is chosen as a place in her language by keyboard, a day that
// does not exist is said on its field, and the entry, its page and the timeline agree.
import { expect, test, type Page } from '@playwright/test';
import { createVault } from './coreFlow';
import { checkScreen, expectAccessible, expectOnlyLocalRequests, openApp, screenshot, type Session } from './helpers';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const exact = { exact: true } as const;

async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1024, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('ru под en-US: дд.мм.гггг и 24 часа, место из списка с клавиатуры, несуществующая дата названа у поля', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t } = session;
  await createVault(session, 'datetime-ru', false);
  await page.getByRole('button', { name: t('timeline.newEntry') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('entry.newTitle') })).toBeVisible();

  const date = page.getByLabel(t('entry.date'), exact);
  const time = page.getByLabel(t('entry.time'), exact);
  // "Now", as she writes it: 30.11.2026 and 16:05, not 11/30/2026 and 4:05 PM.
  await expect(date).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
  await expect(time).toHaveValue(/^([01]\d|2[0-3]):[0-5]\d$/);
  await expect(date).toHaveAttribute('placeholder', 'дд.мм.гггг');
  expect(await page.locator('input[type=date], input[type=time], input[type=datetime-local]').count()).toBe(0);

  // This computer's zone, shown as a place in Russian, never as "America/New_York".
  const zone = page.getByRole('combobox', { name: t('entry.zone') });
  await expect(zone).toHaveValue(/^Нью-Йорк \(UTC-0[45]:00\)$/);

  // A day that does not exist is said on its own field, for a screen reader too.
  await date.fill('31.02.2024');
  await time.focus();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(new RegExp(t('time.dateNoSuchDay', { text: '31.02.2024' }).replace(/[.]/g, '\\.')));
  await expectAccessible(page, 'datetime-invalid');
  await date.fill('05.03.24');
  await time.focus();
  await expect(date).toHaveAccessibleDescription(new RegExp(t('time.dateYear').slice(0, 20)));

  // Typed loosely, read as she meant it, written back in her style.
  await date.fill('5.3.2024');
  await time.fill('21:30');
  await expect(date).toHaveValue('05.03.2024');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');

  // The place by keyboard: type, the list opens, Down/Up move, Enter chooses; Esc keeps the choice.
  await zone.fill('моск');
  await expect(zone).toHaveAttribute('aria-expanded', 'true');
  await zone.press('Escape');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');
  await expect(zone).toHaveValue(/^Нью-Йорк/);
  await zone.fill('мин');
  const options = page.getByRole('option');
  await expect(options.first()).toHaveText(/^Минск\s*UTC\+03:00$/);
  await zone.press('ArrowDown');
  await zone.press('ArrowUp');
  await expect(zone).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? 'none');
  await expectAccessible(page, 'datetime-zone-list');
  await shoot(page, 'datetime-ru-zone-list');
  await zone.press('Enter');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');
  await expect(zone).toHaveValue('Минск (UTC+03:00)');
  await page.getByLabel(t('entry.whatHappened'), exact).fill('Кричал и бросил телефон');
  await checkScreen(page, 'datetime-ru-editor');
  await shoot(page, 'datetime-ru-editor');
  await page.getByRole('button', { name: t('entry.save'), exact: true }).click();

  // Saved on the day she typed, at Minsk's clock: its page and the timeline say the same.
  await expect(page.locator('.entry-text')).toHaveText('Кричал и бросил телефон');
  await expect(page.locator('.details')).toContainText('05.03.2024 21:30 (Минск, UTC+03:00)');
  await expect(page.locator('body')).not.toContainText(/мар\.|Europe\/Minsk|PM|AM\b/);
  await checkScreen(page, 'datetime-ru-entry');
  await shoot(page, 'datetime-ru-entry');
  const stored = (await session.harness.call('entries.list', {})) as { occurredAt: { at: string; zone: string } }[];
  expect(stored.map((entry) => entry.occurredAt)).toEqual([expect.objectContaining({ at: '2024-03-05T18:30:00.000Z', zone: 'Europe/Minsk' })]);
  await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
  await expect(page.locator('.row-when').first()).toHaveText('05.03.2024 21:30');
  await shoot(page, 'datetime-ru-timeline');
  expectOnlyLocalRequests(session);
});

test('en under en-US: 05/03/2024 is 5 March, a place found by its English name, the entry in the same words as the PDF', async ({ page }) => {
  session = await openApp(page, 'en');
  const { t } = session;
  await createVault(session, 'datetime-en', false);
  await page.getByRole('button', { name: t('timeline.newEntry') }).click();
  const date = page.getByLabel(t('entry.date'), exact);
  await expect(date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await date.fill('05/03/2024');
  await page.getByLabel(t('entry.time'), exact).fill('9:05');
  const zone = page.getByRole('combobox', { name: t('entry.zone') });
  await zone.fill('berl');
  await zone.press('Enter');
  await expect(zone).toHaveValue('Berlin (UTC+01:00)');
  await page.getByLabel(t('entry.whatHappened'), exact).fill('He shouted at the station');
  await checkScreen(page, 'datetime-en-editor');
  await shoot(page, 'datetime-en-editor');
  await page.getByRole('button', { name: t('entry.save'), exact: true }).click();
  await expect(page.locator('.details')).toContainText('5 March 2024, 09:05 (Berlin, UTC+01:00)');
  await shoot(page, 'datetime-en-entry');
  const stored = (await session.harness.call('entries.list', {})) as { occurredAt: { at: string } }[];
  expect(stored[0]?.occurredAt.at).toBe('2024-03-05T08:05:00.000Z');
  expectOnlyLocalRequests(session);
});
