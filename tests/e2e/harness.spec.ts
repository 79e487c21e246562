// The harness itself: only the page that holds the token may reach the service, the page is served
// under the app's exact CSP, and the CSP really stops the page from connecting anywhere itself.
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/security';
import { launchHarness, type HarnessClient } from './harnessClient';

let harness: HarnessClient | null = null;

test.afterEach(async () => {
  await harness?.close();
  harness = null;
});

test('refuses /rpc without the right token; serves the app’s exact CSP, which stops the page connecting', async ({ page }) => {
  harness = await launchHarness('en');
  const post = (headers: Record<string, string>) => fetch(`${harness!.origin}/rpc/vault.status`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
  expect((await post({})).status).toBe(403);
  expect((await post({ 'x-dossier-token': 'guess' })).status).toBe(403);
  await expect(harness.call('vault.status')).resolves.toEqual({ open: false });
  const index = await fetch(`${harness.origin}/`);
  expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  // A page that is not ours (no token in its URL) gets a window.dossier whose calls all fail.
  await page.goto(`${harness.origin}/`);
  const failure = await page.evaluate(() => (window as unknown as { dossier: Record<string, (i: unknown) => Promise<unknown>> }).dossier['vault.status']!({}).catch((e: { code: string }) => e.code));
  expect(failure).toBe('INTERNAL');
  // The page itself cannot connect, even to its own origin (connect-src 'none').
  const blocked = await page.evaluate(() => fetch('/favicon.ico').then(() => 'connected', () => 'blocked'));
  expect(blocked).toBe('blocked');
});
