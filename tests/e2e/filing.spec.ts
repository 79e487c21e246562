// Issue 10 in the browser, in Russian: the statement to the court (only the ticked events reach the
// .docx; two accused are asked about), the dates that matter with days left (a range that ends
// before it starts is refused), and what is due shown when she unlocks.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createVault, lockAndUnlock } from './coreFlow';
import { checkScreen, chooseFile, expectOnlyLocalRequests, openApp, type Session } from './helpers';
import { docxParagraphs } from '../integration/filing/docxText';
import { localDay as dayIn } from '../../shared/zonedTime';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

/** The page's zone (timezoneId in playwright.config.ts): the dates screen counts "today" there. */
const zone = 'Europe/Minsk';

/** A calendar day `offset` days from today in the page's zone. Not this computer's: from 21:00 UTC
 *  on, a machine on UTC is a day behind Minsk, and the test expected one day more than was left. */
function localDay(offset: number): string {
  const today = dayIn(new Date().toISOString(), zone);
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The same day as she types it: 05.03.2024. */
const typed = (isoDay: string) => isoDay.split('-').reverse().join('.');

test('заявление в суд из выбранных записей, важные даты, что скоро — при открытии', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  const vaultPath = await createVault(session, 'filing', false);
  const person = async (name: string, role: string) => ((await harness.call('people.create', { draft: { name, role } })) as { id: string }).id;
  const viktor = await person('Виктор Кравцов', 'perpetrator');
  const igor = await person('Игорь Кравцов', 'perpetrator');
  const maria = await person('Мария Соседкина', 'witness');
  const entry = async (title: string, at: string, personIds: string[]) =>
    harness.call('entries.create', { draft: { kind: 'incident', title, text: '', occurredAt: { at, zone: 'Europe/Minsk', precision: 'exact' }, personIds } });
  await entry('Ударил на кухне', '2024-03-05T15:30:00Z', [viktor, maria]);
  await entry('НЕ-ДЛЯ-ЗАЯВЛЕНИЯ', '2024-04-01T10:00:00Z', [viktor]);
  await entry('Пришли оба', '2024-05-01T10:00:00Z', [viktor, igor]);

  // Statement: two accused → asked which; then only the ticked events are in the draft.
  await page.getByRole('button', { name: t('filing.navStatement'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('filing.statementTitle') })).toBeVisible();
  await page.getByRole('checkbox', { name: /Ударил на кухне/ }).check();
  await page.getByRole('checkbox', { name: /Пришли оба/ }).check();
  const target = join(harness.dir, 'заявление.docx');
  await chooseFile(page, harness, t('filing.target'), target);
  await page.getByRole('button', { name: t('filing.write') }).click();
  await expect(page.getByText(t('errors.SEVERAL_ACCUSED'))).toBeVisible();
  await page.getByLabel(t('filing.accused'), { exact: true }).selectOption({ label: 'Виктор Кравцов' });
  await page.getByLabel(t('filing.court'), { exact: true }).fill('Суд Центрального района г. Минска');
  await checkScreen(page, 'statement');
  await page.getByRole('button', { name: t('filing.write') }).click();
  await expect(page.getByText(/Черновик сохранён: заявление\.docx/)).toBeVisible();
  const text = docxParagraphs(target).join('\n');
  expect(text).toContain('05.03.2024 в 18:30');
  expect(text).toContain('Мария Соседкина');
  expect(text).toContain('статья 426 Уголовно-процессуального кодекса Республики Беларусь');
  expect(text).toContain('В Суд Центрального района г. Минска');
  expect(text).not.toContain('НЕ-ДЛЯ-ЗАЯВЛЕНИЯ');

  // Dates: a backwards range is refused in words; a protection order shows its days left.
  await page.getByRole('button', { name: t('filing.navDates'), exact: true }).click();
  await expect(page.getByText(t('filing.noDates'))).toBeVisible();
  await page.getByLabel(t('filing.dateTitle'), { exact: true }).fill('Защитное предписание');
  await page.getByLabel(t('filing.from'), { exact: true }).fill(typed(localDay(0)));
  await page.getByLabel(t('filing.to'), { exact: true }).fill(typed(localDay(-3)));
  await page.getByRole('button', { name: t('filing.addDate') }).click();
  await expect(page.getByText(t('filing.rangeBackwards'))).toBeVisible();
  await page.getByLabel(t('filing.to'), { exact: true }).fill(typed(localDay(5)));
  await page.getByRole('button', { name: t('filing.addDate') }).click();
  await expect(page.locator('.date-list li')).toHaveCount(1);
  await expect(page.locator('.date-list')).toContainText(`${t('filing.running')}: ${t('filing.daysLeft', { count: 5 })}`);
  await harness.call('dates.add', { draft: { kind: 'hearing', from: localDay(400), zone, title: 'Заседание не скоро' } });
  await checkScreen(page, 'dates');

  // What is due is shown when she unlocks (and nothing that is not).
  await lockAndUnlock(session, vaultPath, 'filing', false, 'Защитное предписание');
  const due = page.getByRole('region', { name: t('filing.dueTitle') });
  await expect(due).toContainText('Защитное предписание');
  await expect(due).not.toContainText('Заседание не скоро');
  expectOnlyLocalRequests(session);
});
