// Redaction by person in the app, as the command line's --redact-person does it (issue 9, item 3):
// she keeps a witness's phones and address on the People screen, edits the witness later without
// losing them, and takes the witness out of a copy for the other side completely — every case of
// the name, the phone in another written form, the address — read back from the PDF's text.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Person } from '../../shared/domain';
import { createVault } from './coreFlow';
import { chooseFile, expectAccessible, expectOnlyLocalRequests, openApp, pdfText, type Session } from './helpers';

let session: Session | null = null;

test.afterEach(async () => {
  await session?.harness.close();
  session = null;
});

const exact = { exact: true } as const;

test('свидетель: телефоны и адрес сохраняются при правке, а в копии для другой стороны человека нет вовсе', async ({ page }) => {
  test.setTimeout(240_000);
  session = await openApp(page, 'ru');
  const { t, harness } = session;
  await createVault(session, 'redact-person', false);

  // The People screen: one contact per line, and the address.
  await page.getByRole('button', { name: t('common.navPeople'), ...exact }).click();
  await page.getByRole('button', { name: t('people.add'), ...exact }).click();
  const form = page.locator('form.person-form');
  await form.getByLabel(t('people.name'), exact).fill('Ирина Лебедева');
  await form.getByLabel(t('people.role'), exact).selectOption('witness');
  await form.getByLabel(t('people.contact'), exact).fill('+375 29 123-45-67\nirina.lebedeva@example.org');
  await form.getByLabel(t('people.address'), exact).fill('г. Минск, ул. Сурганова, 12-5');
  await expectAccessible(page, 'person form with contacts and address');
  await form.getByRole('button', { name: t('people.save'), ...exact }).click();
  await expect(page.getByText(t('people.saved', { name: 'Ирина Лебедева' }))).toBeVisible();

  // Editing her relation later keeps every contact and the address (before, saving dropped both).
  await page.getByRole('button', { name: t('people.editNamed', { name: 'Ирина Лебедева' }) }).click();
  // The last save's note goes once she opens the form again: it would read as being about it.
  await expect(page.getByText(t('people.saved', { name: 'Ирина Лебедева' }))).toHaveCount(0);
  await expect(form.getByLabel(t('people.contact'), exact)).toHaveValue('+375 29 123-45-67\nirina.lebedeva@example.org');
  await expect(form.getByLabel(t('people.address'), exact)).toHaveValue('г. Минск, ул. Сурганова, 12-5');
  await form.getByLabel(t('people.relation'), exact).fill('соседка');
  await form.getByRole('button', { name: t('people.save'), ...exact }).click();
  // The first save's note can still be on screen in the instant after this click, so the test
  // waits for the vault itself to hold the new relation (the clean-clone run caught that race).
  const listed = async () => ((await harness.call('people.list', {})) as Person[])[0];
  await expect.poll(async () => (await listed())?.relation, { timeout: 20_000 }).toBe('соседка');
  await expect(page.getByText(t('people.saved', { name: 'Ирина Лебедева' }))).toBeVisible();
  const witness = await listed();
  expect(witness).toMatchObject({
    name: 'Ирина Лебедева',
    relation: 'соседка',
    contacts: ['+375 29 123-45-67', 'irina.lebedeva@example.org'],
    contact: '+375 29 123-45-67; irina.lebedeva@example.org',
    address: 'г. Минск, ул. Сурганова, 12-5',
  });

  // What she wrote names the witness in other cases and the phone in another form.
  await harness.call('entries.create', {
    draft: {
      kind: 'incident', title: 'Кричал на лестнице', personIds: [witness!.id],
      text: 'Всё видела соседка, Лебедевой я потом позвонила по номеру 8 029 123-45-67. Ирине он тоже угрожал у дома на Сурганова, 12-5.',
      occurredAt: { at: '2024-03-04T20:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' },
    },
  });

  await page.getByRole('button', { name: t('common.navExport'), ...exact }).click();
  const main = page.getByRole('main');
  const removed = main.getByRole('group', { name: t('export.redactPeople'), ...exact });
  await expect(removed).toHaveAccessibleDescription(t('export.redactPeopleHint'));
  await removed.getByLabel('Ирина Лебедева', exact).check();
  // Taking a person out is a copy for the other side: the photos' places go too.
  await expect(main.getByLabel(t('export.redactPhotoPlaces'), exact)).toBeDisabled();
  await expectAccessible(page, 'export with a person taken out');
  const pdf = join(harness.dir, 'копия.pdf');
  await chooseFile(page, harness, t('export.target'), pdf);
  await main.getByRole('button', { name: t('export.exportButton'), ...exact }).click();
  await expect(page.getByText(t('export.verifiedOk'))).toBeVisible({ timeout: 120_000 });

  const text = pdfText(pdf);
  expect(text).toContain('Кричал на лестнице');
  expect(text).toContain('Обезличенная копия');
  expect(text).toContain('имена выбранных людей во всех падежах');
  // The list of people: the only one was taken out, and 'no one is named in the entries' would be false.
  expect(text).toContain('В этой копии некого перечислить.');
  expect(text).not.toContain('никто не указан');
  for (const form of ['Лебедев', 'Ирин', 'Сурганова', '123-45-67', '1234567', 'irina.lebedeva']) expect(text, form).not.toContain(form);
  // The hand-over to a lawyer offers the same choice.
  await page.getByRole('button', { name: t('filing.navHandover'), ...exact }).click();
  await expect(main.getByRole('group', { name: t('export.redactPeople'), ...exact }).getByLabel('Ирина Лебедева', exact)).toBeVisible();
  expectOnlyLocalRequests(session);
});
