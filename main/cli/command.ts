// What every `dossier` command shares: its shape, the exit codes, opening the vault, printing.
import type { ParseArgsConfig } from 'node:util';
import { DossierError, type ErrorCode } from '../../shared/errors';
import { createService, type Service, type ServiceOptions } from '../service';
import { readPassphrase } from './passphrase';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  summary: string;
  usage: string;
  options: Options;
  positionals?: boolean;
  run(values: Values, positionals: string[], out: (line: string) => void): Promise<number>;
}

export const VAULT_OPEN_FAILURES: ErrorCode[] = ['WRONG_PASSPHRASE', 'VAULT_NOT_FOUND', 'VAULT_CORRUPT', 'VAULT_BUSY', 'VAULT_FROM_NEWER_VERSION'];
export const IMPORT_REJECTIONS: ErrorCode[] = ['IMPORT_UNRECOGNISED', 'IMPORT_MALFORMED', 'IMPORT_AMBIGUOUS_DATE_ORDER'];
export const EXIT = { ok: 0, usage: 1, vault: 2, verification: 3, importRejected: 4 } as const;

export const vaultOption: Options = { vault: { type: 'string' } };
export const jsonOption: Options = { json: { type: 'boolean' } };
export function requireString(values: Values, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new DossierError('INVALID_INPUT', { field: name, reason: `--${name} is required` });
  return value;
}

/** On a terminal, reading a large import shows how far it has got (at most once a second). */
function progressOnTerminal(): ServiceOptions['onImportProgress'] {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (read, total) => {
    const now = Date.now();
    if (now - last < 1000 && read < total) return;
    last = now;
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    process.stderr.write(`\rReading the export: ${Math.floor((read / Math.max(total, 1)) * 100)}% (${mb(read)} of ${mb(total)} MB)${read >= total ? '\n' : ''}`);
  };
}

/** Opens the vault (with `passphrase` when the command has read it already), runs `work`, locks. */
export async function withVault<T>(values: Values, work: (service: Service) => Promise<T>, passphrase?: string): Promise<T> {
  const path = requireString(values, 'vault');
  const onImportProgress = progressOnTerminal();
  const service = createService(onImportProgress ? { onImportProgress } : {});
  await service['vault.open']({ path, passphrase: passphrase ?? (await readPassphrase({ confirm: false })) });
  try {
    return await work(service);
  } finally {
    await service.close();
  }
}

export const print = (out: (line: string) => void, values: Values, json: unknown, text: () => string) => out(values.json ? JSON.stringify(json, null, 2) : text());

