// Issue 9, item 1: who is who in every import. Real exports from ../shared/fixtures: a WhatsApp
// group chat (Loris, John, Emily) and an SMS backup with several contacts. Only the abuser's
// messages are counted; her replies and third parties are context, labelled as such in the PDF.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { exportDossierFile, openVault, pdfText } from './dossierFixture';
import { expectCode, newVault, PASSPHRASE, tempFolder } from './helpers';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures/messages');
const GROUP = join(FIXTURES, 'whatsapp/pustur_ios_dotted_with_media__chat.txt');
const SMS = join(FIXTURES, 'sms-backup-restore/dv_sms_small.xml');
const group = { source: { path: GROUP }, settings: { format: 'auto' as const, zone: 'Europe/Minsk', dateOrder: 'dmy' as const } };

describe.skipIf(!existsSync(FIXTURES))('sender roles at import, from real exports', () => {
  const dir = tempFolder('dossier-roles-');

  it('a group chat: the abuser counted, her replies and a third party shown but never added in', async () => {
    const { service, path } = await newVault(dir, 'group.dossier');
    const unmarked = await service['import.preview'](group);
    expect(unmarked.needsAbuserChoice).toBe(true);
    expect(unmarked.roles).toEqual({ Loris: 'other', John: 'other', Emily: 'other' });

    const result = await service['import.commit']({ ...group, abuserSenders: ['Loris'], meSenders: ['Emily'] });
    expect(result.senders).toEqual([{ name: 'Loris', count: 29 }, { name: 'John', count: 12 }, { name: 'Emily', count: 7 }]);
    expect(result.roles).toEqual({ Loris: 'abuser', Emily: 'me', John: 'other' });
    expect(result.countsByRole).toEqual({ abuser: 29, me: 7, other: 12 });
    expect(result.needsAbuserChoice).toBe(false);
    const messages = await service['messages.list']({ entryId: result.entryId });
    const john = messages.filter((m) => m.sender === 'John');
    expect(john.length).toBe(12);
    // Before roles, John was labelled as her ("John (от неё)").
    expect(john.every((m) => m.role === 'other' && m.direction !== 'outgoing')).toBe(true);
    expect(messages.filter((m) => m.sender === 'Emily').every((m) => m.role === 'me' && m.direction === 'outgoing')).toBe(true);
    const stats = await service['stalking.patterns']({ entryId: result.entryId });
    expect(stats.messages + stats.calls).toBe(29);
    expect(stats.perHour.reduce((a, b) => a + b, 0)).toBe(29);
    await service.close();

    const vault = await openVault(path);
    const pdf = join(dir, 'group.pdf');
    await exportDossierFile(vault, { language: 'ru' }, pdf);
    await vault.close();
    const text = pdfText(pdf);
    expect(text).toMatch(/Входящие от лица, совершившего насилие\s+29/);
    expect(text).toMatch(/Исходящие \(её ответы\)\s+7/);
    expect(text).toMatch(/Третьи лица \(для контекста, не учитываются\)\s+12/);
    expect(text).toContain('John (третье лицо)');
    expect(text).toContain('Emily (исходящее)');
    expect(text).not.toContain('John (исходящее)');
    expect(text).not.toMatch(/От неё|\bЕй\b/);
  });

  it('an SMS backup with several contacts: only the marked contact counts; her sent messages are hers by the export', async () => {
    const { service } = await newVault(dir, 'sms.dossier');
    const result = await service['import.commit']({ source: { path: SMS }, abuserSenders: ['Contact A'] });
    expect(result.roles).toEqual({ 'Contact A': 'abuser', '': 'me', 'Contact B': 'other', 'Contact C': 'other' });
    expect(result.countsByRole).toEqual({ abuser: 3, me: 4, other: 5 });
    const stats = await service['stalking.patterns']({ entryId: result.entryId });
    expect(stats.messages).toBe(3); // was 8: every incoming SMS, whoever sent it
    await service.close();
  });

  it('refuses a choice that contradicts itself or the export, and writes nothing', async () => {
    const { service } = await newVault(dir, 'bad.dossier');
    await expectCode(service['import.commit']({ ...group, abuserSenders: ['Loris'], meSenders: ['Loris'] }), 'INVALID_INPUT');
    await expectCode(service['import.preview']({ ...group, abuserSenders: ['Loris'], meSenders: ['Loris'] }), 'INVALID_INPUT');
    await expectCode(service['import.commit']({ ...group, abuserSenders: ['Loris'], meSenders: ['Nobody'] }), 'INVALID_INPUT');
    // The export says '' sent from this phone (type 2) and Contact A's came in (type 1).
    await expectCode(service['import.commit']({ source: { path: SMS }, abuserSenders: [''] }), 'INVALID_INPUT');
    await expectCode(service['import.commit']({ source: { path: SMS }, abuserSenders: ['Contact C'], meSenders: ['Contact A'] }), 'INVALID_INPUT');
    expect(await service['entries.list']({})).toEqual([]);
    await service.close();
  });

  it('the CLI: --me repeatable, --json keeps senders and adds roles and counts per role; bad choices are one line', async () => {
    process.env.DOSSIER_PASSPHRASE = PASSPHRASE;
    const vault = join(dir, 'cli.dossier');
    const run = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(args, (l) => out.push(l) > 0, (l) => err.push(l) > 0);
      return { code, stdout: out.join('\n'), stderr: err.join('\n') };
    };
    try {
      expect((await run(['init', '--vault', vault])).code).toBe(0);
      const preview = await run(['import', '--vault', vault, GROUP, '--tz', 'UTC', '--date-order', 'dmy', '--preview']);
      expect(preview.stdout).toContain('Nobody is marked as the abuser');
      const done = await run(['import', '--vault', vault, GROUP, '--tz', 'UTC', '--date-order', 'dmy', '--sender', 'Loris', '--me', 'Emily', '--json']);
      expect(done.stderr).toBe('');
      const json = JSON.parse(done.stdout);
      expect(json.senders).toEqual({ Loris: 29, John: 12, Emily: 7 });
      expect(json.roles).toEqual({ Loris: 'abuser', Emily: 'me', John: 'other' });
      expect(json.countsByRole).toEqual({ abuser: 29, me: 7, other: 12 });
      const same = await run(['import', '--vault', vault, GROUP, '--tz', 'UTC', '--date-order', 'dmy', '--sender', 'Loris', '--me', 'Loris']);
      expect(same.code).toBe(1);
      expect(same.stderr).toMatch(/^dossier: INVALID_INPUT: .*me: the same sender cannot be both/);
    } finally {
      delete process.env.DOSSIER_PASSPHRASE;
    }
  });
});
