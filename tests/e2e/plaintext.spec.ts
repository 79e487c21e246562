// Nothing she records may reach the disk in plaintext, through the real UI in a real Chromium: marker
// strings go into an entry (typed), a person, an attached file, an imported WhatsApp export and a
// redacted dossier; after locking and closing the browser, no file under the vault's folder, the
// browser's own profile, the OS temp folder, the harness's folder or the redacted dossier's folder may
// hold a marker (UTF-8 or UTF-16LE). The one allowed place is a dossier she made without redaction —
// that is the point of it. Her own source files (the note, the export) are deleted before the scan:
// they were hers, in plaintext, before Dossier saw them. And the page never leaves the harness origin.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { translator } from '../../renderer/i18n';
import { scanForMarkers, type PlaintextFinding } from '../integration/plaintextScan';
import { KEY_DERIVATION_MS, PASSPHRASE } from './coreFlow';
import { chooseFile, openSection } from './helpers';
import { launchHarness, type HarnessClient } from './harnessClient';
import { isInside, makeMarkers, probePdf, whatsappExport } from './plaintextProbe';

const exact = { exact: true } as const;
let harness: HarnessClient | null = null;
let context: BrowserContext | null = null;
const folders: string[] = [];

function freshFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `dossier-plaintext-${name}-`));
  folders.push(folder);
  return folder;
}

test.afterEach(async () => {
  await context?.close().catch(() => undefined);
  context = null;
  await harness?.close();
  harness = null;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

test('no marker from an entry, a person, a file, imported messages or a redacted dossier is left in plaintext on disk', async () => {
  test.setTimeout(120_000);
  const started = Date.now();
  const t = translator('en');
  const markers = makeMarkers();
  const all = Object.values(markers);
  const vaultDir = freshFolder('vault');
  const profileDir = freshFolder('profile');
  const userDir = freshFolder('her-files');
  const redactedDir = freshFolder('export-redacted');
  const plainDir = freshFolder('export-plain');
  const vaultPath = join(vaultDir, 'notes.dossier');
  const redactedPdf = join(redactedDir, 'dossier.pdf');
  const plainPdf = join(plainDir, 'dossier.pdf');

  harness = await launchHarness('en');
  const origin = harness.origin;
  // A profile folder we own, so we know every place the browser writes (STACK.md: no --user-data-dir).
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Minsk',
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(harness.url);

  // A fresh vault in its own folder.
  await page.getByRole('button', { name: t('vault.createLink') }).click();
  await chooseFile(page, harness, t('vault.newLocation'), vaultPath);
  await page.getByLabel(t('vault.newPassphrase'), exact).fill(PASSPHRASE);
  await page.getByLabel(t('vault.repeatPassphrase')).fill(PASSPHRASE);
  await page.getByLabel(t('vault.understood')).check();
  await page.getByRole('button', { name: t('vault.createButton') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });

  // A person: the name and how to reach him.
  await page.getByRole('button', { name: t('common.navPeople'), exact: true }).click();
  await page.getByRole('button', { name: t('people.add'), exact: true }).click();
  await page.getByLabel(t('people.name'), exact).fill(markers.person);
  await page.getByLabel(t('people.contact'), exact).fill(markers.contact);
  await page.getByRole('button', { name: t('people.save') }).click();
  await expect(page.getByText(t('people.saved', { name: markers.person }))).toBeVisible();

  // An entry typed key by key, linked to him, with her own note chosen in the (seam-answered) dialog.
  const note = join(userDir, 'note.txt');
  writeFileSync(note, `Written the same night.\n${markers.attachment}\n`);
  await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
  await page.getByRole('button', { name: t('timeline.newEntry') }).click();
  await page.getByRole('radio', { name: t('common.kind_incident') }).check();
  await page.getByLabel(t('entry.date'), exact).fill('05.03.2024');
  await page.getByLabel(t('entry.time'), exact).fill('21:30');
  await page.getByLabel(t('entry.whatHappened'), exact).pressSequentially(`He came at night. ${markers.text}`);
  await openSection(page, t('form.sectionAbout'));
  await page.getByLabel(t('entry.title'), exact).pressSequentially(markers.title);
  await page.getByRole('checkbox', { name: t('cat_incident.physical') }).check();
  await openSection(page, t('form.sectionPeople'));
  await page.getByRole('checkbox', { name: `${markers.person} (${t('common.role_perpetrator')})` }).check();
  await openSection(page, t('entry.files'));
  await harness.call('harness.answerPicker', { path: note });
  await page.getByRole('button', { name: t('entry.addFile') }).click();
  await expect(page.locator('.pending-files')).toContainText('note.txt');
  await page.getByRole('button', { name: t('entry.save'), exact: true }).click();
  await expect(page.locator('.entry-text')).toContainText(markers.text);
  await expect(page.locator('.attachment-list li')).toHaveCount(1);
  rmSync(note);

  // Messages imported from a WhatsApp export through the wizard.
  const chat = join(userDir, 'WhatsApp Chat with Oleg.txt');
  writeFileSync(chat, whatsappExport('Oleg', markers.message));
  await page.getByRole('button', { name: t('common.navImport'), exact: true }).click();
  await chooseFile(page, harness, t('import.file'), chat);
  await page.getByRole('button', { name: t('import.look') }).click();
  await expect(page.getByText(t('import.format_whatsapp'), exact)).toBeVisible();
  await page.getByRole('checkbox', { name: t('import.senderLine', { name: 'Oleg', count: 3 }) }).check();
  await page.getByRole('group', { name: t('import.whoIsMe') }).getByRole('checkbox', { name: t('import.senderLine', { name: 'Anna', count: 1 }) }).check();
  await page.getByLabel(t('import.person'), exact).selectOption({ label: markers.person });
  await page.getByRole('button', { name: t('import.confirm', { count: 4 }) }).click();
  await expect(page.getByText(t('import.doneLine', { count: 4, duplicates: 0 }))).toBeVisible();
  rmSync(chat);
  expect(readdirSync(userDir)).toEqual([]);

  // Two dossiers: one with his contact taken out, one whole.
  await page.getByRole('button', { name: t('common.navExport'), exact: true }).click();
  for (const [target, words] of [[redactedPdf, markers.contact], [plainPdf, '']] as const) {
    await page.getByLabel(t('export.redactWords'), exact).fill(words);
    await chooseFile(page, harness, t('export.target'), target);
    await page.getByRole('button', { name: t('export.exportButton') }).click();
    // Both files are named dossier.pdf: the first one's note would already match the second, so
    // wait for the file itself (it appears only once whole, by rename) before reading any note.
    await expect.poll(() => existsSync(target), { timeout: 60_000 }).toBe(true);
    await expect(page.locator('.note-ok').filter({ hasText: basename(target) })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(t('export.verifiedOk'))).toBeVisible();
  }

  // Lock through the UI; nothing of the vault stays on screen. Then the browser goes away.
  await page.getByRole('button', { name: t('common.lock'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('vault.unlockTitle') })).toBeVisible();
  expect(await harness.call('vault.status')).toEqual({ open: false });
  for (const marker of all) await expect(page.locator('body')).not.toContainText(marker);
  await context.close();
  context = null;

  // Every request stayed on the harness origin — and the bridge's /rpc calls were seen, so the
  // listener really watched the traffic that carried the evidence.
  expect(requests.some((url) => url.startsWith(`${origin}/rpc/`)), 'the /rpc traffic was observed').toBe(true);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)), 'requests outside the harness origin').toEqual([]);

  // The redaction removed his contact from the dossier: not in its text, not in its bytes, not in
  // any decompressed stream (manifest, metadata, XMP). The whole dossier has it (the probe can see).
  const redacted = probePdf(redactedPdf, markers.contact);
  expect(redacted.text).toContain(markers.title);
  expect(redacted.text.toLowerCase()).not.toContain(markers.contact.toLowerCase());
  expect(redacted.rawHits).toEqual([]);
  expect(redacted.decompressedHits).toEqual([]);
  expect(probePdf(plainPdf, markers.contact).text).toContain(markers.contact);
  expect(readdirSync(redactedDir), 'only the dossier in its folder: no temporary file left').toEqual(['dossier.pdf']);

  // The scanner can fail: control files with a marker (both encodings) are found, then removed.
  const controls = [join(vaultDir, 'control-utf8.txt'), join(vaultDir, 'control-utf16.txt')];
  writeFileSync(controls[0]!, `x ${markers.title} x`);
  writeFileSync(controls[1]!, Buffer.from(`x ${markers.message} x`, 'utf16le'));
  const controlFindings = scanForMarkers([vaultDir], all).findings;
  expect(controlFindings).toHaveLength(2);
  expect(controlFindings).toContainEqual({ file: controls[0], marker: markers.title, encoding: 'utf8' });
  expect(controlFindings).toContainEqual({ file: controls[1], marker: markers.message, encoding: 'utf16le' });
  for (const control of controls) rmSync(control);

  // The scan itself. The harness still runs (its folder is deleted when it stops), the vault locked.
  const roots: Record<string, string> = { vault: vaultDir, profile: profileDir, harness: harness.dir, 'redacted export': redactedDir, tmp: tmpdir() };
  if (existsSync('/dev/shm')) roots.shm = '/dev/shm';
  const counts: string[] = [];
  const findings: PlaintextFinding[] = [];
  for (const [name, root] of Object.entries(roots)) {
    const scan = scanForMarkers([root], all);
    counts.push(`${name}: ${scan.filesScanned}`);
    findings.push(...scan.findings);
    expect(existsSync(root), `${name} folder still there to scan`).toBe(true);
    // The harness's folder may be empty (it only writes settings when they change); the others not.
    if (!['harness', 'shm'].includes(name)) expect(scan.filesScanned, `files under ${name}`).toBeGreaterThan(0);
  }
  // Excluded by design: the dossier she made without redaction.
  const leaks = findings.filter((f) => !isInside(f.file, plainDir));
  // The redacted dossier is her evidence too: only it, and only markers that were not taken out.
  const unexpected = leaks.filter((f) => !(f.file === redactedPdf && f.marker !== markers.contact));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`plaintext scan: ${counts.join(', ')}; findings ${findings.length} (${findings.length - leaks.length} in the unredacted dossier); ${seconds} s`);
  expect(unexpected, 'plaintext markers on disk').toEqual([]);
});
