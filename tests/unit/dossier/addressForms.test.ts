// A person's address in a redacted copy (issue 9, item 3): the record says "ул. Сурганова", she
// writes "у дома на Сурганова". The bare street name is one of the forms to remove, in ru, be and uk,
// with the kind of street before or after it; a city or a house number alone is not taken for one.
import { describe, expect, it } from 'vitest';
import { formsOfPerson } from '../../../main/dossier/redaction/forms';

const detailsOf = (address: string) => formsOfPerson({ id: '00000000-0000-4000-8000-000000000001', name: 'Ирина Лебедева', role: 'witness', address, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }).details;

describe('the forms of an address', () => {
  it('holds the address whole, its parts and the bare street name', () => {
    const details = detailsOf('г. Минск, ул. Сурганова, 12-5');
    expect(details).toEqual(expect.arrayContaining(['г. Минск, ул. Сурганова, 12-5', 'ул. Сурганова', 'Сурганова', '12-5', 'г. Минск']));
    expect(details).not.toContain('Минск');
  });

  it('knows the kinds of street in Belarusian and Ukrainian, cut short or full, before or after the name', () => {
    expect(detailsOf('вуліца Кірава, 3')).toContain('Кірава');
    expect(detailsOf('вул. Хрещатик, 10')).toContain('Хрещатик');
    expect(detailsOf('проспект Независимости 44, кв. 7')).toContain('Независимости');
    expect(detailsOf('Садовая ул., д. 2')).toContain('Садовая');
  });

  it('does not make a form of a short remainder', () => {
    expect(detailsOf('ул. Ям, 4')).not.toContain('Ям');
  });

  it('declines a street named by an adjective, as she writes it in a sentence («на Тихой»), in ru, be and uk', () => {
    expect(detailsOf('ул. Тихая, д. 7, кв. 3')).toEqual(expect.arrayContaining(['Тихая', 'Тихой', 'Тихую', 'Тихою']));
    expect(detailsOf('Заречный проспект, 10')).toEqual(expect.arrayContaining(['Заречный', 'Заречном', 'Заречного']));
    expect(detailsOf('ул. Малая Садовая, 2')).toEqual(expect.arrayContaining(['Малая Садовая', 'Малой Садовой']));
    expect(detailsOf('вул. Садова, 3')).toEqual(expect.arrayContaining(['Садова', 'Садовій', 'Садової']));
    expect(detailsOf('вуліца Зарэчная, 4')).toEqual(expect.arrayContaining(['Зарэчная', 'Зарэчнай']));
  });
});
