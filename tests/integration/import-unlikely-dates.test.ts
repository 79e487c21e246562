// A phone whose clock was set wrong (or a crafted backup) dates a message 9999: the import keeps it
// with the time its export gives — evidence as it came — and says so before she imports, in the
// preview's `unlikelyDates` (the app shows the sentence, the CLI a line). The dossier of that log
// is then exported as any other (tests/integration/dossier-far-dates.test.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newVault, tempFolder } from './helpers';

const sms = (date: number, body: string) => `<sms address="+375291112233" date="${date}" type="1" body="${body}" contact_name="Max" />`;

describe('messages dated after today or before 1900', () => {
  const dir = tempFolder('dossier-unlikely-dates-');

  it('are counted in the preview and imported with the time their export gives', async () => {
    const path = join(dir, 'backup.xml');
    const records = [sms(Date.UTC(2024, 2, 3, 18), 'Ответь'), sms(Date.UTC(9999, 11, 31, 20), 'Часы сбились'), sms(Date.UTC(2024, 2, 3, 19), 'Где ты')];
    writeFileSync(path, `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="3">\n${records.join('\n')}\n</smses>\n`);
    const { service } = await newVault(dir, 'v.dossier');
    const settings = { format: 'sms-xml' as const, zone: 'Europe/Minsk' };
    const preview = await service['import.preview']({ source: { path }, settings });
    expect(preview.messages).toBe(3);
    expect(preview.unlikelyDates).toBe(1);
    const done = await service['import.commit']({ source: { path }, settings, abuserSenders: ['Max'], meSenders: [] });
    expect(done.unlikelyDates).toBe(1);
    const messages = await service['messages.list']({ entryId: done.entryId, offset: 0, limit: 10 });
    expect(messages.map((m) => m.sentAt).sort()).toEqual(['2024-03-03T18:00:00.000Z', '2024-03-03T19:00:00.000Z', '9999-12-31T20:00:00.000Z']);
    await service.close();
  }, 60_000);
});
