// A vault written by Dossier 0.1 (the @journeyapps/sqlcipher engine), kept as a binary fixture:
// every later engine and migration must open it, list it, show its earlier versions and attachment
// hashes, verify it and export it. The file is copied first: opening migrates it in place.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../main/service';
import { pdfText } from './dossierFixture';
import { tempFolder } from './helpers';

const FIXTURE = join(__dirname, '../fixtures/vault-0.1');
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as {
  passphrase: string;
  fileSha256: string;
  personId: string;
  entries: { id: string; kind: string; title: string; version: number; revisions: number; attachments: string[]; messages: number }[];
  incidentId: string;
  stalkingId: string;
};

describe('a vault written by Dossier 0.1', () => {
  const dir = tempFolder('dossier-fixture-');
  const path = join(dir, 'vault.dossier');
  let service: Service;

  beforeAll(async () => {
    // The fixture itself is the one committed, byte for byte (a positive control for this suite).
    expect(createHash('sha256').update(readFileSync(join(FIXTURE, 'vault.dossier'))).digest('hex')).toBe(expected.fileSha256);
    copyFileSync(join(FIXTURE, 'vault.dossier'), path);
    service = createService();
    await service['vault.open']({ path, passphrase: expected.passphrase });
  });
  afterAll(async () => {
    await service.close();
  });

  it('lists every entry with its kind, title and version', async () => {
    const entries = await service['entries.list']({ includeArchived: true });
    expect(entries.map((e) => [e.id, e.kind, e.title, e.version]).sort()).toEqual(expected.entries.map((e) => [e.id, e.kind, e.title, e.version]).sort());
  });

  it('shows earlier versions, attachment hashes (re-read from the vault) and imported messages', async () => {
    for (const want of expected.entries) {
      const detail = await service['entries.get']({ id: want.id });
      expect(detail.revisions).toBe(want.revisions);
      expect(detail.attachments.map((a) => a.sha256)).toEqual(want.attachments);
      expect(detail.entry.messageCount).toBe(want.messages);
      for (const attachment of detail.attachments) {
        const read = await service['attachments.read']({ id: attachment.id, offset: 0, length: attachment.size });
        expect(createHash('sha256').update(Buffer.from(read.base64, 'base64')).digest('hex')).toBe(attachment.sha256);
      }
    }
    const revisions = await service['entries.revisions']({ id: expected.incidentId });
    expect(revisions.map((r) => r.version)).toEqual([1]);
    const messages = await service['messages.list']({ entryId: expected.stalkingId, offset: 0, limit: 100 });
    expect(messages.map((m) => m.text)).toContain('Я знаю где ты живёшь');
  });

  it('verifies whole (integrity, cipher integrity, ledger)', async () => {
    const report = await service['vault.verify']({});
    expect(report.integrity).toBe(true);
    expect(report.cipherIntegrity).toBe(true);
    expect(report.ledger.ok).toBe(true);
    expect(report.ledger.links).toBeGreaterThan(5);
  });

  it('exports a dossier that verifies and holds its entries', async () => {
    const out = join(dir, 'dossier.pdf');
    const result = await service['dossier.export']({ options: { language: 'ru', zone: 'Europe/Minsk' }, path: out });
    expect(result.entries).toBe(expected.entries.length);
    expect((await service['dossier.verify']({ path: out })).valid).toBe(true);
    const text = pdfText(out);
    expect(text).toContain('Ударил на кухне');
    expect(text).toContain('Забрал зарплату');
  });
});
