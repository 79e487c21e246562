// Exports split into numbered pages (Telegram Desktop: messages.html, messages2.html, …; VK:
// messages0.html, messages50.html, …): which conversations an export holds, which pages belong to
// the one she chose, in what order, and which are missing. Pure over an ExportFiles listing.
import { DossierError } from '../../shared/errors';
import { folderOf, leafOf, type ExportFiles } from './exportFiles';
import type { ChatSummary, ParseOptions } from './types';

export interface PageName {
  name: string; // in the ExportFiles
  number: number; // Telegram: 1, 2, …; VK: the offset 0, 50, 100, …
}

/** A conversation: a folder of pages. */
export interface PagedChat {
  folder: string;
  pages: PageName[]; // in reading order
}

/** Pages grouped by folder; `pageNumber` says whether a leaf name is a page and which. The file
 *  she chose is a page even when renamed ("chat with him.html"): the first one, `firstPage`. */
export function pagedChats(files: ExportFiles, pageNumber: (leaf: string) => number | null, firstPage: number): PagedChat[] {
  const byFolder = new Map<string, PageName[]>();
  for (const name of files.names) {
    const number = pageNumber(leafOf(name)) ?? (name === files.chosen ? firstPage : null);
    if (number === null) continue;
    const folder = folderOf(name);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { name, number }]);
  }
  return [...byFolder]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, pages]) => ({ folder, pages: pages.sort((a, b) => a.number - b.number) }));
}

/**
 * Which conversation to read: the one holding the page she chose; the only one; the one she
 * named (`chatId` = its id in the preview, or `chatIndex`); or none yet (she must choose).
 */
export function chooseChat<T extends { id: string }>(chats: readonly T[], chosenId: string | null, options: ParseOptions): T | null {
  if (chosenId !== null) return chats.find((c) => c.id === chosenId) ?? null;
  if (options.chatId !== undefined) {
    const byId = chats.find((c) => c.id === options.chatId);
    if (byId) return byId;
  }
  if (options.chatIndex !== undefined) {
    const byIndex = Number.isInteger(options.chatIndex) ? chats[options.chatIndex] : undefined;
    if (byIndex === undefined) throw new DossierError('INVALID_INPUT', { field: 'chat', chats: chats.length });
    return byIndex;
  }
  if (options.chatId !== undefined) throw new DossierError('INVALID_INPUT', { field: 'chat', chats: chats.length });
  return chats.length === 1 ? chats[0]! : null;
}

export function summariesOf(chats: readonly { id: string; name: string; messages: number }[]): ChatSummary[] {
  return chats.map((c, index) => ({ index, name: c.name, id: c.id, messages: c.messages }));
}

/** Numbers in `expected` that no page has, as the file names `nameOf` gives them. */
export function missingPages(pages: readonly PageName[], expected: readonly number[], nameOf: (n: number) => string): string[] {
  const have = new Set(pages.map((p) => p.number));
  return expected.filter((n) => !have.has(n)).map(nameOf);
}

/** Code-unit order of ISO times (localeCompare asks ICU for every pair: slow, and not what ISO needs). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
