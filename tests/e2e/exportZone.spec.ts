// "Every time has a zone" in the app's own export (issue 9): the export and hand-over screens offer
// the place whose clock the dossier is made by (starting at the computer's), and the PDF names it as
// a place with its offset. Here the browser is in Minsk and she chooses Yekaterinburg (two hours
// ahead): the period's days, "Сформировано" and the cover follow Yekaterinburg; each event keeps the
// zone where it happened. The dates that matter get the same place picker.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Decrypter } from 'age-encryption';
import { unzipSync } from 'fflate';
import { createVault } from './coreFlow';
import { checkScreen, chooseFile, expectAccessible, expectOnlyLocalRequests, openApp, pdfText, type Session } from './helpers';
import { clocks } from '../clocks';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const exact = { exact: true } as const;

/** Every "Сформировано …" in the text (the cover and the integrity page) is in Yekaterinburg, named as
 *  a place with its offset, and not in the browser's Minsk. */
function expectMadeInYekaterinburg(text: string, before: number, after: number): void {
  const stated = [...text.matchAll(/Сформировано (\d\d\.\d\d\.\d{4} \d\d:\d\d) \(([^)]*)\)/g)];
  expect(stated).toHaveLength(2);
  for (const [, clock, zone] of stated) {
    expect(zone).toBe('Екатеринбург, UTC+05:00');
    expect(clocks('Asia/Yekaterinburg', before, after)).toContain(clock);
    expect(clocks('Europe/Minsk', before, after)).not.toContain(clock);
  }
}

/** Types into the place picker and takes the first place the list offers. */
async function choosePlace(page: Page, label: string, typed: string, shown: string | RegExp): Promise<void> {
  const zone = page.getByRole('combobox', { name: label });
  await zone.fill(typed);
  await expect(zone).toHaveAttribute('aria-expanded', 'true');
  await zone.press('Enter');
  await expect(zone).toHaveValue(shown);
}

test('экспорт и передача юристу в выбранном поясе (Екатеринбург при компьютере в Минске); важная дата со своим местом', async ({ page }) => {
  test.setTimeout(240_000);
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'export-zone', false);
  // 04.03.2024 23:30 in Minsk is already 05.03.2024 01:30 in Yekaterinburg.
  const entry = (title: string, at: string) => harness.call('entries.create', { draft: { kind: 'incident', title, text: '', occurredAt: { at, zone: 'Europe/Minsk', precision: 'exact' } } });
  await entry('Ночной звонок в дверь', '2024-03-04T20:30:00.000Z');
  await entry('Кричал у подъезда', '2024-03-10T12:00:00.000Z');

  // The export: the place starts at the computer's (Minsk); the period 05.03–31.03 then holds one entry.
  await page.getByRole('button', { name: t('common.navExport'), ...exact }).click();
  const main = page.getByRole('main');
  await main.getByLabel(t('timeline.from'), exact).fill('05.03.2024');
  await main.getByLabel(t('timeline.to'), exact).fill('31.03.2024');
  await expect(page.getByRole('combobox', { name: t('export.zone') })).toHaveValue('Минск (UTC+03:00)');
  const summary = page.locator('.summary');
  await expect(summary).toContainText(t('timeline.total', { count: 1 }));
  // Counted in Yekaterinburg the night call falls on 05.03: both entries.
  await choosePlace(page, t('export.zone'), 'екатер', 'Екатеринбург (UTC+05:00)');
  await expect(summary).toContainText(t('timeline.total', { count: 2 }));
  await checkScreen(page, 'export-zone');
  // A copy that removes anything drops the photos' GPS too (shared/dossierOptions.ts): the box says
  // so, ticked and fixed with the reason, and is hers to choose again for a copy that removes nothing.
  const gps = main.getByLabel(t('export.redactPhotoPlaces'), exact);
  await expect(gps).toBeChecked();
  await expect(gps).toBeDisabled();
  await expect(gps).toHaveAccessibleDescription(t('export.redactPhotoPlacesAlways'));
  await main.getByLabel(t('export.redactWitnesses'), exact).uncheck();
  await expect(gps).toBeEnabled();
  await main.getByLabel(t('export.redactWitnesses'), exact).check();

  const pdf = join(harness.dir, 'досье.pdf');
  await chooseFile(page, harness, t('export.target'), pdf);
  const before = Date.now();
  await main.getByRole('button', { name: t('export.exportButton'), ...exact }).click();
  await expect(page.getByText(t('export.verifiedOk'))).toBeVisible({ timeout: 120_000 });
  const after = Date.now();

  const text = pdfText(pdf);
  const cover = text.slice(0, text.indexOf('Содержание'));
  expectMadeInYekaterinburg(text, before, after);
  expect(cover).toContain('Период 05.03.2024 – 31.03.2024 (Екатеринбург, UTC+05:00)');
  // The events happened in Minsk: that is the dossier's own zone, stated once, as a place.
  expect(cover).toContain('Время местное, Минск (UTC+03:00)');
  expect(text).toContain('Ночной звонок в дверь');
  expect(text).toContain('04.03.2024 23:30');
  expect(text).toContain('Кричал у подъезда');
  expect(text).not.toMatch(/Europe\/|Asia\//);

  // The hand-over: the same choice of place; no place to save is said on the chooser.
  await page.getByRole('button', { name: t('filing.navHandover'), ...exact }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('filing.handoverTitle') })).toBeVisible();
  const seal = main.getByRole('button', { name: t('filing.handoverWrite'), ...exact });
  await seal.click();
  const chooser = page.getByRole('group', { name: t('filing.handoverTarget'), ...exact }).getByRole('button');
  await expect(chooser).toBeFocused();
  await expect(page.getByText(t('form.needHandoverTarget'))).toBeVisible();
  await expect(page.getByRole('combobox', { name: t('export.zone') })).toHaveValue('Минск (UTC+03:00)');
  await choosePlace(page, t('export.zone'), 'екатер', 'Екатеринбург (UTC+05:00)');
  const target = join(harness.dir, 'для юриста.age');
  await chooseFile(page, harness, t('filing.handoverTarget'), target);
  const sealedFrom = Date.now();
  await seal.click();
  const passphrase = page.locator('.handover-passphrase');
  await expect(passphrase).toBeVisible({ timeout: 180_000 });
  const sealedTo = Date.now();
  const decrypter = new Decrypter();
  decrypter.addPassphrase((await passphrase.textContent())!.trim());
  const files = unzipSync(await decrypter.decrypt(readFileSync(target)));
  const inside = join(harness.dir, 'inside.pdf');
  writeFileSync(inside, files['dossier.pdf']!);
  expectMadeInYekaterinburg(pdfText(inside), sealedFrom, sealedTo);

  // Sealing again to the same file asks once, beside the button, then replaces it.
  await page.getByRole('button', { name: t('filing.handoverForget') }).click();
  await seal.click();
  const question = page.getByRole('group', { name: t('form.fileExists', { name: 'для юриста.age' }) });
  await expect(question).toBeVisible();
  await expectAccessible(page, 'handover asking to replace');
  await question.getByRole('button', { name: t('form.replaceYes') }).click();
  await expect(passphrase).toBeVisible({ timeout: 180_000 });
  await expect(page.getByText(t('errors.INVALID_INPUT'))).toHaveCount(0);

  // A date that matters, kept in the zone of its own place (the court's city), not the computer's.
  await page.getByRole('button', { name: t('filing.navDates'), ...exact }).click();
  await expect(page.getByRole('combobox', { name: t('filing.dateZone') })).toHaveValue(/^Минск \(UTC\+03:00\)$/);
  await page.getByLabel(t('filing.kind'), exact).selectOption('hearing');
  await page.getByLabel(t('filing.dateTitle'), exact).fill('Заседание в Екатеринбурге');
  await page.getByLabel(t('filing.from'), exact).fill('12.06.2025');
  await choosePlace(page, t('filing.dateZone'), 'екатер', 'Екатеринбург (UTC+05:00)');
  await checkScreen(page, 'dates-zone');
  await page.getByRole('button', { name: t('filing.addDate') }).click();
  await expect(page.locator('.date-list li')).toHaveCount(1);
  await expect(page.locator('.date-list li')).toContainText('12.06.2025 (Екатеринбург) · Судебное заседание · Заседание в Екатеринбурге');
  const dates = (await harness.call('dates.list', {})) as { kind: string; title: string; zone: string; from: string }[];
  expect(dates).toMatchObject([{ kind: 'hearing', title: 'Заседание в Екатеринбурге', zone: 'Asia/Yekaterinburg', from: '2025-06-12' }]);
  expectOnlyLocalRequests(session);
});
