// Issue 9, item 3: redaction by person, and proven. A survivor and a witness are removed
// everywhere: every case of their names, initials with the surname, ё or е, each phone number in
// any written form, e-mail and address; a --redact word matches whole words with case and ё folded.
// Checked in the page text (pdftotext), the decompressed file and the manifest, against a control
// export of the same vault that contains every form. A leak the export cannot rule out writes nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../../main/dossier/i18n';
import { Redactor } from '../../main/dossier/redact';
import { proveRedaction } from '../../main/dossier/redaction/prove';
import { listPeople } from '../../main/vault/people';
import type { Vault } from '../../main/vault/vault';
import { exportDossierFile, newVault, openVault, pdfText, run, testJpeg } from './dossierFixture';
import { expectCode, tempFolder } from './helpers';

/** Every form that must be gone from the redacted copy (and is in the control copy). */
const FORMS = [
  'Ирина Сергеевна Лебедева', 'Лебедевой', 'Ирине', 'Ириной', 'Лебедеву', 'И. Лебедевой', 'Лебедевой И. С.', 'Сергеевны',
  'Анне Ковалевой', 'Ковалёва', 'Ковалева', 'Анну',
  '8 029 123-45-67', '+375291234567', '+375 (29) 123-45-67', '29 123 45 67',
  'irina.l@example.org', 'ул. Тихая, д. 7, кв. 3', 'на Тихой', 'Ёлочка', 'елочка',
];
/** Near misses that must stay: other words, other people. */
const KEPT = ['Жанна', 'Ёлочкин', 'Виктор Кравцов', 'Кравцова'];

const TEXT = [
  'Виктор Кравцов кричал на Ирину Сергеевну Лебедеву во дворе. Анне Ковалевой он сказал, что найдёт Лебедеву где угодно.',
  'Соседка Ковалёва (Ковалева) видела. Жанна тоже. Мать Кравцова ничего не слышала.',
  'Он звонил Ирине на 8 029 123-45-67, потом на +375291234567, писал на +375 (29) 123-45-67 и 29 123 45 67, на почту irina.l@example.org.',
  'Справку выдали И. Лебедевой; в протоколе: Лебедевой И. С., проживает: ул. Тихая, д. 7, кв. 3. Приют «Ёлочка» (не «елочка»), не Ёлочкин двор.',
  'Ириной он называл её при всех. Сергеевны дома не было. Анну он тоже знает. Он ждал её у дома на Тихой.',
].join(' ');

describe('redaction by person, proven by reading the file back', () => {
  const dir = tempFolder('dossier-redact-person-');
  let vault: Vault;
  let ids: { survivor: string; witness: string };
  const redactedPdf = join(dir, 'redacted.pdf');
  const controlPdf = join(dir, 'control.pdf');
  const options = () => ({ language: 'ru' as const, redact: { personIds: [ids.survivor, ids.witness], strings: ['ЕЛОЧКА'] } });

  beforeAll(async () => {
    const { service, path } = await newVault(dir, 'persons.dossier');
    const person = (draft: Record<string, unknown>) => service['people.create']({ draft: draft as never });
    const survivor = await person({ name: 'Ирина Сергеевна Лебедева', role: 'survivor', contacts: ['+375 29 123-45-67', 'irina.l@example.org'], contact: '+375 29 123-45-67; irina.l@example.org', address: 'ул. Тихая, д. 7, кв. 3' });
    const witness = await person({ name: 'Анна Ковалёва', role: 'witness', contact: '+375 33 765-43-21' });
    const abuser = await person({ name: 'Виктор Кравцов', role: 'perpetrator' });
    ids = { survivor: survivor.id, witness: witness.id };
    const entry = await service['entries.create']({
      draft: { kind: 'incident', title: 'Угрозы Лебедевой во дворе', text: TEXT, place: 'ул. Тихая, д. 7, кв. 3', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' }, categories: ['threats'], personIds: [survivor.id, witness.id, abuser.id] } as never,
    });
    await service['attachments.add']({ entryId: entry.id, fileName: 'Лебедева_синяк.jpg', base64: testJpeg().toString('base64') });
    const log = await service['entries.create']({ draft: { kind: 'stalking', title: 'Сообщения', text: '', occurredAt: { at: '2024-03-06T10:00:00Z', zone: 'Europe/Minsk', precision: 'exact' }, personIds: [abuser.id] } as never });
    await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: 'Виктор Кравцов', personId: abuser.id, sentAt: '2024-03-06T10:00:00Z', zone: 'Europe/Minsk', text: 'Ирина, я знаю, что ты на ул. Тихая, д. 7, кв. 3', isCall: false } });
    await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'outgoing', sender: 'Ирина Лебедева', sentAt: '2024-03-06T10:05:00Z', zone: 'Europe/Minsk', text: 'Не пиши мне', isCall: false } });
    await service.close();
    vault = await openVault(path);
    await exportDossierFile(vault, options(), redactedPdf);
    await exportDossierFile(vault, { language: 'ru' }, controlPdf);
  }, 120_000);
  afterAll(async () => {
    await vault.close();
  });

  it('control: the same export without redaction contains every form (so the checks below can fail)', () => {
    const text = pdfText(controlPdf);
    for (const form of [...FORMS, ...KEPT]) expect(text, form).toContain(form);
  });

  it('the page text holds none of the forms, keeps the near misses, and the cover says what was removed', () => {
    const text = pdfText(redactedPdf);
    for (const form of FORMS) expect(text.toLowerCase(), form).not.toContain(form.toLowerCase());
    expect(text).not.toMatch(/29\D{0,3}123\D{0,3}45\D{0,3}67/);
    for (const kept of KEPT) expect(text, kept).toContain(kept);
    expect(text).toContain('Обезличенная копия');
    expect(text, text.slice(0, 900)).toMatch(/удалено: имена выбранных людей во всех падежах и с инициалами; телефоны и другие контакты; адреса; места съёмки \(GPS\) фотографий; указанные слова и фразы/);
  });

  it('the decompressed file and the embedded manifest hold none of them either', () => {
    const qdf = join(dir, 'redacted.qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', redactedPdf, qdf]);
    const raw = readFileSync(qdf);
    const out = join(dir, 'attachments');
    run('mkdir', ['-p', out]);
    run('pdfdetach', ['-saveall', '-o', out, redactedPdf]);
    const manifest = readFileSync(join(out, 'dossier-manifest.json'), 'utf8');
    expect(manifest).toContain('"personIds":2');
    for (const form of FORMS) {
      expect(raw.includes(Buffer.from(form, 'utf8')), form).toBe(false);
      expect(raw.includes(Buffer.from(form, 'utf16le').swap16()), form).toBe(false);
      expect(manifest.toLowerCase(), form).not.toContain(form.toLowerCase());
    }
    expect(manifest).not.toContain('irina');
    expect(manifest).not.toMatch(/1234567|123-45-67/);
  });

  it('reads its own output back: a file that still holds a form is refused with REDACTION_INCOMPLETE', async () => {
    const redactor = await Redactor.create(options().redact as never, await listPeople(vault.db), STRINGS.ru);
    const control = await open(controlPdf, 'r');
    try {
      await expectCode(proveRedaction(redactor, control, (await control.stat()).size, join(dir, 'x.pdf')), 'REDACTION_INCOMPLETE');
    } finally {
      await control.close();
    }
    const redacted = await open(redactedPdf, 'r');
    try {
      await proveRedaction(redactor, redacted, (await redacted.stat()).size, redactedPdf);
    } finally {
      await redacted.close();
    }
  });

  it('leaves a removed person out of the list of people for the court (no "[удалено]" row); the control lists them', () => {
    const list = (path: string) => {
      const text = pdfText(path);
      return text.slice(text.indexOf('Список лиц'), text.indexOf('3. Записи полностью', text.indexOf('Список лиц')));
    };
    const control = list(controlPdf);
    expect(control).toMatch(/Ирина Сергеевна Лебедева Потерпевшая — \+375 29 123-45-67/);
    expect(control).toMatch(/Анна Ковалёва Свидетель — \+375 33 765-43-21 1\b/);
    const redacted = list(redactedPdf);
    expect(redacted).toMatch(/Виктор Кравцов Лицо, совершившее насилие —.*1, 2/);
    expect(redacted).not.toContain('[удалено]');
    expect(redacted).not.toContain('Потерпевшая');
    expect(redacted).not.toContain('Свидетель');
    expect(redacted).not.toMatch(/765|123-45/);
  });

  it('refuses a file name that would leak, writing nothing, and an unknown person id', async () => {
    const before = readdirSync(dir);
    await expectCode(exportDossierFile(vault, options(), join(dir, 'Для Лебедевой.pdf')), 'REDACTION_INCOMPLETE');
    expect(readdirSync(dir)).toEqual(before);
    expect(existsSync(join(dir, 'Для Лебедевой.pdf'))).toBe(false);
    await expectCode(exportDossierFile(vault, { language: 'ru', redact: { personIds: ['ffffffff-0000-0000-0000-000000000000'] } }, join(dir, 'y.pdf')), 'INVALID_INPUT');
  });
});
