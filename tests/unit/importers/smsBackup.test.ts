// "SMS Backup & Restore" XML: real backups (SOURCES.md) and hand-written edge cases.
import { describe, expect, it } from 'vitest';
import { parseSmsBackup, parseSmsBackupStream } from '../../../main/importers/smsBackup';
import { CharRefRepairer, repairCharRefs } from '../../../main/importers/xmlCharRefs';
import { fixture, haveFixtures, importErrorOf, importErrorOfAsync, utf8 } from './helpers';

const sbr = (name: string) => fixture(`sms-backup-restore/${name}`);
const smses = (inner: string) => utf8(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="1">\n${inner}\n</smses>\n`);
async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe.skipIf(!haveFixtures)('SMS Backup & Restore real exports (backups)', () => {
  it('dv_sms_small.xml: date is UTC ms (14:49:27Z), readable_date is local (06:49:27, UTC-8)', () => {
    const p = parseSmsBackup(sbr('dv_sms_small.xml'));
    expect(p).toMatchObject({ format: 'sms-xml', timesAreUtc: true, warnings: [] });
    expect(p.messages).toHaveLength(12);
    expect(p.messages[0]).toMatchObject({
      channel: 'sms',
      direction: 'incoming',
      sender: 'Contact A',
      senderId: '+15550000001',
      sentAt: '2017-12-02T14:49:27.463Z',
      wallTime: null,
      text: 'Body text 1',
      platformId: null,
      sourceLine: 1,
    });
    expect(p.messages[4]).toMatchObject({ direction: 'outgoing', sender: '', recipient: 'Contact A', text: 'Body text 5' });
    expect(p.messages[9]?.text).toBe('Body text 10\nBody text 11\nBody text 12'); // &#10; in the attribute
    expect(p.messages[11]).toMatchObject({ sentAt: '2017-12-02T18:10:45.524Z', recipient: 'Contact C' });
  });

  it('dv_sms_and_mms_rcs.xml is truncated upstream (count="58", ends inside <parts>): IMPORT_MALFORMED with its line', () => {
    const error = importErrorOf(() => parseSmsBackup(sbr('dv_sms_and_mms_rcs.xml')));
    expect(error.code).toBe('IMPORT_MALFORMED');
    expect(error.details).toEqual({ line: 136, records: 50 });
  });

  it('dv_sms_and_mms_rcs.xml, complete records only: MMS date in ms (not date_sent in s), 137 = sender', () => {
    const text = new TextDecoder().decode(sbr('dv_sms_and_mms_rcs.xml'));
    const complete = utf8(text.slice(0, text.lastIndexOf('<mms ')) + '</smses>\n');
    const p = parseSmsBackup(complete);
    expect(p.messages).toHaveLength(49);
    expect(p.messages.filter((m) => m.channel === 'sms')).toHaveLength(41);
    const mms = p.messages.filter((m) => m.channel === 'mms');
    expect(mms).toHaveLength(8);
    // date="1720997593000" (ms); date_sent="1720997593" would be 1970 if read as ms.
    expect(mms[0]).toMatchObject({ text: 'Body text 45', sentAt: '2024-07-14T22:53:13.000Z', direction: 'incoming', sender: 'Contact D', senderId: '+15550000006' });
    expect(mms[1]).toMatchObject({ text: 'Body text 46', direction: 'outgoing', senderId: '+15550000007', recipient: 'Contact D' });
    // RCS group (address group_8@rcs.google.com, contact "(Unknown)"): the sender is the 137 address.
    expect(mms[2]).toMatchObject({ text: 'Body text 47', sender: '+15550000009', senderId: '+15550000009' });
    expect(mms[5]?.text).toBe('Body text 50\nBody text 51\nBody text 52\nBody text 53');
    expect(mms[6]).toMatchObject({ text: 'Body text 54', media: true }); // image/png part; the SMIL part is not text
  });

  it('sr_edge_cases.xml: minimal attributes, entities and emoji, an empty body, an MMS with no parts', () => {
    const p = parseSmsBackup(sbr('sr_edge_cases.xml'));
    expect(p.messages).toHaveLength(4);
    expect(p.messages[0]).toMatchObject({ sender: '+15551112222', text: 'Minimal fields, no optionals.', sentAt: '2021-01-01T00:00:00.000Z' });
    expect(p.messages[1]).toMatchObject({ direction: 'outgoing', recipient: 'Charlie Unicode', text: 'Hello 🌍 — this has «special» chars & symbols < > " \'' });
    expect(p.messages[2]).toMatchObject({ sender: 'Dana Empty', text: '' });
    expect(p.messages[3]).toMatchObject({ channel: 'mms', text: '', sender: 'Eve NoParts', senderId: '+15557778888', media: false });
  });

  it('sr_minimal_calls.xml: a <calls> backup', () => {
    const p = parseSmsBackup(sbr('sr_minimal_calls.xml'));
    expect(p.messages).toEqual([
      expect.objectContaining({ channel: 'call', isCall: true, direction: 'incoming', callSeconds: 125, callStatus: 'answered', sender: 'Alice Smith', senderId: '+15551234567', sentAt: '2021-01-03T00:00:00.000Z' }),
    ]);
  });

  it('sr_minimal_mms.xml: text part only, SMIL ignored, image part → media', () => {
    const p = parseSmsBackup(sbr('sr_minimal_mms.xml'));
    expect(p.messages).toEqual([expect.objectContaining({ channel: 'mms', text: 'Hello from MMS!', media: true, sender: '+15559876543', sentAt: '2021-01-02T00:00:00.000Z' })]);
  });

  it('the stream API gives the same result in small chunks', async () => {
    const bytes = sbr('dv_sms_small.xml');
    expect(await parseSmsBackupStream(chunksOf(bytes, 7))).toEqual(parseSmsBackup(bytes));
  });
});

describe('surrogate-pair character references', () => {
  it.each([
    ['decimal pair', '&#55357;&#56832;', '😀'],
    ['hex pair', '&#xD83D;&#xDE00;', '😀'],
    ['mixed case hex', '&#xd83d;&#Xde00;', '😀'],
    ['lone high', 'a&#55357;b', 'a\uFFFDb'],
    ['lone low', 'a&#56832;b', 'a\uFFFDb'],
    ['high then text then low', '&#55357;x&#56832;', '\uFFFDx\uFFFD'],
    ['two highs then a low', '&#55357;&#55357;&#56832;', '\uFFFD😀'],
    ['forbidden control character', '&#1;', '\uFFFD'],
    ['valid references are left for the parser', '&#10;&#x1F30D;&amp;', '&#10;&#x1F30D;&amp;'],
  ])('%s', (_name, input, expected) => {
    expect(repairCharRefs(input)).toBe(expected);
  });

  it('a pair split across chunks at every position is still joined', () => {
    const text = 'x&#55357;&#56832;y&#xD83D;&#xDE03;z';
    for (let i = 0; i <= text.length; i += 1) {
      for (let j = i; j <= text.length; j += 1) {
        const r = new CharRefRepairer();
        expect(r.push(text.slice(0, i)) + r.push(text.slice(i, j)) + r.push(text.slice(j)) + r.end()).toBe('x😀y😃z');
      }
    }
  });

  it('an SMS body with the emoji SBR writes as surrogate references', () => {
    const p = parseSmsBackup(smses('<sms address="+7900" date="1609459200000" type="1" body="Привет &#55357;&#56832; &#xD83D;&#xDE21; &#55357;" />'));
    expect(p.messages[0]?.text).toBe('Привет 😀 😡 \uFFFD');
  });
});

describe('SMS Backup & Restore records', () => {
  it('sms types: 1 received, 2 sent, 3–6 outgoing but maybe never delivered (counted in a warning)', () => {
    const rows = [1, 2, 3, 4, 5, 6, 9].map((t) => `<sms address="+1555" date="16094592000${t}0" type="${t}" body="t${t}" contact_name="Max" />`).join('\n');
    const p = parseSmsBackup(smses(rows));
    expect(p.messages.map((m) => m.direction)).toEqual(['incoming', 'outgoing', 'outgoing', 'outgoing', 'outgoing', 'outgoing', 'unknown']);
    expect(p.warnings.map((w) => w.code)).toEqual(['NOT_SENT', 'NOT_SENT', 'NOT_SENT', 'NOT_SENT']);
    expect(p.warnings[0]?.message).toContain('draft');
  });

  it('call types 1–7; an outgoing call of 0 s was not answered', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7].map((t) => `<call number="+1555" duration="${t === 2 ? 0 : 10}" date="1609632000000" type="${t}" contact_name="null" />`).join('\n');
    const p = parseSmsBackup(utf8(`<calls count="7">${rows}</calls>`));
    expect(p.messages.map((m) => m.callStatus)).toEqual(['answered', 'unanswered', 'missed', 'voicemail', 'rejected', 'blocked', 'answered-elsewhere']);
    expect(p.messages[1]).toMatchObject({ direction: 'outgoing', recipient: '+1555', sender: '' });
    expect(p.messages[2]).toMatchObject({ direction: 'incoming', sender: '+1555', senderId: '+1555' });
  });

  it('MMS with several text parts and an incoming box', () => {
    const p = parseSmsBackup(
      smses(
        '<mms date="1609470000000" msg_box="1" address="+7900" contact_name="Максим"><parts>' +
          '<part ct="text/plain" text="Ты где?" /><part ct="image/jpeg" text="null" /><part ct="text/plain" text="Ответь" />' +
          '</parts><addrs><addr address="+7900" type="137" /><addr address="+7911" type="151" /></addrs></mms>',
      ),
    );
    expect(p.messages[0]).toMatchObject({ channel: 'mms', sender: 'Максим', senderId: '+7900', text: 'Ты где?\nОтветь', media: true, direction: 'incoming' });
  });

  it('a bad date is a warning, not a crash', () => {
    const p = parseSmsBackup(smses('<sms address="+1" date="soon" type="1" body="x" />'));
    expect(p.messages[0]?.sentAt).toBeNull();
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'NO_DATE', line: 1 })]);
  });

  it('a date in seconds instead of milliseconds is read as seconds, with a warning', () => {
    const p = parseSmsBackup(smses('<sms address="+1" date="1720997593" type="1" body="x" />'));
    expect(p.messages[0]?.sentAt).toBe('2024-07-14T22:53:13.000Z');
    expect(p.warnings.map((w) => w.code)).toEqual(['DATE_IN_SECONDS']);
  });

  it('truncated XML: IMPORT_MALFORMED with the line number', () => {
    const bytes = utf8('<smses count="2">\n<sms address="+1" date="1" type="1" body="a" />\n<sms address="+1" date="2" type="1" bo');
    expect(importErrorOf(() => parseSmsBackup(bytes)).details).toEqual({ line: 3, records: 1 });
    expect(importErrorOf(() => parseSmsBackup(utf8('<smses>\n<sms body="a & b" />\n</smses>'))).details).toMatchObject({ line: 2 });
  });

  it('XML that is not a backup, and text that is not XML, are unrecognised', async () => {
    expect(importErrorOf(() => parseSmsBackup(utf8('<html><body/></html>'))).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parseSmsBackup(utf8('hello'))).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parseSmsBackup(new Uint8Array())).code).toBe('IMPORT_UNRECOGNISED');
    expect((await importErrorOfAsync(() => parseSmsBackupStream(chunksOf(utf8('<smses><sms'), 3)))).code).toBe('IMPORT_MALFORMED');
  });

  it('streams a large backup (20,000 records) in chunks', async () => {
    const row = '<sms address="+15550000001" date="1512226167463" type="1" body="Сообщение &#55357;&#56832; number" contact_name="Contact A" />\n';
    const bytes = utf8(`<smses count="20000">\n${row.repeat(20_000)}</smses>`);
    const p = await parseSmsBackupStream(chunksOf(bytes, 16 * 1024 + 3));
    expect(p.messages).toHaveLength(20_000);
    expect(p.messages[19_999]).toMatchObject({ text: 'Сообщение 😀 number', sourceLine: 20_000 });
  });
});
