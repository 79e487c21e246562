// The step between the window's contract (shared/windowContract.ts: file handles) and the service's
// (shared/contract.ts: paths): each handle is swapped for the path she chose, in the direction it was
// issued for, and answers lose their paths again on the way back. Used by the Electron IPC router
// and by the browser harness, so both carry the same rules.
import { basename } from 'node:path';
import type { FileHandles } from './fileHandles';
import type { HandleKind, OpenPurpose, PickedFile } from '../shared/fileHandles';

/** Handle (or, in the harness only, a plain path) → path, for reading or for writing. */
export type TakePath = (value: string, kind: HandleKind) => string;

/** A read handle for a file the service has just written for her. */
export type ReadBack = (path: string, purpose: OpenPurpose) => PickedFile;

export function readBackFrom(files: FileHandles): ReadBack {
  // The vault changes with each save of hers: its handle must outlive those changes.
  return (path, purpose) => files.issueOpen(path, purpose, { watchChanges: purpose !== 'vault' });
}

type Input = Record<string, unknown>;
type Swap = (input: Input, take: TakePath) => Input;

const field = (name: string, kind: HandleKind): Swap => (input, take) => ({ ...input, [name]: take(input[name] as string, kind) });

/** `{ path }` items (picked or dropped files) become paths; `{ fileName, base64 }` items pass as they are. */
function readItem(item: unknown, take: TakePath): unknown {
  if (typeof item === 'object' && item !== null && 'path' in item) return { ...item, path: take((item as { path: string }).path, 'open') };
  return item;
}

// (The harness passes outside checks' inputs here before any schema has filled in defaults.)
const attachments: Swap = (input, take) => (Array.isArray(input.attachments) ? { ...input, attachments: input.attachments.map((item) => readItem(item, take)) } : input);
const source: Swap = (input, take) => ({ ...input, source: readItem(input.source, take) });

const SWAPS: Readonly<Record<string, Swap>> = {
  'vault.create': field('path', 'save'),
  'vault.backup': field('path', 'save'),
  'app.unlock': field('path', 'open'),
  'app.setDisguise': (input, take) => (typeof input.path === 'string' ? field('path', 'open')(input, take) : input),
  'app.restore': (input, take) => ({ ...input, from: take(input.from as string, 'open'), to: take(input.to as string, 'save') }),
  'entries.create': attachments,
  'entries.update': attachments,
  'attachments.add': (input, take) => readItem(input, take) as Input,
  'attachments.saveTo': field('path', 'save'),
  'import.preview': source,
  'import.commit': source,
  'dossier.export': field('path', 'save'),
  'dossier.verify': field('path', 'open'),
  'statement.write': field('path', 'save'),
  'handover.write': field('path', 'save'),
};

/** The service's input for a window call whose input already passed the window's schema. */
export function toServiceInput(method: string, input: unknown, take: TakePath): unknown {
  const swap = SWAPS[method];
  return swap === undefined ? input : swap(input as Input, take);
}

/** What the service answered, with every path cut to the file's name (a full path never reaches the
 *  page). A new vault and an exported dossier come back with a handle to read them: the unlock
 *  screen opens that vault again after a lock, and the export screen checks the dossier at once. */
export function toWindowOutput(method: string, serviceInput: unknown, output: unknown, readBack: ReadBack): unknown {
  if (method === 'vault.create') return { ...(output as object), vault: readBack((serviceInput as { path: string }).path, 'vault') };
  if (typeof output !== 'object' || output === null || !('path' in output)) return output;
  const path = (output as { path: unknown }).path;
  if (typeof path !== 'string') return output;
  const named = { ...output, path: basename(path) };
  return method === 'dossier.export' ? { ...named, handle: readBack(path, 'verify').handle } : named;
}
