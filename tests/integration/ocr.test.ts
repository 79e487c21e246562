// Screenshots made searchable, offline (issue 14, item 6): the words in an image attachment are read
// with Tesseract in the service, kept encrypted and ledgered, found by search, shown by `show`, and
// no network is needed or used (the CLI runs in a network namespace with no interface at all).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { russianScreenshot } from '../fixtures/screenshot';
import { pdfText } from './dossierFixture';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';
import { openVault } from '../../main/vault/connection';

const ROOT = resolve(__dirname, '../..');
const dir = tempFolder('dossier-ocr-');

/** A PNG whose header says 10,000 × 10,000 pixels: far larger than any screen. */
function hugePngHeader(): Buffer {
  const header = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(10_000, 16);
  header.writeUInt32BE(10_000, 20);
  return header;
}

describe('reading the words in images', () => {
  it('reads a Russian screenshot, keeps the text in the ledger, and search finds it in her spelling', async () => {
    const shot = await russianScreenshot(dir);
    const { service, path } = await newVault(dir, 'read.dossier');
    const entry = await service['entries.create']({ draft: incident({ title: 'Угрозы в мессенджере' }), attachments: [{ path: shot }] });
    const [waiting] = await service['attachments.list']({ entryId: entry.id });
    expect(waiting).toMatchObject({ recognition: 'waiting', recognisedText: null });

    const read = await service['attachments.recognise']({ id: waiting!.id });
    expect(read.recognition).toBe('read');
    expect(read.recognisedText).toMatch(/заберу\s+детей/);
    expect(read.recognisedText).toMatch(/уйдёшь/);

    const hits = await service.search({ query: 'уйдешь' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ entryId: entry.id, attachmentId: waiting!.id });
    expect(hits[0]!.snippet).toContain('[уйдёшь');
    expect((await service['entries.get']({ id: entry.id })).attachments[0]!.recognisedText).toBe(read.recognisedText);
    expect((await service['vault.verify']({})).ledger.ok).toBe(true);

    // In the dossier, under the image, labelled as machine-made.
    const pdf = join(dir, 'read.pdf');
    await service['dossier.export']({ options: { language: 'ru' }, path: pdf });
    const text = pdfText(pdf);
    expect(text).toContain('Текст, распознанный на изображении (машинное распознавание, возможны ошибки):');
    expect(text).toMatch(/заберу детей/);
    await service.close();

    // Changed behind the app's back, the reading no longer matches its ledger link.
    const { db } = await openVault(path, PASSPHRASE);
    await db.run("UPDATE recognised_text SET data = replace(data, 'детей', 'денег')");
    const report = await (await import('../../main/vault/verify')).verifyLedger(db);
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.reason).toBe('recognised text differs from the ledger');
    await db.close();
  }, 300_000);

  it('keeps an image it cannot read, or one too large to read, and says so', async () => {
    const broken = join(dir, 'broken.png');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really an image')]));
    const huge = join(dir, 'huge.png');
    writeFileSync(huge, hugePngHeader());
    const { service } = await newVault(dir, 'bad.dossier');
    const entry = await service['entries.create']({ draft: incident(), attachments: [{ path: broken }, { path: huge }] });
    const [first, second] = await service['attachments.list']({ entryId: entry.id });
    expect((await service['attachments.recognise']({ id: first!.id })).recognition).toBe('unreadable');
    expect((await service['attachments.recognise']({ id: second!.id })).recognition).toBe('too-large');
    const kept = await service['attachments.list']({ entryId: entry.id });
    expect(kept.map((a) => [a.fileName, a.recognition, a.recognisedText])).toEqual([['broken.png', 'unreadable', null], ['huge.png', 'too-large', null]]);
    await service.close();
  }, 300_000);

  it('in the app, reads new images in the background while other calls are answered', async () => {
    const shot = await russianScreenshot(dir, 'background');
    const { service } = await newVault(dir, 'background.dossier', { readImagesInBackground: true });
    const entry = await service['entries.create']({ draft: incident(), attachments: [{ path: shot }] });
    expect((await service['entries.list']({})).length).toBe(1); // answered while it reads
    let status = await service['recognition.status']({});
    for (let i = 0; i < 600 && (status.waiting > 0 || status.reading); i += 1) {
      await new Promise((r) => setTimeout(r, 200));
      status = await service['recognition.status']({});
    }
    expect(status).toEqual({ waiting: 0, reading: false });
    const [attachment] = await service['attachments.list']({ entryId: entry.id });
    expect(attachment!.recognisedText).toMatch(/милицию/);
    await service.close();
  }, 300_000);

  it('the CLI reads what it attaches with no network at all, and --no-ocr leaves it waiting', async () => {
    const shot = await russianScreenshot(dir, 'cli');
    const { service, path } = await newVault(dir, 'cli.dossier');
    await service.close();
    const env = { ...process.env, DOSSIER_PASSPHRASE: PASSPHRASE, TZ: 'UTC' };
    const cli = (args: string[]) => {
      // unshare -n: a new network namespace with no interface; any request would fail, not leak.
      const run = spawnSync('unshare', ['-n', process.execPath, join(ROOT, 'bin/dossier.js'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return run.stdout.trim();
    };
    const add = ['add', '--vault', path, '--kind', 'incident', '--occurred', '2024-03-05T18:30', '--tz', 'Europe/Minsk', '--title', 'Скриншот', '--attach', shot];
    const withText = cli(add);
    const without = cli([...add, '--no-ocr']);
    const shown = JSON.parse(cli(['show', '--vault', path, '--id', withText, '--json'])) as { attachments: { recognisedText: string | null }[] };
    expect(shown.attachments[0]!.recognisedText).toMatch(/подъезда/);
    expect(cli(['show', '--vault', path, '--id', withText])).toContain('recognised text (machine, may contain errors):');
    const waiting = JSON.parse(cli(['show', '--vault', path, '--id', without, '--json'])) as { attachments: { recognition: string }[] };
    expect(waiting.attachments[0]!.recognition).toBe('waiting');
    const recognised = JSON.parse(cli(['recognise', '--vault', path, '--json'])) as { recognition: string }[];
    expect(recognised.map((a) => a.recognition)).toEqual(['read']);
    expect(cli(['search', '--vault', path, 'подъезда']).split('\n').filter((l) => l.includes('Скриншот'))).toHaveLength(2);
  }, 600_000);
});
