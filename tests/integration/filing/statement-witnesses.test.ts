// Issue 10: who the statement asks the court to summon. A link from an entry to a person has no role
// of its own, so the person's role decides: witnesses first, then the others she linked to a chosen
// event (a neighbour, a relative), never the accused, her, another perpetrator or a helper (the
// accused receives a copy; a support worker's name must not reach him). Read back from
// word/document.xml.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../main/service';
import { newVault, tempFolder } from '../helpers';
import { docxParagraphs } from './docxText';

describe('the witnesses to summon', () => {
  const dir = tempFolder('dossier-statement-witnesses-');
  let service: Service;
  const ids = { entry: '', other: '', accused: '' };

  beforeAll(async () => {
    ({ service } = await newVault(dir));
    const person = async (name: string, role: string, contact?: string) => (await service['people.create']({ draft: { name, role, ...(contact ? { contact } : {}) } as never })).id;
    const survivor = await person('Анна Петрова', 'survivor');
    ids.accused = await person('Виктор Кравцов', 'perpetrator');
    const brother = await person('Игорь Кравцов', 'perpetrator');
    const neighbour = await person('Зоя Соседова', 'other', '+375 29 555-44-33');
    const witness = await person('Мария Видевшая', 'witness');
    const helper = await person('Марина Соцработникова', 'helper');
    await person('Пётр Непривязанный', 'witness');
    const entry = await service['entries.create']({
      draft: { kind: 'incident', title: 'Ударил в подъезде', text: '', place: 'подъезд', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' }, personIds: [survivor, ids.accused, brother, neighbour, helper, witness] } as never,
      attachments: [],
    });
    ids.entry = entry.id;
  });

  it('lists the witness, then the neighbour she linked, with her contact; not the helper, the accused, the other perpetrator or an unlinked witness', async () => {
    const path = join(dir, 's.docx');
    const result = await service['statement.write']({ jurisdiction: 'ru', entryIds: [ids.entry], accusedId: ids.accused, path });
    expect(result.witnesses).toBe(2);
    const paragraphs = docxParagraphs(path);
    const listed = paragraphs.filter((p) => /^2\.\d+\. /.test(p));
    expect(listed[0]).toMatch(/^2\.1\. Мария Видевшая, /);
    expect(listed[1]).toBe('2.2. Зоя Соседова, +375 29 555-44-33');
    const text = paragraphs.join('\n');
    expect(text).not.toContain('Соцработникова');
    expect(text).not.toContain('Непривязанный');
    expect(listed.join('\n')).not.toContain('Кравцов');
    expect(listed.join('\n')).not.toContain('Петрова');
  });
});
