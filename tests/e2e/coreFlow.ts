// The core flow of issue 5, written once and run in each language: make a vault → one entry of each
// kind, each with a file → lock → wrong passphrase → unlock → quick exit. Controls are found by the
// app's own translations, so a missing or wrong label fails here too.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from '@playwright/test';
import type { EntryKind } from '../../shared/domain';
import { PNG_BASE64, checkScreen, chooseFile, dropFile, openSection, screenshot, type Session } from './helpers';

export const PASSPHRASE = 'river lamp winter seven orchard';
/** Making or opening a vault derives its key with Argon2id (64 MiB, 3 passes): well under a second
 *  alone, but many seconds on our shared 2-core machines when every test runs at once. */
export const KEY_DERIVATION_MS = 30_000;

/** What she writes, in the language of the run (Cyrillic goes through the vault and search too). */
export interface FlowTexts {
  incident: string;
  stalking: string;
  economic: string;
  injuries: string;
}

export const ENGLISH_TEXTS: FlowTexts = {
  incident: 'He pushed me against the wall and shouted.',
  stalking: 'He waited at the entrance of my work.',
  economic: 'He took my salary card.',
  injuries: 'Bruise on the left arm',
};

export const RUSSIAN_TEXTS: FlowTexts = {
  incident: 'Он толкнул меня к стене и кричал.',
  stalking: 'Он ждал меня у входа на работу.',
  economic: 'Он забрал мою зарплатную карту.',
  injuries: 'Синяк на левой руке',
};

const exact = { exact: true } as const;

export async function createVault(session: Session, name: string, check: boolean): Promise<string> {
  const { page, t, harness } = session;
  const path = join(harness.dir, 'notes.dossier');
  if (check) await checkScreen(page, `${name}-unlock`);
  await page.getByRole('button', { name: t('vault.createLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('vault.createTitle') })).toBeVisible();
  // Without a place the main action says what is missing.
  await page.getByRole('button', { name: t('vault.createButton') }).click();
  await expect(page.getByText(t('vault.needLocation'))).toBeVisible();
  await chooseFile(page, harness, t('vault.newLocation'), path);
  await page.getByLabel(t('vault.newPassphrase'), exact).fill(PASSPHRASE);
  await page.getByLabel(t('vault.repeatPassphrase')).fill(PASSPHRASE);
  await expect(page.getByText(`${t('vault.strengthLabel')}: ${t('vault.strength4')}`)).toBeVisible();
  // The warning is required reading: without the tick, the main action explains what is missing.
  await page.getByRole('button', { name: t('vault.createButton') }).click();
  await expect(page.getByText(t('vault.needUnderstood'))).toBeVisible();
  await page.getByLabel(t('vault.understood')).check();
  if (check) await checkScreen(page, `${name}-create`);
  await page.getByRole('button', { name: t('vault.createButton') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });
  await expect(page.getByText(t('timeline.empty'))).toBeVisible();
  if (check) await checkScreen(page, `${name}-timeline-empty`);
  return path;
}

interface EntryPlan {
  kind: EntryKind;
  date: string;
  time: string;
  text: string;
  category: string;
  /** How the file goes in: chosen in the (seam-answered) dialog, or dropped (an image, to see its preview). */
  file: 'path-image' | 'dropped-image' | 'path-document';
  injuries?: string;
}

export async function addEntry(session: Session, plan: EntryPlan, shotName: string | null): Promise<void> {
  const { page, t, harness } = session;
  await page.getByRole('button', { name: t('timeline.newEntry') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('entry.newTitle') })).toBeVisible();
  await page.getByRole('radio', { name: t(`common.kind_${plan.kind}`) }).check();
  await page.getByLabel(t('entry.date'), exact).fill(plan.date);
  await page.getByLabel(t('entry.time'), exact).fill(plan.time);
  await page.getByLabel(t('entry.whatHappened'), exact).fill(plan.text);
  // Everything else is in sections that open on demand (issue 13).
  await openSection(page, t('form.sectionAbout'));
  await page.getByRole('checkbox', { name: t(`cat_${plan.kind}.${plan.category}` as never) }).check();
  if (plan.kind === 'incident') {
    await openSection(page, t('form.sectionInjuries'));
    await page.getByLabel(t('entry.injuries'), exact).fill(plan.injuries ?? 'Bruise on the left arm');
    await openSection(page, t('entry.policeReport'));
    await page.getByLabel(t('entry.policeNumber'), exact).fill('KUSP-1234');
    await openSection(page, t('form.sectionPeople'));
    await page.getByRole('radio', { name: t('common.yes'), exact: true }).check();
  }
  if (plan.kind === 'economic') {
    await openSection(page, t('form.sectionMoney'));
    await page.getByLabel(t('entry.amount'), exact).fill('1 250,50');
    await page.getByLabel(t('entry.currency'), exact).fill('byn');
  }
  await openSection(page, t('entry.files'));
  if (plan.file === 'dropped-image') {
    await dropFile(page, '.attachments .drop-zone', { name: 'screenshot.png', type: 'image/png', base64: PNG_BASE64 });
    await expect(page.locator('.pending-files img.preview')).toBeVisible();
    // The preview comes from memory (a blob: URL), never from a file or a server.
    expect(await page.locator('.pending-files img.preview').getAttribute('src')).toMatch(/^blob:/);
  } else {
    const name = plan.file === 'path-image' ? 'photo.png' : 'receipt.txt';
    const path = join(harness.dir, name);
    writeFileSync(path, plan.file === 'path-image' ? Buffer.from(PNG_BASE64, 'base64') : 'Receipt: 1250.50 BYN taken from my card\n');
    await harness.call('harness.answerPicker', { path });
    await page.getByRole('button', { name: t('entry.addFile') }).click();
    await expect(page.locator('.pending-files')).toContainText(name);
    await expect(page.locator('body')).not.toContainText(harness.dir);
  }
  if (shotName) await checkScreen(page, shotName);
  await page.getByRole('button', { name: t('entry.save'), exact: true }).click();
  // Saved: the entry's own page, with the file and its fingerprint.
  await expect(page.locator('.entry-text')).toHaveText(plan.text);
  await expect(page.locator('.attachment-list li')).toHaveCount(1);
  await expect(page.locator('.attachment-list .fingerprint code')).toHaveText(/^[0-9a-f]{64}$/);
  if (plan.file !== 'path-document') await expect(page.locator('.attachment-list img.preview')).toBeVisible();
  if (shotName) await checkScreen(page, `${shotName}-saved`);
  await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
}

export async function lockAndUnlock(session: Session, vaultPath: string, name: string, check: boolean, secret: string): Promise<void> {
  const { page, t } = session;
  await page.getByRole('button', { name: t('common.lock'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('vault.unlockTitle') })).toBeVisible();
  // The screen locks at once; the draft is saved and the vault locked a moment later, behind it.
  await expect.poll(() => session.harness.call('vault.status')).toEqual({ open: false });
  // Nothing of the vault is left on the locked screen.
  await expect(page.locator('body')).not.toContainText(secret);
  // The vault she opened is still chosen, by its name only.
  await expect(page.getByRole('group', { name: t('vault.location') }).locator('.file-name')).toHaveText(basename(vaultPath));
  await page.getByLabel(t('vault.passphrase'), exact).fill('not the passphrase');
  await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
  await expect(page.getByText(t('vault.wrongPassphrase'))).toBeVisible();
  if (check) await checkScreen(page, `${name}-wrong-passphrase`);
  await page.getByLabel(t('vault.passphrase'), exact).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('vault.unlockButton'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('timeline.title') })).toBeVisible({ timeout: KEY_DERIVATION_MS });
}

export async function quickExitByButton(session: Session): Promise<void> {
  const { page, t } = session;
  await page.getByRole('button', { name: t('common.quickExit') }).click();
  await expect(page).toHaveURL('about:blank');
  expect(await session.harness.call('vault.status')).toEqual({ open: false });
}

export async function runCoreFlow(session: Session, name: string, check: boolean, texts: FlowTexts = ENGLISH_TEXTS): Promise<void> {
  const { page, t } = session;
  const vaultPath = await createVault(session, name, check);
  await addEntry(session, { kind: 'incident', date: '05.03.2024', time: '21:30', text: texts.incident, injuries: texts.injuries, category: 'physical', file: 'path-image' }, check ? `${name}-editor-incident` : null);
  await addEntry(session, { kind: 'stalking', date: '07.03.2024', time: '08:10', text: texts.stalking, category: 'showing_up_at_home_or_work', file: 'dropped-image' }, check ? `${name}-editor-stalking` : null);
  await addEntry(session, { kind: 'economic', date: '10.03.2024', time: '12:00', text: texts.economic, category: 'deprivation_of_funds', file: 'path-document' }, check ? `${name}-editor-economic` : null);
  // Newest first, counted by kind, money totalled.
  await expect(page.getByText(t('timeline.total', { count: 3 }))).toBeVisible();
  await expect(page.locator('.timeline-row .row-title').first()).toHaveText(texts.economic);
  await expect(page.locator('.timeline-row')).toHaveCount(3);
  await screenshot(page, `${name}-timeline`);
  if (check) await checkScreen(page, `${name}-timeline`);
  await lockAndUnlock(session, vaultPath, name, check, texts.incident);
  await quickExitByButton(session);
}
