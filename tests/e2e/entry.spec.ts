// The one-minute entry (issue 13, items 1 and 5), in the real UI: at 1024×640 "what happened" and
// Save are on the screen without scrolling (ru and en); by keyboard alone the text is a few Tabs
// from the title and Ctrl+Enter saves; every problem is said beside its field, which is marked
// invalid, described by the sentence and focused; axe finds nothing serious with the sections
// closed or open. Screenshots at 1280×800 and 1024×640 go to test-results/screens/.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../shared/appContract';
import { createVault } from './coreFlow';
import { expectAccessible, openApp, screenshot, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const exact = { exact: true } as const;

async function newEntry(s: Session): Promise<void> {
  const { page, t } = s;
  const button = page.getByRole('button', { name: t('timeline.newEntry') });
  if (!(await button.isVisible())) await page.getByRole('button', { name: t('common.navTimeline'), exact: true }).click();
  await button.click();
  await expect(page.getByRole('heading', { level: 1, name: t('entry.newTitle') })).toBeFocused();
}

/** The whole box of the element is inside the window, and not under the action bar. */
async function expectInView(page: Page, element: Locator, what: string, above?: Locator): Promise<void> {
  const viewport = page.viewportSize()!;
  const box = (await element.boundingBox())!;
  expect(box, what).not.toBeNull();
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${what}: right`).toBeLessThanOrEqual(viewport.width);
  if (above) expect(box.y + box.height, `${what}: above the action bar`).toBeLessThanOrEqual((await above.boundingBox())!.y);
}

async function openAllSections(page: Page): Promise<void> {
  const closed = page.locator('details.form-section:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** The field is marked invalid, described by exactly this sentence, and has the focus. */
async function expectProblemOn(page: Page, field: Locator, sentence: string): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  const described = await field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`),
  );
  expect(described).toContain(sentence);
  // Said beside the field: the sentence starts within a few lines below the field's top.
  const message = page.locator('.field-error', { hasText: sentence });
  await expect(message).toBeVisible();
  const [fieldBox, messageBox] = [(await field.boundingBox())!, (await message.boundingBox())!];
  expect(messageBox.y - (fieldBox.y + fieldBox.height), 'the sentence is right under its field').toBeLessThan(40);
  expect(messageBox.y).toBeGreaterThanOrEqual(fieldBox.y);
}

for (const language of ['ru', 'en'] as const satisfies readonly Language[]) {
  test(`at 1024×640 "what happened" and Save are on the screen without scrolling (${language}); screenshots`, async ({ page }) => {
    session = await openApp(page, language);
    const { t } = session;
    await createVault(session, `entry-${language}`, false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await newEntry(session);
    await screenshot(page, `entry-${language}-1280x800-full`);
    await page.screenshot({ path: `test-results/screens/entry-${language}-1280x800.png` });
    await page.setViewportSize({ width: 1024, height: 640 });
    await newEntry(session);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const bar = page.locator('.sticky-actions');
    const save = page.getByRole('button', { name: t('entry.save'), exact: true });
    await expectInView(page, page.getByLabel(t('entry.whatHappened'), exact), 'what happened', bar);
    await expectInView(page, page.getByLabel(t('entry.date'), exact), 'the date', bar);
    await expectInView(page, page.getByLabel(t('entry.time'), exact), 'the time', bar);
    await expectInView(page, save, 'Save');
    // The shortcut is said beside Save, in her language.
    const hint = page.locator('#save-shortcut');
    await expect(hint).toHaveText(t('form.saveShortcut'));
    await expectInView(page, hint, 'the shortcut hint');
    await page.screenshot({ path: `test-results/screens/entry-${language}-1024x640.png` });

    // Save stays in view at the bottom while she scrolls through the open sections.
    await openAllSections(page);
    await page.mouse.wheel(0, 5000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expectInView(page, save, 'Save after scrolling');
    await page.screenshot({ path: `test-results/screens/entry-${language}-1024x640-scrolled.png` });
    await screenshot(page, `entry-${language}-1024x640-open-full`);
  });
}

test('the one-minute entry by keyboard alone: a few Tabs from the title to the text, Ctrl+Enter saves', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'entry-keyboard', false);
  await page.setViewportSize({ width: 1024, height: 640 });
  await newEntry(session);
  const text = page.getByLabel(t('entry.whatHappened'), exact);
  let tabs = 0;
  while (!(await text.evaluate((element) => element === document.activeElement)) && tabs < 40) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  // The kind of record (one stop for its radio group), then the text.
  expect(tabs).toBeLessThanOrEqual(2);
  await page.keyboard.type('Он снова пришёл ночью и кричал под дверью.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.entry-text')).toHaveText('Он снова пришёл ночью и кричал под дверью.');
  const entries = (await harness.call('entries.list', {})) as { text: string; kind: string }[];
  expect(entries.map((entry) => [entry.kind, entry.text])).toEqual([['incident', 'Он снова пришёл ночью и кричал под дверью.']]);

  // ⌘+Enter too, and from a field that is not the text (here: the title, in its section).
  await newEntry(session);
  await page.getByLabel(t('entry.whatHappened'), exact).fill('Второй раз за неделю.');
  await page.locator('.form-section > summary', { hasText: t('form.sectionAbout') }).click();
  await page.getByLabel(t('entry.title'), exact).fill('Ночью у двери');
  await page.keyboard.press('Meta+Enter');
  await expect(page.locator('.entry-text')).toHaveText('Второй раз за неделю.');
  await expect.poll(async () => ((await harness.call('entries.list', {})) as unknown[]).length).toBe(2);
});

test('each problem is said beside its own field, which is marked invalid and receives focus', async ({ page }) => {
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'entry-problems', false);
  await page.setViewportSize({ width: 1024, height: 640 });
  await newEntry(session);
  await page.getByRole('radio', { name: t('common.kind_economic') }).check();
  const save = page.getByRole('button', { name: t('entry.save'), exact: true });
  const text = page.getByLabel(t('entry.whatHappened'), exact);
  const amount = page.getByLabel(t('entry.amount'), exact);
  const currency = page.getByLabel(t('entry.currency'), exact);

  // Nothing written: the text is missing, said under it; the money section stays closed (it is empty).
  await save.click();
  await expectProblemOn(page, text, t('entry.needWhat'));
  await expect(amount).toBeHidden();

  // "руб" is a currency problem, not an amount problem; a bad amount is said on the amount.
  await text.fill('Забрал зарплату.');
  await page.locator('.form-section > summary', { hasText: t('form.sectionMoney') }).click();
  await amount.fill('много');
  await currency.fill('руб');
  await page.keyboard.press('Control+Enter');
  await expectProblemOn(page, amount, t('entry.badAmount'));
  await expect(currency).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error', { hasText: t('form.badCurrency') })).toBeVisible();
  await expect(text).not.toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'entry with problems');
  await page.screenshot({ path: 'test-results/screens/entry-ru-1024x640-problems.png' });

  await amount.fill('1 250,50');
  await save.click();
  await expectProblemOn(page, currency, t('form.badCurrency'));
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');

  // An empty currency is asked for, on the currency.
  await currency.fill('');
  await save.click();
  await expectProblemOn(page, currency, t('form.needCurrency'));

  // A closed section with a problem opens by itself: the money section, closed by her, reopens.
  await page.locator('.form-section > summary', { hasText: t('form.sectionMoney') }).click();
  await expect(currency).toBeHidden();
  await save.click();
  await expectProblemOn(page, currency, t('form.needCurrency'));

  // (The zone is chosen from a list of places, so a zone that does not exist cannot be typed.)
  await currency.fill('RUB');

  // No date: said on the date.
  await page.getByLabel(t('entry.date'), exact).fill('');
  await save.click();
  await expectProblemOn(page, page.getByLabel(t('entry.date'), exact), t('entry.needWhen'));
  expect(await harness.call('entries.list', {})).toEqual([]);

  // A year typed wrong (2204 for 2024): said on the date, nothing saved.
  await page.getByLabel(t('entry.date'), exact).fill('2204-04-01');
  await save.click();
  await expectProblemOn(page, page.getByLabel(t('entry.date'), exact), t('entry.inFuture'));
  expect(await harness.call('entries.list', {})).toEqual([]);

  // Corrected: it saves, with the money as typed.
  await page.getByLabel(t('entry.date'), exact).fill('2024-04-01');
  await save.click();
  await expect(page.locator('.entry-text')).toHaveText('Забрал зарплату.');
  const [saved] = (await harness.call('entries.list', {})) as { amount?: { value: string; currency: string } }[];
  expect(saved?.amount).toEqual({ value: '1250.50', currency: 'RUB' });
});

test('axe: nothing serious on the entry form with its sections closed and open, in each kind', async ({ page }) => {
  session = await openApp(page, 'en');
  const { t } = session;
  await createVault(session, 'entry-axe', false);
  await page.setViewportSize({ width: 1024, height: 640 });
  await newEntry(session);
  await expectAccessible(page, 'entry form, sections closed');
  for (const kind of ['incident', 'stalking', 'economic'] as const) {
    await page.getByRole('radio', { name: t(`common.kind_${kind}`) }).check();
    await openAllSections(page);
    await expectAccessible(page, `entry form (${kind}), sections open`);
  }
  await page.getByRole('button', { name: t('entry.save'), exact: true }).click();
  await expectProblemOn(page, page.getByLabel(t('entry.whatHappened'), exact), t('entry.needWhat'));
  await expectAccessible(page, 'entry form with a problem');
});

// The categories' hints in her words (ChoiceGroup's per-option hint): shown under the name, said
// by a screen reader as the box's description, and not part of its name, in all four languages.
for (const language of ['ru', 'be', 'uk', 'en'] as const satisfies readonly Language[]) {
  test(`a category that needs a hint shows it under its name and is described by it (${language})`, async ({ page }) => {
    session = await openApp(page, language);
    const { t } = session;
    await createVault(session, `entry-hints-${language}`, false);
    await newEntry(session);
    await openAllSections(page);
    const psychological = page.getByRole('checkbox', { name: t('cat_incident.psychological'), exact: true });
    const hint = page.getByText(t('cat_hint.incident_psychological'), exact);
    await expect(hint).toBeVisible();
    await expect(psychological).toHaveAccessibleDescription(t('cat_hint.incident_psychological'));
    const [box, hintBox] = [(await psychological.boundingBox())!, (await hint.boundingBox())!];
    expect(hintBox.y, 'the hint is under its category').toBeGreaterThan(box.y);
    expect(hintBox.y - (box.y + box.height), 'right under it').toBeLessThan(30);
    // A category whose name says it all has no description.
    await expect(page.getByRole('checkbox', { name: t('cat_incident.physical'), exact: true })).toHaveAccessibleDescription('');
    await psychological.check();
    await expect(psychological).toBeChecked();
    await page.getByRole('radio', { name: t('common.kind_stalking') }).check();
    await openAllSections(page);
    await expect(page.getByRole('checkbox', { name: t('cat_stalking.tracking'), exact: true })).toHaveAccessibleDescription(t('cat_hint.stalking_tracking'));
    await expect(page.getByText(t('cat_hint.stalking_tracking'), exact)).toBeVisible();
    if (language === 'ru') await screenshot(page, 'entry-category-hints-ru');
  });
}
