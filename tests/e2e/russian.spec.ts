// The same core flow once in Russian (the first language of most users), found by the Russian
// labels: a missing translation or a label in the wrong language fails it.
import { expect, test } from '@playwright/test';
import { RUSSIAN_TEXTS, runCoreFlow } from './coreFlow';
import { expectOnlyLocalRequests, openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

test('создать хранилище, по записи каждого вида с файлом, заблокировать, неверная фраза, открыть, быстрый выход', async ({ page }) => {
  session = await openApp(page, 'ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: 'Быстрый выход' })).toBeVisible();
  await runCoreFlow(session, 'ru', false, RUSSIAN_TEXTS);
  expectOnlyLocalRequests(session);
});
