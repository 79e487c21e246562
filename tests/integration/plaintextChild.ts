// The code under test for plaintext.test.ts, in its own process so that its temp folder (TMPDIR,
// which Node and SQLite both honour) is one the test owns and scans whole. Takes the vault path
// and the markers (JSON) and puts a marker into every kind of field; prints its temp folder.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { createService } from '../../main/service';
import type { EntryDraftInput } from '../../shared/domain';

const [vaultPath, markersJson] = process.argv.slice(2) as [string, string];
const markers = JSON.parse(markersJson) as Record<'title' | 'text' | 'place' | 'person' | 'contact' | 'attachment' | 'fileName' | 'message' | 'sender', string>;
const passphrase = process.env.DOSSIER_PASSPHRASE ?? '';

function incident(overrides: Partial<EntryDraftInput>): EntryDraftInput {
  return { kind: 'incident', title: 'x', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' }, categories: ['physical'], ...overrides } as EntryDraftInput;
}

async function main(): Promise<void> {
  const service = createService();
  await service['vault.create']({ path: vaultPath, passphrase });
  const person = await service['people.create']({ draft: { name: markers.person, role: 'perpetrator', contact: markers.contact } });
  const entry = await service['entries.create']({ draft: incident({ title: markers.title, text: markers.text, place: markers.place, personIds: [person.id] }) });
  await service['entries.update']({ id: entry.id, draft: incident({ title: `${markers.title} edited`, text: `${markers.text} edited`, personIds: [person.id] }) });
  // Added from bytes (as drag-and-drop does): a source file on disk would itself be plaintext.
  const content = Buffer.concat([Buffer.from(markers.attachment, 'utf8'), randomBytes(3 * 1024 * 1024), Buffer.from(markers.attachment, 'utf16le')]);
  await service['attachments.add']({ entryId: entry.id, fileName: `${markers.fileName}.txt`, base64: content.toString('base64') });
  const log = await service['entries.create']({ draft: { kind: 'stalking', title: 'Log', occurredAt: { at: '2024-04-01T00:00:00Z', zone: 'UTC', precision: 'date' } } });
  await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: markers.sender, sentAt: '2024-04-01T21:00:00Z', zone: 'Europe/Minsk', text: markers.message } });
  const found = (await service.search({ query: markers.message })).length;
  await service['vault.lock']({});
  // Reopen and read everything back once more: reading must not spill either.
  const reader = createService();
  await reader['vault.open']({ path: vaultPath, passphrase });
  const title = (await reader['entries.get']({ id: entry.id })).entry.title;
  await reader['vault.lock']({});
  process.stdout.write(`${JSON.stringify({ tmpdir: tmpdir(), found, title })}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ failed: String((error as { code?: unknown }).code ?? 'unknown') })}\n`);
  process.exit(1);
});
