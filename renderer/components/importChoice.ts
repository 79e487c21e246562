// What the import still needs from her before anything is written (issue 13, item 4). Pure, so the
// rule is tested without a browser.
import type { ImportPreview } from '../../shared/imports';

/** Why the import cannot go on yet, or null: his names first, then hers where the export has her
 *  among the senders (a name the export itself shows as sent from her phone counts as marked). */
export function whatIsMissing(preview: ImportPreview, abusers: readonly string[], mine: readonly string[], noneIsMe: boolean): 'abuser' | 'me' | null {
  if (preview.messages + preview.calls > 0 && abusers.length === 0) return 'abuser';
  const others = preview.senders.filter((sender) => !abusers.includes(sender.name));
  const herByExport = others.some((sender) => preview.roles[sender.name] === 'me');
  if (others.length > 0 && !herByExport && !noneIsMe && !mine.some((name) => !abusers.includes(name))) return 'me';
  return null;
}
