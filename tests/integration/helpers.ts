// Shared test helpers: real SQLCipher vaults in fresh temp folders, never mocks.
import type { DraftForm } from '../../shared/drafts';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createService, type Service, type ServiceOptions } from '../../main/service';
import type { EntryDraftInput } from '../../shared/domain';
import { DossierError, type ErrorCode } from '../../shared/errors';

export const PASSPHRASE = 'correct horse battery staple';

/** A temp folder removed after the test file. */
export function tempFolder(prefix = 'dossier-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function newVault(dir: string, name = 'vault.dossier', options: ServiceOptions = {}): Promise<{ service: Service; path: string }> {
  const service = createService(options);
  const path = join(dir, name);
  await service['vault.create']({ path, passphrase: PASSPHRASE });
  return { service, path };
}

export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function incident(overrides: Partial<EntryDraftInput> = {}): EntryDraftInput {
  return {
    kind: 'incident',
    title: 'He pushed me against the door',
    text: 'In the hallway, after he came home drunk.',
    occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' },
    categories: ['physical'],
    ...overrides,
  } as EntryDraftInput;
}

/** The entry editor's fields as a draft (shared/drafts.ts), with `text` typed so far. */
export function draftForm(text: string, overrides: Partial<DraftForm> = {}): DraftForm {
  return {
    kind: 'incident', date: '2024-03-05', time: '18:30', zone: 'Europe/Minsk', precision: 'exact', endDate: '', endTime: '',
    title: '', text, place: '', categories: [], personIds: [], recordedBy: '', injuries: '', medicalHelp: '',
    policeDate: '', policeNumber: '', policeOutcome: '', childrenPresent: 'unknown', amount: '', currency: '',
    ...overrides,
  };
}

/** Awaits a promise that must fail with a DossierError of `code`. */
export async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<DossierError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DossierError && error.code === code) return error;
    throw new Error(`expected ${code}, got ${error instanceof DossierError ? error.code : String(error)}`);
  }
  throw new Error(`expected ${code}, but it succeeded`);
}

/** The i-th of many incidents an hour apart, each with a page of text (exports big enough to be
 *  cut short by a lock or a kill). */
export function hourlyIncident(i: number): EntryDraftInput {
  return {
    kind: 'incident',
    title: `Entry ${i}`,
    text: `Line of what happened, number ${i}. `.repeat(40),
    occurredAt: { at: new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString(), zone: 'Europe/Minsk', precision: 'exact' },
    categories: ['psychological'],
  } as EntryDraftInput;
}
