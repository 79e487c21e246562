// Nothing the user records may reach the disk in plaintext: not the vault, not a journal, not a
// temp file. Marker strings go into every kind of field; afterwards no file may contain them.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';
import { scanForMarkers } from './plaintextScan';

describe('no plaintext on disk', () => {
  const dir = tempFolder('dossier-plaintext-');

  it('leaves no marker from titles, texts, people, attachments or messages in any file', async () => {
    const tag = randomBytes(6).toString('hex');
    const markers = {
      title: `TitleMarker${tag}`,
      text: `ТекстМаркер${tag}`,
      place: `PlaceMarker${tag}`,
      person: `ИмяМаркер${tag}`,
      contact: `ContactMarker${tag}`,
      attachment: `FileMarker${tag}`,
      fileName: `NameMarker${tag}`,
      message: `СообщениеМаркер${tag}`,
      sender: `SenderMarker${tag}`,
    };
    const { service, path } = await newVault(dir, 'scan.dossier');
    const person = await service['people.create']({ draft: { name: markers.person, role: 'perpetrator', contact: markers.contact } });
    const entry = await service['entries.create']({ draft: incident({ title: markers.title, text: markers.text, place: markers.place, personIds: [person.id] }) });
    await service['entries.update']({ id: entry.id, draft: incident({ title: `${markers.title} edited`, text: `${markers.text} edited`, personIds: [person.id] }) });
    // Added from bytes (as drag-and-drop does): a source file on disk would itself be plaintext.
    const content = Buffer.concat([Buffer.from(markers.attachment, 'utf8'), randomBytes(3 * 1024 * 1024), Buffer.from(markers.attachment, 'utf16le')]);
    await service['attachments.add']({ entryId: entry.id, fileName: `${markers.fileName}.txt`, base64: content.toString('base64') });
    const log = await service['entries.create']({ draft: { kind: 'stalking', title: 'Log', occurredAt: { at: '2024-04-01T00:00:00Z', zone: 'UTC', precision: 'date' } } });
    await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: markers.sender, sentAt: '2024-04-01T21:00:00Z', zone: 'Europe/Minsk', text: markers.message } });
    expect((await service.search({ query: markers.message })).length).toBe(1);
    await service['vault.lock']({});
    // Reopen and read everything back once more: reading must not spill either.
    const reader = createService();
    await reader['vault.open']({ path, passphrase: PASSPHRASE });
    expect((await reader['entries.get']({ id: entry.id })).entry.title).toBe(`${markers.title} edited`);
    await reader['vault.lock']({});

    // The scanner must be able to fail: a control file with a marker is found.
    const control = join(dir, 'control.txt');
    writeFileSync(control, Buffer.from(markers.text, 'utf16le'));
    const controlScan = scanForMarkers([dir], Object.values(markers));
    expect(controlScan.findings).toEqual([{ file: control, marker: markers.text, encoding: 'utf16le' }]);

    const { findings, filesScanned } = scanForMarkers([dir, tmpdir()], Object.values(markers));
    expect(filesScanned).toBeGreaterThan(1);
    expect(findings.filter((f) => f.file !== control)).toEqual([]);
  });
});
