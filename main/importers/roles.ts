// Who is who in an export: the abuser (the senders she marked), her (the senders she marked as
// herself, or what the export itself says was sent from her phone: SMS Backup & Restore `type`,
// Telegram's own account), and everyone else a third party, labelled by name. Only the abuser's
// messages and calls count in the patterns, bursts and charts (issue 9, item 1). Pure: no I/O.
import type { SenderRole } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import type { CanonicalMessage } from './types';

export interface SenderChoice {
  abuserSenders: readonly string[];
  meSenders: readonly string[];
}

export interface Roles {
  /** Each sender name → role. */
  bySender: Record<string, SenderRole>;
  counts: Record<SenderRole, number>;
  of(m: CanonicalMessage): SenderRole;
}

const invalid = (field: string, reason: string) => new DossierError('INVALID_INPUT', { field, reason });

/** Throws when her choice contradicts itself or the export (a name marked both ways, a name not
 *  in the export, the abuser marked on messages the export says were sent from her phone). */
export function checkChoice(real: readonly CanonicalMessage[], choice: SenderChoice): void {
  const names = new Set(real.map((m) => m.sender));
  const abusers = new Set(choice.abuserSenders);
  if (choice.meSenders.some((name) => abusers.has(name))) throw invalid('me', 'the same sender cannot be both the abuser (--sender) and you (--me)');
  if (choice.abuserSenders.some((name) => !names.has(name))) throw invalid('sender', 'no such sender in this export');
  if (choice.meSenders.some((name) => !names.has(name))) throw invalid('me', 'no such sender in this export');
  const directions = (name: string) => new Set(real.filter((m) => m.sender === name).map((m) => m.direction));
  for (const name of choice.abuserSenders) {
    const seen = directions(name);
    if (seen.size === 1 && seen.has('outgoing')) throw invalid('sender', 'the export says these messages were sent from this phone: that sender is you (--me)');
  }
  for (const name of choice.meSenders) {
    const seen = directions(name);
    if (seen.size === 1 && seen.has('incoming')) throw invalid('me', 'the export says these messages came in to this phone: that sender is not you');
  }
}

export function rolesOf(real: readonly CanonicalMessage[], choice: SenderChoice): Roles {
  const abusers = new Set(choice.abuserSenders);
  const me = new Set(choice.meSenders);
  const of = (m: CanonicalMessage): SenderRole => (abusers.has(m.sender) ? 'abuser' : me.has(m.sender) || m.direction === 'outgoing' ? 'me' : 'other');
  const bySender: Record<string, SenderRole> = {};
  const counts: Record<SenderRole, number> = { abuser: 0, me: 0, other: 0 };
  const seen = new Map<string, Set<SenderRole>>();
  for (const m of real) {
    const role = of(m);
    counts[role] += 1;
    seen.set(m.sender, (seen.get(m.sender) ?? new Set()).add(role));
  }
  // A name is "me" only when every one of its messages is hers (SMS: the owner's outgoing lines).
  for (const [name, roles] of seen) bySender[name] = roles.size === 1 ? [...roles][0]! : roles.has('abuser') ? 'abuser' : 'other';
  return { bySender, counts, of };
}
