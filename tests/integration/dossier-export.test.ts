// A real export from a real vault, read back with poppler and qpdf: content, structure, signature.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf } from '../../main/vault/canonical';
import { readLedger } from '../../main/vault/ledger';
import type { Vault } from '../../main/vault/vault';
import { verifyDossier } from '../../main/dossier/verify';
import { buildFixture, exportDossierFile, openVault, pdfText, run, type Fixture } from './dossierFixture';
import { expectCode, tempFolder } from './helpers';

const OPTIONS = { caseReference: 'Дело № 2-345/2024', preparedBy: 'Анна К.', recipient: 'Адвокату Иванову И. И.', zone: 'Europe/Minsk' };

describe('dossier export', () => {
  const dir = tempFolder('dossier-export-');
  let fixture: Fixture;
  let vault: Vault;
  const ru = join(dir, 'ru.pdf');
  const en = join(dir, 'en.pdf');
  let ruResult: Awaited<ReturnType<typeof exportDossierFile>>;

  beforeAll(async () => {
    fixture = await buildFixture(dir);
    vault = await openVault(fixture.path);
    ruResult = await exportDossierFile(vault, { ...OPTIONS, language: 'ru' }, ru);
    await exportDossierFile(vault, { ...OPTIONS, language: 'en', paper: 'Letter' }, en);
  });
  afterAll(async () => {
    await vault.close();
  });

  it('in Russian: headings, entry texts, Cyrillic, totals, the fingerprint on every page', () => {
    const text = pdfText(ru);
    for (const heading of ['Досье доказательств', '1. Сводка', '2. Хронология', '3. Записи полностью', '4. Журналы сообщений', '5. Экономическое насилие', '6. Перечень доказательств', '7. Целостность']) expect(text).toContain(heading);
    expect(text).toContain('Он пришёл пьяный и толкнул меня о дверь');
    expect(text).toContain('Сообщение 120: ответь мне немедленно');
    expect(text).toContain('1 700,75 BYN');
    expect(text).toContain('350,00 USD');
    expect(text).toContain('изменялась — 2 прежние версии в разделе 7');
    expect(text).toContain('Больше всего за 24 часа');
    // His messages and calls only: every 7th of the fixture's 300 is hers and is not added in
    // (123 in 24 h with hers, 105 without; counted by brute force over the fixture's times).
    expect(text).toMatch(/105 сообщений: 04\.02\.2024 14:59 – /);
    expect(ruResult.pages).toBeGreaterThan(10);
    const pages = text.match(/стр\. \d+ из \d+/g) ?? [];
    expect(pages.length).toBe(ruResult.pages);
    const short = `${ruResult.fingerprint.slice(0, 8)} ${ruResult.fingerprint.slice(8, 16)}`;
    expect(text.split(short).length - 1).toBe(ruResult.pages);
    expect(text.split('Дело № 2-345/2024').length - 1).toBeGreaterThanOrEqual(ruResult.pages);
  });

  it('in English, on Letter paper: labels, localised dates and money', () => {
    const text = pdfText(en);
    for (const heading of ['Evidence dossier', '1. Summary', '2. Chronology', '3. Entries in full', '4. Message logs', '6. Evidence index', '7. Integrity and how to verify']) expect(text).toContain(heading);
    expect(text).toContain('14 January 2024, 22:20');
    // One English style throughout: the month in full, never abbreviated, never ISO.
    expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toContain('Times local time in Minsk (UTC+03:00)');
    expect(text).toContain('BYN 1,700.75');
    expect(text).toContain('Incidents per month');
    expect(text).toMatch(/page 1 of \d+/);
    expect(run('pdfinfo', [en])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('is PDF/A-3b, tagged, with its language, metadata, fonts embedded and an outline', () => {
    const info = run('pdfinfo', [ru]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toContain('Досье доказательств — Дело № 2-345/2024');
    expect(info).toMatch(new RegExp(`Keywords:\\s+dossier sha256:${ruResult.fingerprint}`));
    expect(run('qpdf', ['--check', ru])).toContain('No syntax or stream encoding errors');
    const fonts = run('pdffonts', [ru]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, unicode map
    const qdf = join(dir, 'ru.qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', ru, qdf]);
    const raw = readFileSync(qdf).toString('latin1');
    expect(raw).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/Lang (ru-RU)');
    expect(raw).toContain('/OutputIntents');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).toContain('/AFRelationship /Data');
    // The charts are vector drawings inside tagged figures (not images).
    expect((raw.match(/\/S \/Figure/g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps events at the same moment in their recorded order; entries and exhibits carry their lasting numbers', () => {
    const text = pdfText(ru);
    // Numbers are given at creation (the fixture made these second and third), not by place in time.
    expect(text.indexOf('Запись № 2 · Происшествие · Угрожал ножом')).toBeLessThan(text.indexOf('Запись № 3 · Происшествие · Разбил телефон'));
    expect(text).toContain('Приложение № 3.1 IMG_2024_0305.jpg');
    expect(text).toContain('Приложение № 3.1, 3.2');
    expect(text).not.toMatch(/\bE-\d/);
  });

  it('shows the photo upright (EXIF orientation 6: the 320×200 picture is drawn 200 wide, 320 high)', () => {
    const images = run('pdfimages', ['-list', ru]).split('\n').filter((l) => /\bimage\b/.test(l));
    expect(images.some((l) => /\s320\s+200\s/.test(l))).toBe(true);
    const qdf = readFileSync(join(dir, 'ru.qdf.pdf')).toString('latin1');
    // pdfkit turns the picture with a 90° rotation matrix (0 1 -1 0) before drawing it.
    expect(qdf).toMatch(/0 1 -1 0 [\d.]+ [\d.]+ cm/);
  });

  it('embeds a manifest whose SHA-256 is the fingerprint and whose entries match the vault ledger', async () => {
    run('pdfdetach', ['-saveall', '-o', dir, ru]);
    const manifest = readFileSync(join(dir, 'dossier-manifest.json'));
    expect(createHash('sha256').update(manifest).digest('hex')).toBe(ruResult.fingerprint);
    const parsed = JSON.parse(manifest.toString('utf8')) as { entries: { number: number; sha256: string; record: { id: string } }[]; totals: { messages: number } };
    expect(parsed.totals.messages).toBe(300);
    expect(parsed.entries.find((e) => e.record.id === fixture.ids.photoEntry)?.number).toBe(3);
    const ledgerHashes = new Set((await readLedger(vault.db)).map((l) => l.content_hash));
    for (const entry of parsed.entries) {
      expect(entry.sha256).toBe(hashOf(entry.record));
      expect(ledgerHashes.has(entry.sha256)).toBe(true);
    }
  });

  it('is signed: dossier verify and poppler both accept it', async () => {
    const result = await verifyDossier(ru);
    expect(result.valid).toBe(true);
    expect(result.fingerprint).toBe(ruResult.fingerprint);
    expect(result.checks.every((c) => c.ok)).toBe(true);
    const sig = run('pdfsig', [ru]);
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('Total document signed');
    expect(sig).toContain('ETSI.CAdES.detached');
  });

  it('never overwrites an existing file unless asked, and leaves no temporary file', async () => {
    writeFileSync(join(dir, 'taken.pdf'), 'keep me');
    await expectCode(exportDossierFile(vault, { language: 'en' }, join(dir, 'taken.pdf')), 'INVALID_INPUT');
    expect(readFileSync(join(dir, 'taken.pdf'), 'utf8')).toBe('keep me');
    const replaced = await exportDossierFile(vault, { language: 'en', kinds: ['economic'] }, join(dir, 'taken.pdf'), true);
    expect(replaced.entries).toBe(3);
    expect((await verifyDossier(join(dir, 'taken.pdf'))).valid).toBe(true);
    await expectCode(exportDossierFile(vault, { language: 'en' }, join(dir, 'no-such-folder', 'x.pdf')), 'INVALID_INPUT');
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('applies the period, kinds and left-out entries', async () => {
    const path = join(dir, 'filtered.pdf');
    const result = await exportDossierFile(vault, { language: 'en', from: '2024-02-01T00:00:00Z', to: '2024-02-29T23:59:59Z', excludeEntryIds: [fixture.ids.economic[1]!] }, path);
    expect(result.entries).toBe(1); // the stalking span; the February economic entry is left out
    expect(result.messages).toBe(300);
    expect(pdfText(path)).not.toContain('Не дал денег на детей');
  });

  it('has a chronology that can go with a statement: dd.mm.yyyy, the zone once, injuries, police report, witnesses, exhibits', () => {
    const text = pdfText(ru);
    const chronology = text.slice(text.indexOf('2. Хронология Одна строка'), text.indexOf('3. Записи полностью', text.indexOf('2. Хронология Одна строка')));
    expect(chronology).toContain('Время местное, Минск (UTC+03:00)');
    // Entry 1 (14.01.2024 22:20 in Minsk): the full row, no zone repeated in it.
    expect(chronology).toMatch(/1 14\.01\.2024 22:20 Происшествие: Толкнул меня о дверь в коридоре Физическое насилие; угрозы Место: Дом, ул\. Ленина 5, кв\. 12 Синяк на плече Травмпункт №2, справка 15\.01\.2024, КУСП 1234, отказ в возбуждении Ольга Иванова Приложение № 1\.1/);
    expect(chronology).toContain('Приложение № 3.1, 3.2');
    expect(chronology).not.toMatch(/\d файл/);
    expect(text).toContain('дата: 15.01.2024');
  });

  it('names the parties on the cover and ends it with her statement and a line to sign and date', () => {
    const text = pdfText(ru);
    const cover = text.slice(0, text.indexOf('Содержание'));
    expect(cover).toContain('Потерпевшая Анна');
    expect(cover).toContain('Лицо, совершившее насилие Сергей Петров');
    expect(cover).toMatch(/Достоверность сведений подтверждаю\. Подпись: _+ Дата: ____\.____\.________/);
  });

  it('gives an entry and its files the same numbers in every export, whatever the filter', async () => {
    const onlyPhoto = join(dir, 'only-incidents.pdf');
    await exportDossierFile(vault, { language: 'ru', kinds: ['incident'], from: '2024-03-01T00:00:00Z' }, onlyPhoto);
    const text = pdfText(onlyPhoto);
    // Entry 1 (January) is filtered out, yet "Разбил телефон" keeps number 3 and its photo 3.1,
    // exactly as in the full export above.
    expect(text).not.toContain('Толкнул');
    expect(text).toContain('Запись № 3 · Происшествие · Разбил телефон');
    expect(text).toContain('Приложение № 3.1 IMG_2024_0305.jpg');
    expect(pdfText(ru)).toContain('Запись № 3 · Происшествие · Разбил телефон');
  });

  it('writes every date one way, dd.mm.yyyy: no "мар.", no ISO dates, no offsets glued to times', () => {
    const text = pdfText(ru);
    expect(text).not.toMatch(/(янв|февр|мар|апр|июн|июл|авг|сент|окт|нояб|дек)\./);
    expect(text).not.toMatch(/\d{4} г\./);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).not.toMatch(/\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})\b/);
    expect(text).not.toMatch(/T\d{2}:\d{2}/);
    // The zone said once on the cover; the cover, entries, logs, ledger, evidence index, integrity
    // page and captions all in dd.mm.yyyy.
    const cover = text.slice(0, text.indexOf('Содержание'));
    expect(cover).toContain('Время местное, Минск (UTC+03:00)');
    expect(cover).toMatch(/Период 14\.01\.2024 – 05\.03\.2024/);
    expect(cover).toContain('Сформировано 01.04.2024 12:00 (Минск, UTC+03:00)');
    expect(text).toContain('Когда 14.01.2024 22:20 Вид');
    expect(text).toMatch(/04\.02\.2024 — \d+ сообщени/); // a day of the message log
    expect(text).toContain('05.03.2024 18:31:07 UTC+03:00'); // the photo's EXIF time, in the evidence index
    expect(text).toContain('5 31.01.2024 13:00 Отбирание денег Забрал зарплату'); // the ledger
    expect((text.match(/\d{2}\.\d{2}\.\d{4}/g) ?? []).length).toBeGreaterThan(40);
    expect(text).not.toMatch(/Минск\)? ?\d{2}\.\d{2}/); // never the zone repeated beside each date
    // A reader is told places, not zone ids: "Europe/Minsk" is for machines (the manifest).
    expect(text).not.toMatch(/Europe\/|Asia\//);
  });

  it('lists the people for the court after the chronology: name, role, relation, contact, entries', () => {
    const text = pdfText(ru);
    const list = text.slice(text.indexOf('Список лиц'), text.indexOf('3. Записи полностью', text.indexOf('Список лиц')));
    expect(list.length).toBeGreaterThan(0);
    expect(list).toMatch(/Анна Потерпевшая — г\. Минск, ул\. Ленина 5, кв\. 12/);
    expect(list).toMatch(/Сергей Петров Лицо, совершившее насилие — — 1, 2, 3, 4, 5 Ольга/);
    expect(list).toMatch(/Ольга Иванова Свидетель — \+375 29 123-45-67 1\b/);
    expect(list.indexOf('Анна')).toBeLessThan(list.indexOf('Сергей Петров'));
    expect(list.indexOf('Сергей Петров')).toBeLessThan(list.indexOf('Ольга Иванова'));
  });

  it('draws emoji with the embedded Noto Emoji font and keeps them in the text layer; a character no font has is written out and listed', () => {
    const text = pdfText(ru);
    expect(text).toContain('Потом прислал: 🔪😡 и знак [U+A500].');
    expect(text).toMatch(/я знаю где ты ☠\uFE0F?🔪/);
    const integrity = text.slice(text.lastIndexOf('7. Целостность'));
    expect(integrity).toMatch(/Знаки, которых нет в шрифтах .* U\+A500/);
    expect(run('pdffonts', [ru])).toMatch(/NotoEmoji-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('embeds the original PDF document as a PDF/A-3 associated file; qpdf extracts it with the SHA-256 of the evidence index', () => {
    const listed = run('qpdf', ['--list-attachments', ru]);
    expect(listed).toContain('1.1 справка_травмпункт.pdf');
    const out = join(dir, 'extracted.pdf');
    writeFileSync(out, execFileSync('qpdf', [`--show-attachment=1.1 справка_травмпункт.pdf`, ru]));
    const sha256 = createHash('sha256').update(readFileSync(out)).digest('hex');
    expect(readFileSync(out).toString('latin1')).toBe('%PDF-1.4\n% not really a pdf, a stand-in\n');
    const text = pdfText(ru);
    // The evidence index prints the hash in two halves of 32.
    expect(text).toContain(`${sha256.slice(0, 32)} ${sha256.slice(32)}`);
    expect(text).toContain('исходный файл вложен в этот PDF, файл «1.1 справка_травмпункт.pdf»');
    const raw = readFileSync(join(dir, 'ru.qdf.pdf')).toString('latin1');
    expect(raw).toContain('/AFRelationship /Source');
    expect(raw).toMatch(new RegExp(`/Desc \\(.*${sha256}`, 's'));
    expect(raw).toMatch(/\/AF \[\s*\d+ 0 R\s+\d+ 0 R\s*\]/); // the manifest and the document, on the catalogue
  });

  it('captions each photo with its exhibit number and capture time; a chart of his messages by hour of the day', () => {
    const text = pdfText(ru);
    expect(text).toContain('Приложение № 3.1 IMG_2024_0305.jpg · снято 05.03.2024 18:31:07 UTC+03:00');
    expect(text).toContain('Приложение № 3.2 screenshot.png · время съёмки в файле не записано');
    expect(text).toContain('Сообщения и звонки лица, совершившего насилие, по часам суток');
  });

  it('labels the bars of the money charts with exact sums, as the ledger has them (never a rounded "200,3")', () => {
    const text = pdfText(ru);
    const summary = text.slice(text.indexOf('1. Сводка Числа'), text.indexOf('2. Хронология Одна строка'));
    expect(summary).toMatch(/Экономический ущерб в BYN по месяцам \(всего 1 700,75 BYN\).* 1 500,5 .* 200,25 /);
    expect(summary).not.toMatch(/200,3\b/);
  });
});
