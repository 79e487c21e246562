import { describe, expect, it } from 'vitest';
import { emptyExportForm, toOptions } from '../../../renderer/screens/exportForm';

describe('the export form', () => {
  it('counts the period in the place she chose and sends that zone, whatever the computer\'s', () => {
    const options = toOptions({ ...emptyExportForm('ru', 'Asia/Yekaterinburg'), from: '2024-03-05', to: '2024-03-31' });
    // 05.03.2024 00:00 in Yekaterinburg (UTC+05:00); 31.03.2024 23:59:59.999 there.
    expect(options).toMatchObject({ zone: 'Asia/Yekaterinburg', from: '2024-03-04T19:00:00.000Z', to: '2024-03-31T18:59:59.999Z' });
    expect(toOptions({ ...emptyExportForm('ru', 'Europe/Minsk'), from: '2024-03-05' })).toMatchObject({ zone: 'Europe/Minsk', from: '2024-03-04T21:00:00.000Z' });
  });

  it('starts at the computer\'s zone', () => {
    expect(emptyExportForm('en').zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('sends the people she takes out as the redaction\'s people (before, the app never sent any)', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(toOptions({ ...emptyExportForm('ru', 'Europe/Minsk'), removedPeople: [id] }).redact).toMatchObject({ personIds: [id] });
    expect(toOptions(emptyExportForm('ru', 'Europe/Minsk')).redact).toMatchObject({ personIds: [] });
  });
});
