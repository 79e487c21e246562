// The app's messages for the words it shares with the dossier (shared/words): entry kinds, roles,
// message directions and channels, an incident's fields, kinds of date and the file hash, keyed as
// the screens ask for them ("common.kind_incident"). Categories are taken whole (<lang>/categories.ts).
// Built from the one source, never copied, so the UI and the PDF cannot drift apart.
import type { DateKind } from '../../shared/dates';
import type { EntryKind, MESSAGE_CHANNELS, PersonRole } from '../../shared/domain';
import type { Words } from '../../shared/words/types';
import { inSentence } from '../../shared/words/phrases';

type Channel = (typeof MESSAGE_CHANNELS)[number];
type Keyed<Prefix extends string, K extends string> = { readonly [N in K as `${Prefix}${N}`]: string };

function keyed<Prefix extends string, K extends string>(prefix: Prefix, words: Readonly<Record<K, string>>): Keyed<Prefix, K> {
  return Object.fromEntries(Object.entries(words).map(([name, word]) => [`${prefix}${name}`, word])) as Keyed<Prefix, K>;
}

/** common.kind_* and common.role_*. */
export function commonWords(w: Words): Keyed<'kind_', EntryKind> & Keyed<'role_', PersonRole> {
  return { ...keyed('kind_', w.kinds), ...keyed('role_', w.roles) };
}

type IncidentField = keyof Words['incidentFields'];

/** entry.direction_*, entry.channel_*, an incident's field labels (and as a changed field, lowered),
 *  the file hash's label, and "call" as it sits in a line. */
export function entryWords(
  w: Words,
): Keyed<'direction_', 'incoming' | 'outgoing'> & Keyed<'channel_', Channel> & Keyed<'', IncidentField> & Keyed<'field_', IncidentField> & { readonly fingerprint: string; readonly call: string } {
  const lowered = Object.fromEntries(Object.entries(w.incidentFields).map(([name, word]) => [name, inSentence(word)])) as Record<IncidentField, string>;
  return {
    ...keyed('', w.incidentFields),
    ...keyed('field_', lowered),
    direction_incoming: w.directions.incoming,
    direction_outgoing: w.directions.outgoing,
    ...keyed('channel_', w.channels),
    fingerprint: `${w.fileHash}:`,
    call: inSentence(w.channels.call),
  };
}

/** filing.kind_*: "protection-order" is asked for as kind_protection_order. */
export function filingWords(w: Words): Keyed<'kind_', 'protection_order' | Exclude<DateKind, 'protection-order'>> {
  const { 'protection-order': protectionOrder, ...rest } = w.dateKinds;
  return { kind_protection_order: protectionOrder, ...keyed('kind_', rest) };
}
