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

/** Which directions each sender's messages have, gathered one message at a time (a streamed
 *  import never holds all its messages): enough to check her choice against the export. */
export type DirectionsBySender = Map<string, Set<CanonicalMessage['direction']>>;

export function noteDirection(directions: DirectionsBySender, m: CanonicalMessage): void {
  const seen = directions.get(m.sender);
  if (seen) seen.add(m.direction);
  else directions.set(m.sender, new Set([m.direction]));
}

/** Throws when her choice contradicts itself or the export (a name marked both ways, a name not
 *  in the export, the abuser marked on messages the export says were sent from her phone). */
export function checkChoice(real: readonly CanonicalMessage[], choice: SenderChoice): void {
  const directions: DirectionsBySender = new Map();
  for (const m of real) noteDirection(directions, m);
  checkChoiceOf(directions, choice);
}

export function checkChoiceOf(directions: DirectionsBySender, choice: SenderChoice): void {
  const abusers = new Set(choice.abuserSenders);
  if (choice.meSenders.some((name) => abusers.has(name))) throw invalid('me', 'the same sender cannot be both the abuser (--sender) and you (--me)');
  if (choice.abuserSenders.some((name) => !directions.has(name))) throw invalid('sender', 'no such sender in this export');
  if (choice.meSenders.some((name) => !directions.has(name))) throw invalid('me', 'no such sender in this export');
  for (const name of choice.abuserSenders) {
    const seen = directions.get(name)!;
    if (seen.size === 1 && seen.has('outgoing')) throw invalid('sender', 'the export says these messages were sent from this phone: that sender is you (--me)');
  }
  for (const name of choice.meSenders) {
    const seen = directions.get(name)!;
    if (seen.size === 1 && seen.has('incoming')) throw invalid('me', 'the export says these messages came in to this phone: that sender is not you');
  }
}

/** The role of one message under her choice: needs nothing but the message and the choice. */
export function roleOfMessage(choice: SenderChoice): (m: CanonicalMessage) => SenderRole {
  const abusers = new Set(choice.abuserSenders);
  const me = new Set(choice.meSenders);
  return (m) => (abusers.has(m.sender) ? 'abuser' : me.has(m.sender) || m.direction === 'outgoing' ? 'me' : 'other');
}

/** Roles counted one message at a time, so a streamed import can count them without holding them. */
export class RoleTally {
  readonly of: (m: CanonicalMessage) => SenderRole;
  private readonly counts: Record<SenderRole, number> = { abuser: 0, me: 0, other: 0 };
  private readonly seen = new Map<string, Set<SenderRole>>();

  constructor(choice: SenderChoice) {
    this.of = roleOfMessage(choice);
  }

  add(m: CanonicalMessage): void {
    const role = this.of(m);
    this.counts[role] += 1;
    const roles = this.seen.get(m.sender);
    if (roles) roles.add(role);
    else this.seen.set(m.sender, new Set([role]));
  }

  roles(): Roles {
    const bySender: Record<string, SenderRole> = {};
    // A name is "me" only when every one of its messages is hers (SMS: the owner's outgoing lines).
    for (const [name, roles] of this.seen) bySender[name] = roles.size === 1 ? [...roles][0]! : roles.has('abuser') ? 'abuser' : 'other';
    return { bySender, counts: { ...this.counts }, of: this.of };
  }
}

export function rolesOf(real: readonly CanonicalMessage[], choice: SenderChoice): Roles {
  const tally = new RoleTally(choice);
  for (const m of real) tally.add(m);
  return tally.roles();
}
