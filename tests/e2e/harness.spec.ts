// The harness itself: only the page that holds the token may reach the service, the page is served
// under the app's exact CSP, and the CSP really stops the page from connecting anywhere itself.
import { join } from 'node:path';
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

test('outside checks keep today’s path inputs on /rpc; the page gets only the window’s methods, with handles', async ({ page }) => {
  harness = await launchHarness('en');
  const vault = join(harness.dir, 'outside.dossier');
  const passphrase = 'river lamp winter seven orchard';
  await expect(harness.call('vault.create', { path: vault, passphrase })).resolves.toMatchObject({ entries: 0 });
  const { ids } = (await harness.call('entries.createMany', {
    drafts: [{ kind: 'incident', title: 'one', text: 'x', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' } }],
  })) as { ids: string[] };
  await harness.call('vault.lock');
  await expect(harness.call('vault.open', { path: vault, passphrase })).resolves.toMatchObject({ entries: 1 });
  await harness.call('vault.lock');
  await expect(harness.call('app.unlock', { path: vault, passphrase })).resolves.toMatchObject({ entries: 1 });
  // A value of the handle form is a handle: one nobody was given is refused, whatever it is.
  await expect(harness.call('attachments.add', { entryId: ids[0], path: `fh_${'0'.repeat(32)}` })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  await harness.call('vault.lock');

  await page.goto(harness.url);
  const offered = await page.evaluate(() => Object.keys((window as unknown as { dossier: object }).dossier));
  expect(offered).toContain('app.unlock');
  expect(offered).toContain('app.pickFile');
  for (const raw of ['vault.open', 'vault.restore', 'app.info']) expect(offered).not.toContain(raw);
  // The picker seam: the next dialog answers the file the test names; the page gets a handle and a name.
  await harness.call('harness.answerPicker', { path: vault });
  const picked = await page.evaluate(() => (window as unknown as { dossier: Record<string, (i: unknown) => Promise<unknown>> }).dossier['app.pickFile']!({ purpose: 'vault' }));
  expect(picked).toEqual({ handle: expect.stringMatching(/^fh_[0-9a-f]{32}$/), name: 'outside.dossier', size: expect.any(Number) });
  expect(JSON.stringify(picked)).not.toContain(harness.dir);
});
