// The core flow in English, with axe-core and a screenshot on every screen it passes.
import { test } from '@playwright/test';
import { runCoreFlow } from './coreFlow';
import { expectOnlyLocalRequests, openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

test('create a vault, record one entry of each kind with a file, lock, wrong passphrase, unlock, quick exit (English)', async ({ page }) => {
  session = await openApp(page, 'en');
  await runCoreFlow(session, 'en', true);
  expectOnlyLocalRequests(session);
});
