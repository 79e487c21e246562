// Issue 13, items 4 and 6 in the real UI, with a real Telegram export (../shared/fixtures): sample
// messages per sender, first and last in dd.mm.yyyy in the zone she chooses (not this computer's),
// Continue only once his names and hers are marked, a chart with labelled axes, the result in the
// messages' zone; and the import and export screens wholly in Belarusian and Ukrainian.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/appContract';
import { placeOfZone } from '../../shared/places';
import { calendarDayText } from '../../shared/timeFormat';
import { be } from '../../renderer/i18n/be';
import { en } from '../../renderer/i18n/en';
import { ru } from '../../renderer/i18n/ru';
import { uk } from '../../renderer/i18n/uk';
import { createVault } from './coreFlow';
import { checkScreen, chooseFile, expectOnlyLocalRequests, openApp, SCREENSHOTS, type Session } from './helpers';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures/messages');
/** 4 messages on 23.08.2023, 20:11:23Z to 20:15:53Z: Jimmeny Marvelton 3, Batman & Robin 1. */
const TELEGRAM = join(FIXTURES, 'telegram/lc_personal_chat_result.json');

// Her computer is set to New York: the phone's zone (Minsk) must win wherever times are shown.
test.use({ timezoneId: 'America/New_York' });
// The real exports are always beside the project (CI clones it next to ../shared): missing, they fail.
test.beforeAll(() => expect(existsSync(FIXTURES), 'the real exports in ../shared/fixtures').toBe(true));

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

/** What she sees at both window sizes (looked at by a person: test-results/screens). */
async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1024, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openImport(session: Session): Promise<void> {
  const { page, t, harness } = session;
  await page.getByRole('button', { name: t('common.navImport'), exact: true }).click();
  await chooseFile(page, harness, t('import.file'), TELEGRAM);
}

for (const language of ['ru', 'en'] as const) {
  test(`a real Telegram export: samples, dates in her chosen zone, both names required, labelled chart (${language})`, async ({ page }) => {
    session = await openApp(page, language);
    const { t } = session;
    // Days and times as every screen and the PDF write them (shared/timeFormat.ts).
    const day = (d: string) => (language === 'en' ? calendarDayText(d.split('.').reverse().join('-'), 'en') : d);
    const at = (d: string, time: string) => `${day(d)}${language === 'en' ? ',' : ''} ${time}`;
    const place = (zone: string) => placeOfZone(zone)!.names[language];
    await createVault(session, `trust-${language}`, false);
    await openImport(session);
    await shots(page, `import-choose-${language}`);
    await page.getByRole('button', { name: t('import.look') }).click();

    // The first messages of each sender, so she sees it is the right chat.
    const samples = page.locator('.import-samples');
    await expect(samples.getByRole('heading', { name: 'Jimmeny Marvelton' })).toBeVisible();
    await expect(samples.getByRole('heading', { name: 'Batman & Robin' })).toBeVisible();
    await expect(samples.locator('li')).toHaveCount(4);
    await expect(samples.locator('li').first()).toHaveText(`${at('23.08.2023', '16:11')} i refuse to converse with you`);

    // First and last in the zone shown (this computer's, New York, until she chooses), then in hers.
    const period = page.locator('dd.import-period');
    await expect(period).toHaveText(`${at('23.08.2023', '16:11')} – ${at('23.08.2023', '16:15')}`);
    // The same searchable list of places as an entry's zone.
    const zone = page.getByRole('combobox', { name: t('import.zone') });
    const choose = async (name: string) => {
      await zone.fill(name);
      await zone.press('Enter');
      await expect(zone).toHaveValue(new RegExp(`^${name} \\(UTC`));
    };
    await choose(place('Asia/Tbilisi'));
    await expect(period).toHaveText(`${at('24.08.2023', '00:11')} – ${at('24.08.2023', '00:15')}`);
    await expect(samples.locator('li').first()).toContainText(`${at('24.08.2023', '00:11')}`);
    await choose(place('Europe/Minsk'));
    await expect(period).toHaveText(`${at('23.08.2023', '23:11')} – ${at('23.08.2023', '23:15')}`);
    await expect(samples.locator('li').first()).toContainText(`${at('23.08.2023', '23:11')}`);

    // Continue waits for his names, then hers, and says why.
    const confirm = page.getByRole('button', { name: t('import.confirm', { count: 4 }) });
    await expect(confirm).toBeDisabled();
    await expect(page.getByText(t('import.chooseAbuserFirst'))).toBeVisible();
    await expect(confirm).toHaveAccessibleDescription(t('import.chooseAbuserFirst'));
    await page.getByRole('group', { name: t('import.whoIsAbuser') }).getByRole('checkbox', { name: t('import.senderLine', { name: 'Jimmeny Marvelton', count: 3 }) }).check();
    await expect(confirm).toBeDisabled();
    await expect(confirm).toHaveAccessibleDescription(t('import.chooseMeFirst'));
    await page.getByRole('group', { name: t('import.whoIsMe') }).getByRole('checkbox', { name: t('import.senderLine', { name: 'Batman & Robin', count: 1 }) }).check();
    await expect(confirm).toBeEnabled();
    await expect(page.getByText(t('import.chooseMeFirst'))).toHaveCount(0);
    await checkScreen(page, `import-trust-preview-${language}`);
    await shots(page, `import-preview-${language}`);
    await confirm.click();

    // The result in the phone's zone (Minsk), not the computer's (New York).
    await expect(page.getByText(t('import.doneLine', { count: 4, duplicates: 0 }))).toBeVisible();
    await expect(page.locator('p.import-period')).toHaveText(t('import.resultPeriod', { from: `${at('23.08.2023', '23:11')}`, to: `${at('23.08.2023', '23:15')}`, zone: place('Europe/Minsk') }));
    const chart = page.locator('figure.chart');
    await expect(chart.getByText(t('import.chartTitle_day'), { exact: true })).toBeVisible();
    await expect(chart.locator('svg text', { hasText: t('import.chartCountAxis') })).toHaveCount(1);
    await expect(chart.locator('svg text', { hasText: t('import.chartDateAxis_day') })).toHaveCount(1);
    await expect(chart.locator('svg text', { hasText: day('23.08.2023') })).toHaveCount(1);
    // Only his three messages are counted: one day, one bar.
    await expect(chart.locator('svg rect')).toHaveCount(1);
    await chart.getByText(t('import.chartTable')).click();
    await expect(chart.getByRole('row')).toHaveCount(2);
    await expect(chart.getByRole('row').nth(1)).toHaveText(`${day('23.08.2023')}3`);
    await checkScreen(page, `import-trust-result-${language}`);
    await shots(page, `import-result-${language}`);

    await page.getByRole('button', { name: t('common.navExport'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('export.title') })).toBeVisible();
    await shots(page, `export-${language}`);
    expectOnlyLocalRequests(session);
  });
}

test('three days years apart are months apart on the chart, and a silent month is an empty bar', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'trust-months', false);
  const chat = join(harness.dir, 'WhatsApp Chat.txt');
  writeFileSync(chat, ['15.01.2021, 10:00 - Виктор: раз', '15.06.2022, 10:00 - Виктор: два', '15.02.2024, 10:00 - Виктор: три', ''].join('\n'));
  await page.getByRole('button', { name: t('common.navImport'), exact: true }).click();
  await chooseFile(page, harness, t('import.file'), chat);
  await page.getByRole('button', { name: t('import.look') }).click();
  // He is the only sender: nothing more to mark.
  await page.getByRole('checkbox', { name: t('import.senderLine', { name: 'Виктор', count: 3 }) }).check();
  await expect(page.getByText(t('import.chooseMeFirst'))).toHaveCount(0);
  await page.getByRole('button', { name: t('import.confirm', { count: 3 }) }).click();
  const chart = page.locator('figure.chart');
  await expect(chart.getByText(t('import.chartTitle_month'), { exact: true })).toBeVisible();
  // January 2021 to February 2024: 38 months, three of them with a message.
  await expect(chart.locator('svg rect')).toHaveCount(38);
  await expect(chart.locator('svg text', { hasText: '01.01.2021' })).toHaveCount(1);
  await expect(chart.locator('svg text', { hasText: '01.02.2024' })).toHaveCount(1);
  await expect(chart.locator('svg text', { hasText: t('import.chartDateAxis_month') })).toHaveCount(1);
  await checkScreen(page, 'import-result-months');
});

/** Pieces of Russian and English catalogue text (import, export and the shared words) that the
 *  Belarusian or Ukrainian screens must not show; pieces the language has too are not counted. */
function foreignPieces(own: typeof be | typeof uk): string[] {
  const texts = (messages: object) =>
    (['import', 'export', 'common'] as const).flatMap((n) => Object.values((messages as Record<string, Record<string, unknown>>)[n] ?? {}).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>))));
  const ownText = texts(own).join('\n');
  return [...new Set([...texts(ru), ...texts(en)].flatMap((text) => text.split(/\{\w+\}/)).map((piece) => piece.trim()))].filter((piece) => piece.length >= 8 && !ownText.includes(piece));
}

for (const [language, own] of [
  ['be', be],
  ['uk', uk],
] as const) {
  test(`the import and export screens in ${language}: no Russian or English words, no message keys`, async ({ page }) => {
    session = await openApp(page, language as Language);
    const { t } = session;
    const pieces = foreignPieces(own);
    const nothingForeign = async (screen: string) => {
      const text = await page.locator('main').innerText();
      expect(pieces.filter((piece) => text.includes(piece)), screen).toEqual([]);
      expect(text, screen).not.toMatch(/\b(import|export)\.[a-zA-Z_]+/);
    };
    await createVault(session, `trust-${language}`, false);
    await openImport(session);
    await nothingForeign('choose');
    await page.getByRole('button', { name: t('import.look') }).click();
    await expect(page.locator('.import-samples li')).toHaveCount(4);
    await nothingForeign('preview, nothing marked');
    await page.getByRole('checkbox', { name: t('import.senderLine', { name: 'Jimmeny Marvelton', count: 3 }) }).check();
    await nothingForeign('preview, his names marked');
    await page.getByLabel(t('import.noneIsMe')).check();
    await checkScreen(page, `import-preview-${language}`);
    await page.getByRole('button', { name: t('import.confirm', { count: 4 }) }).click();
    await expect(page.getByText(t('import.doneLine', { count: 4, duplicates: 0 }))).toBeVisible();
    await expect(page.locator('figure.chart')).toBeVisible();
    await nothingForeign('result');
    await checkScreen(page, `import-result-${language}`);
    await page.getByRole('button', { name: t('common.navExport'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('export.title') })).toBeVisible();
    await nothingForeign('export');
    await checkScreen(page, `export-${language}`);
  });
}
