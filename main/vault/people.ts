// People: the abuser(s), witnesses, helpers, the survivor. Stored as validated JSON.
import { canonicalJson } from './canonical';
import { Person } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import type { Db } from './sqlite';

function parsePerson(json: string): Person {
  const parsed = Person.safeParse(JSON.parse(json));
  if (!parsed.success) throw new DossierError('VAULT_CORRUPT', { table: 'people' });
  return parsed.data;
}

export async function insertPerson(db: Db, person: Person): Promise<void> {
  await db.run('INSERT INTO people (id, data) VALUES (?, ?)', [person.id, canonicalJson(person)]);
}

export async function updatePerson(db: Db, person: Person): Promise<void> {
  await db.run('UPDATE people SET data = ? WHERE id = ?', [canonicalJson(person), person.id]);
}

export async function getPerson(db: Db, id: string): Promise<Person> {
  const row = await db.get<{ data: string }>('SELECT data FROM people WHERE id = ?', [id]);
  if (!row) throw new DossierError('NOT_FOUND', { what: 'person' });
  return parsePerson(row.data);
}

export async function listPeople(db: Db): Promise<Person[]> {
  const rows = await db.all<{ data: string }>('SELECT data FROM people ORDER BY seq');
  return rows.map((row) => parsePerson(row.data));
}

/** Every id must name a person in this vault (an entry may not point at nobody). */
export async function assertPeopleExist(db: Db, ids: readonly string[]): Promise<void> {
  for (const id of new Set(ids)) {
    const row = await db.get('SELECT 1 AS x FROM people WHERE id = ?', [id]);
    if (!row) throw new DossierError('INVALID_INPUT', { field: 'personIds', reason: 'unknown person' });
  }
}
