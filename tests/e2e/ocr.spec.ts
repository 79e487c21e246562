// A screenshot's words in the app (issue 14, item 6): the service reads them in the background,
// the entry shows them under the image as machine-made once ready, and search finds them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { russianScreenshot } from '../fixtures/screenshot';
import { createVault } from './coreFlow';
import { checkScreen, expectOnlyLocalRequests, openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

test('a screenshot attached to an entry is read in the background, shown and found by search (ru)', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'ocr', false);
  const shot = await russianScreenshot(mkdtempSync(join(tmpdir(), 'dossier-ocr-e2e-')));
  await harness.call('entries.create', {
    draft: { kind: 'incident', title: 'Угрозы в Viber', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' }, categories: ['threats'] },
    attachments: [{ path: shot }],
  });
  await page.getByRole('button', { name: t('common.navPeople'), exact: true }).click();
  await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
  await page.locator('.timeline-row', { hasText: 'Угрозы в Viber' }).click();
  // Read in the background: the words appear on the open screen when they are ready.
  await expect(page.getByText(t('entry.recognisedText'))).toBeVisible({ timeout: 180_000 });
  await expect(page.locator('.recognised-text')).toContainText('заберу детей');
  await checkScreen(page, 'entry-recognised-text');

  await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
  await page.getByLabel(t('timeline.search'), { exact: true }).fill('подъезда');
  await expect(page.locator('.timeline-row')).toHaveCount(1);
  await expect(page.locator('.timeline-row mark').first()).toHaveText(/подъезда/);
  expectOnlyLocalRequests(session);
});
