// The layout of issue 13, measured in the real UI: the sections fit one column at 1024×640 and
// 1280×800 in the longest languages, with room for one more; on a wide window the timeline and the
// chosen entry side by side (and one at a time on a narrower one); the search is one field with the
// other filters behind a button that counts them, and the first entries show under it at 1024×640.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/appContract';
import { createVault } from './coreFlow';
import { openApp, type Session } from './helpers';
import { expectNavFits, seedEntries, WINDOW_SIZES } from './layoutChecks';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

async function navFitsInEverySize(page: Page, language: Language): Promise<void> {
  for (const size of WINDOW_SIZES) {
    await page.setViewportSize(size);
    await expectNavFits(page, `${language} ${size.width}×${size.height}`);
  }
}

for (const language of ['ru', 'uk'] as const) {
  test(`the sections fit one column with room for one more (${language})`, async ({ page }) => {
    session = await openApp(page, language);
    await createVault(session, `layout-${language}`, false);
    await navFitsInEverySize(page, language);
  });
}

test('list and detail side by side on a wide window, one at a time on a narrow one; filters behind a button', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t } = session;
  await createVault(session, 'list-detail', false);
  await seedEntries(session, 12);
  // The list draws only the rows near the screen: counted by the line above it.
  const rows = page.locator('.timeline-row');
  const all = page.getByText(t('timeline.total', { count: 12 }), { exact: true });

  // 1024×640: the first entries show under the search, without scrolling.
  await page.setViewportSize({ width: 1024, height: 640 });
  await expect(rows.first()).toBeVisible();
  const first = await rows.first().boundingBox();
  expect(first).not.toBeNull();
  expect(first!.y + first!.height, 'the first entry is whole on screen').toBeLessThanOrEqual(640);
  // The filters are behind one button; opened, it shows them; each one on is counted on it.
  await expect(page.getByLabel(t('timeline.kind'), { exact: true })).toBeHidden();
  const filtersButton = page.getByRole('button', { name: t('timeline.filters') });
  await expect(filtersButton).toHaveAttribute('aria-expanded', 'false');
  await filtersButton.click();
  await expect(filtersButton).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel(t('timeline.kind'), { exact: true }).selectOption('economic');
  await page.getByRole('checkbox', { name: t('timeline.showArchived') }).check();
  await expect(page.getByText(t('timeline.total', { count: 4 }), { exact: true })).toBeVisible();
  await expect(filtersButton).toHaveText(`${t('timeline.filters')}2`);
  await filtersButton.click();
  await expect(page.getByLabel(t('timeline.kind'), { exact: true })).toBeHidden();
  await page.getByRole('button', { name: t('timeline.clearFilters') }).click();
  await expect(all).toBeVisible();
  await expect(filtersButton).toHaveText(t('timeline.filters'));

  // Narrow (1024): choosing an entry shows it alone; "back" returns to the list.
  await rows.nth(2).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Запись 10: он кричал и забрал телефон' })).toBeVisible();
  await expect(rows).toHaveCount(0);
  await page.getByRole('button', { name: t('entry.backToTimeline') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible();

  // Wide (1280): the list stays, the entry opens on its right, marked in the list.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByText(t('timeline.chooseEntry'))).toBeVisible();
  await rows.nth(2).click();
  const title = page.getByRole('heading', { level: 1, name: 'Запись 10: он кричал и забрал телефон' });
  await expect(title).toBeVisible();
  await expect(title).toBeFocused();
  await expect(all).toBeVisible();
  await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true');
  const list = await page.locator('.timeline-pane').boundingBox();
  const detail = await page.locator('.detail-pane').boundingBox();
  expect(detail!.x, 'the entry is on the right of the list').toBeGreaterThanOrEqual(list!.x + list!.width);
  expect(detail!.y, 'side by side, not below').toBeLessThan(list!.y + list!.height / 2);
  // Another entry replaces it; the list keeps its place.
  await rows.nth(5).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Запись 7: он кричал и забрал телефон' })).toBeVisible();
  await expect(rows.nth(5)).toHaveAttribute('aria-current', 'true');
  await expect(rows.nth(2)).not.toHaveAttribute('aria-current', 'true');
  // One main landmark, as on every screen.
  await expect(page.getByRole('main')).toHaveCount(1);
  // "Back to timeline" closes the entry.
  await page.getByRole('button', { name: t('entry.backToTimeline') }).click();
  await expect(page.getByText(t('timeline.chooseEntry'))).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible();
  // The editor still has the whole window, and saving comes back to the entry beside the list.
  await rows.nth(0).click();
  await page.getByRole('button', { name: t('entry.edit'), exact: true }).click();
  await expect(rows).toHaveCount(0);
  await page.getByRole('button', { name: t('entry.save'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Запись 12: он кричал и забрал телефон' })).toBeVisible();
  await expect(all).toBeVisible();
});
