// Her language only (renderer/i18n/languages.ts): the first screen is drawn in it at once, with
// only its own messages and those it falls back to loaded; another language is loaded when she
// switches, and the switch goes straight from one language to the other, with no key and no English
// on the way. A language whose file cannot be read is not switched to, and she is told so.
// Everything the page shows is recorded from its first moment (a MutationObserver added before any
// script of the page runs), so a flash of a key or of another language would be caught.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../../shared/appContract';
import { en, translator } from '../../renderer/i18n';
import { createVault, KEY_DERIVATION_MS, PASSPHRASE } from './coreFlow';
import { expectOnlyLocalRequests, openApp, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const ASSETS = resolve(__dirname, '../../out/renderer/assets');

/** The built file that holds a language's messages, found by one of its sentences. */
function fileOf(language: Exclude<Language, 'en'>): string {
  const sentence = translator(language)('common.languageNotLoaded');
  const files = readdirSync(ASSETS).filter((name) => name.endsWith('.js') && readFileSync(resolve(ASSETS, name), 'utf8').includes(sentence));
  expect(files, language).toHaveLength(1);
  return files[0]!;
}

/** Every "namespace.key" of the app: shown on screen, a key means a missing message. */
const KEYS = Object.entries(en).flatMap(([namespace, table]) => Object.keys(table).map((key) => `${namespace}.${key}`));

interface Seen {
  title: string;
  lang: string;
  text: string;
}

/** Records the page's title, language and text at every change, from before its first script. */
async function recordEverythingShown(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Seen[] = [];
    (window as unknown as { seen: Seen[] }).seen = seen;
    const record = () => seen.push({ title: document.title, lang: document.documentElement.lang, text: document.body?.innerText ?? '' });
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

async function shownSoFar(page: Page): Promise<Seen[]> {
  return page.evaluate(() => (window as unknown as { seen: Seen[] }).seen.splice(0));
}

/** English sentences a Russian or Belarusian screen could show by mistake: every English message
 *  long enough to be a sentence, and not the same in the other language. */
function englishOnly(language: Language): string[] {
  const t = translator(language);
  const english = translator('en');
  return KEYS.filter((key) => {
    const text = english(key as never);
    return text.length >= 12 && !text.includes('{') && t(key as never) !== text;
  }).map((key) => english(key as never));
}

function expectNoKeyNorEnglish(seen: Seen[], english: string[]): void {
  for (const { title, text } of seen) {
    const shown = `${title}\n${text}`;
    expect(KEYS.filter((key) => shown.includes(key)), shown).toEqual([]);
    expect(english.filter((sentence) => shown.includes(sentence)), shown).toEqual([]);
  }
}

test('the first screen comes up in her language at once, with only her language and its fallbacks loaded', async ({ page }) => {
  await recordEverythingShown(page);
  // Belarusian falls back to Russian, so both are loaded, and Ukrainian is not.
  session = await openApp(page, 'be');
  const be = translator('be');
  await expect(page.getByRole('heading', { level: 1, name: be('vault.unlockTitle') })).toBeVisible();
  const seen = await shownSoFar(page);
  const drawn = seen.filter((s) => s.text.trim() !== '');
  expect(drawn.length).toBeGreaterThan(0);
  // From the first text on screen: Belarusian, never a key, never English, never the app's name as a key.
  for (const s of drawn) {
    expect(s.text).toContain(be('vault.unlockTitle'));
    expect(s.lang).toBe('be');
  }
  expectNoKeyNorEnglish(seen, englishOnly('be'));
  const requested = session.requests.map((url) => url.slice(url.lastIndexOf('/') + 1));
  expect(requested).toContain(fileOf('be'));
  expect(requested).toContain(fileOf('ru'));
  expect(requested).not.toContain(fileOf('uk'));
  expectOnlyLocalRequests(session);
});

test('switching language in Settings shows the new language at once, loaded only then, with no key or English on the way', async ({ page }) => {
  await recordEverythingShown(page);
  session = await openApp(page, 'ru');
  const [ru, be] = [translator('ru'), translator('be')];
  await createVault(session, 'language-switch', false);
  await page.getByRole('button', { name: ru('common.navSettings'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru('settings.title') })).toBeVisible();
  const requested = () => session!.requests.map((url) => url.slice(url.lastIndexOf('/') + 1));
  expect(requested()).toContain(fileOf('ru'));
  expect(requested()).not.toContain(fileOf('be'));
  await shownSoFar(page);

  await page.locator('.language-picker select').selectOption('be');
  await expect(page.getByRole('heading', { level: 1, name: be('settings.title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'be');
  await expect(page.getByRole('button', { name: be('common.navSettings'), exact: true })).toBeVisible();
  expect(requested()).toContain(fileOf('be'));
  // Every state the page went through: all Russian, then all Belarusian; nothing in between.
  const seen = (await shownSoFar(page)).filter((s) => s.text.trim() !== '');
  expect(seen.length).toBeGreaterThan(0);
  let switched = false;
  for (const s of seen) {
    if (s.text.includes(be('settings.title'))) switched = true;
    expect(s.text, 'a screen with both titles or neither').toContain(switched ? be('settings.title') : ru('settings.title'));
    expect(s.text).not.toContain(switched ? ru('settings.title') : be('settings.title'));
  }
  expect(switched).toBe(true);
  expectNoKeyNorEnglish(seen, englishOnly('be'));
  // The choice is kept: after a reload the first screen is Belarusian.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: be('vault.unlockTitle') })).toBeVisible();
  expectOnlyLocalRequests(session);
});

test('a language whose file cannot be read is not switched to; she is told so, and the screen stays as it was', async ({ page }) => {
  session = await openApp(page, 'ru');
  const ru = translator('ru');
  await expect(page.getByRole('heading', { level: 1, name: ru('vault.unlockTitle') })).toBeVisible();
  // A damaged install: the Ukrainian file is not there.
  await page.route(`**/${fileOf('uk')}`, (route) => route.fulfill({ status: 404, body: '' }));
  await page.locator('.language-picker select').selectOption('uk');
  await expect(page.getByRole('alert').filter({ hasText: ru('common.languageNotLoaded') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: ru('vault.unlockTitle') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.language-picker select')).toHaveValue('ru');
  expect(await session.harness.call('app.settings')).toMatchObject({ language: 'ru' });
  // Another language still loads, and the note goes.
  const be = translator('be');
  await page.locator('.language-picker select').selectOption('be');
  await expect(page.getByRole('heading', { level: 1, name: be('vault.unlockTitle') })).toBeVisible();
  await expect(page.getByText(ru('common.languageNotLoaded'))).toHaveCount(0);
});

test('a disguised start never names the app, not even in the window title for a moment', async ({ page }) => {
  await recordEverythingShown(page);
  session = await openApp(page, 'ru');
  const ru = translator('ru');
  await createVault(session, 'language-disguise', false);
  await page.getByRole('button', { name: ru('common.navSettings'), exact: true }).click();
  await page.getByLabel(ru('settings.disguise')).check();
  await page.getByLabel(ru('settings.disguisePassphrase')).fill(PASSPHRASE);
  await page.getByRole('button', { name: ru('settings.disguiseTurnOn') }).click();
  await expect(page.getByText(ru('settings.disguiseIsOn'))).toBeVisible({ timeout: KEY_DERIVATION_MS });
  // A new start of the window (the recorder starts again with it).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: ru('common.disguiseName') })).toBeVisible();
  await expect(page).toHaveTitle(ru('common.disguiseName'));
  const seen = await shownSoFar(page);
  expect(seen.length).toBeGreaterThan(0);
  const names = LANGUAGES.map((language) => translator(language)('common.appName'));
  for (const { title, text } of seen) expect(names.filter((name) => title.includes(name) || text.includes(name)), `${title}\n${text}`).toEqual([]);
  expectNoKeyNorEnglish(seen, englishOnly('ru'));
});

test('if her language cannot be read at the start, the first screen is in English, never keys', async ({ page }) => {
  await recordEverythingShown(page);
  // A damaged install: the Belarusian file is not there.
  await page.route(`**/${fileOf('be')}`, (route) => route.fulfill({ status: 404, body: '' }));
  session = await openApp(page, 'be');
  const english = translator('en');
  await expect(page.getByRole('heading', { level: 1, name: english('vault.unlockTitle') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.language-picker select')).toHaveValue('en');
  for (const { title, text } of await shownSoFar(page)) expect(KEYS.filter((key) => `${title}\n${text}`.includes(key))).toEqual([]);
  // Her choice is not overwritten: it is still Belarusian in her settings.
  expect(await session.harness.call('app.settings')).toMatchObject({ language: 'be' });
});
