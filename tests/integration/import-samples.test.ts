// Issue 13, item 4: the preview shows a few of each sender's first messages, so she can tell it is
// the right chat before anything is written; bounded in count and length; in `import --json` too.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { SAMPLE_LIMITS } from '../../shared/imports';
import { newVault, PASSPHRASE, tempFolder } from './helpers';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures/messages');
const GROUP = join(FIXTURES, 'whatsapp/pustur_ios_dotted_with_media__chat.txt');
const TELEGRAM = join(FIXTURES, 'telegram/lc_personal_chat_result.json');

describe.skipIf(!existsSync(FIXTURES))('sample messages in the import preview (real exports)', () => {
  const dir = tempFolder('dossier-samples-');

  it('a real group chat: the first three of each sender, in order, with their UTC time; nothing written', async () => {
    const { service } = await newVault(dir, 'group.dossier');
    const preview = await service['import.preview']({ source: { path: GROUP }, settings: { format: 'auto', zone: 'Europe/Minsk', dateOrder: 'dmy' } });
    const of = (sender: string) => preview.samples.filter((s) => s.sender === sender).map((s) => [s.sentAt, s.text]);
    // [20.06.19, 15:58:53] in Minsk (UTC+3) is 12:58:53Z.
    expect(of('John')).toEqual([
      ['2019-06-20T12:58:53.000Z', 'Hey 👋'],
      ['2019-06-20T12:59:07.000Z', 'Thanks'],
      ['2019-06-20T13:00:03.000Z', 'Really?'],
    ]);
    expect(of('Loris').map(([, text]) => text)).toEqual(['Welcome to the chat example!', 'Is everybody here?', 'Good']);
    expect(of('Emily')[0]).toEqual(['2019-06-20T12:59:14.000Z', 'Yes']);
    expect(preview.samples).toHaveLength(9);
    expect(preview.samples.every((s) => !s.cut && !s.isCall)).toBe(true);
    expect(await service['entries.list']({})).toEqual([]);
    await service.close();
  });

  it('exact times (Telegram) do not move with the zone; wall times (WhatsApp) are read in it', async () => {
    const { service } = await newVault(dir, 'zones.dossier');
    const telegram = (zone: string) => service['import.preview']({ source: { path: TELEGRAM }, settings: { format: 'auto', zone } });
    const [minsk, tbilisi] = [await telegram('Europe/Minsk'), await telegram('Asia/Tbilisi')];
    expect(minsk.samples[0]).toMatchObject({ sender: 'Jimmeny Marvelton', sentAt: '2023-08-23T20:11:23.000Z', text: 'i refuse to converse with you' });
    expect(tbilisi.samples).toEqual(minsk.samples);
    const whatsapp = await service['import.preview']({ source: { path: GROUP }, settings: { format: 'auto', zone: 'UTC', dateOrder: 'dmy' } });
    expect(whatsapp.samples.find((s) => s.sender === 'John')?.sentAt).toBe('2019-06-20T15:58:53.000Z');
    await service.close();
  });

  it('bounded: at most three a sender, each cut to 200 characters without splitting an emoji', async () => {
    const long = `${'слово '.repeat(40)}🙂🙂🙂`;
    const lines = [...Array(6).keys()].map((i) => `05.03.2024, 10:0${i} - Виктор: ${i === 0 ? long : `сообщение ${i}`}`);
    const chat = join(dir, 'WhatsApp Chat.txt');
    const crowd = [...Array(14).keys()].map((i) => `05.03.2024, 12:${String(i).padStart(2, '0')} - Гость ${i}: привет`);
    writeFileSync(chat, `${lines.join('\n')}\n05.03.2024, 11:00 - Анна: 😀${'а'.repeat(199)}\n${crowd.join('\n')}\n`);
    const { service } = await newVault(dir, 'bounds.dossier');
    const preview = await service['import.preview']({ source: { path: chat }, settings: { format: 'auto', zone: 'Europe/Minsk', dateOrder: 'dmy' } });
    const victor = preview.samples.filter((s) => s.sender === 'Виктор');
    expect(victor).toHaveLength(SAMPLE_LIMITS.perSender);
    expect(Array.from(victor[0]!.text)).toHaveLength(SAMPLE_LIMITS.chars);
    expect(victor[0]!.cut).toBe(true);
    expect(victor.slice(1).map((s) => s.text)).toEqual(['сообщение 1', 'сообщение 2']);
    const anna = preview.samples.find((s) => s.sender === 'Анна')!;
    expect(anna.cut).toBe(false);
    expect(Array.from(anna.text)).toHaveLength(200);
    // Sixteen senders: the samples are of the twelve busiest only.
    expect(new Set(preview.samples.map((s) => s.sender)).size).toBe(SAMPLE_LIMITS.senders);
    expect(preview.samples).toHaveLength(3 + 1 + 10);
    await service.close();
  });

  it('the CLI: `import --preview --json` has the samples; an import without --sender goes ahead (issue 4\'s contract) and says nobody counts as his', async () => {
    process.env.DOSSIER_PASSPHRASE = PASSPHRASE;
    const vault = join(dir, 'cli.dossier');
    const out: string[] = [];
    const err: string[] = [];
    try {
      expect(await main(['init', '--vault', vault], () => true, () => true)).toBe(0);
      const code = await main(['import', '--vault', vault, TELEGRAM, '--tz', 'Europe/Minsk', '--preview', '--json'], (l) => out.push(l) > 0, (l) => err.push(l) > 0);
      expect(code).toBe(0);
      expect(err).toEqual([]);
      const json = JSON.parse(out.join('\n'));
      expect(json.samples.map((s: { sender: string; text: string }) => `${s.sender}: ${s.text}`)).toEqual([
        'Jimmeny Marvelton: i refuse to converse with you',
        'Jimmeny Marvelton: we meet again',
        'Jimmeny Marvelton: you will not trick me this time',
        'Batman & Robin: Hi nemesis',
      ]);
      // Importing with nobody marked as his: issue 4's CLI keeps --sender optional, so the import
      // goes ahead, counts nothing as his, and says so.
      const imported: string[] = [];
      expect(await main(['import', '--vault', vault, TELEGRAM, '--tz', 'Europe/Minsk', '--me', 'Batman & Robin'], (l) => imported.push(l) > 0, () => true)).toBe(0);
      expect(imported.join('\n')).toMatch(/Counted: +0 from the abuser/);
      expect(imported.join('\n')).toMatch(/Nobody is marked as the abuser: choose his name/);
    } finally {
      delete process.env.DOSSIER_PASSPHRASE;
    }
  });
});
