// The shape of the words that both the app and the dossier print: one source per language, so the
// checkbox she ticks and the line a judge reads say the same thing (issue 9, item 7). Keyed by
// shared/domain.ts: a kind, category, role or channel left out fails the typecheck.
import type { DateKind } from '../dates';
import type { CATEGORIES_BY_KIND, EntryKind, MESSAGE_CHANNELS, PersonRole } from '../domain';

type Channel = (typeof MESSAGE_CHANNELS)[number];

export interface Words {
  /** Each word is written as a label (capital first letter); inSentence() lowers it mid-sentence. */
  readonly kinds: Readonly<Record<EntryKind, string>>;
  readonly kindsPlural: Readonly<Record<EntryKind, string>>;
  /** Per kind: "threats" is both an incident's and a stalking category, said the same in both. */
  readonly categories: { readonly [K in EntryKind]: Readonly<Record<(typeof CATEGORIES_BY_KIND)[K][number], string>> };
  readonly roles: Readonly<Record<PersonRole, string>>;
  readonly directions: Readonly<Record<'incoming' | 'outgoing' | 'unknown', string>>;
  readonly channels: Readonly<Record<Channel, string>>;
  /** An incident's own fields, as labels: her form and the dossier's entry and chronology. */
  readonly incidentFields: Readonly<Record<'injuries' | 'medicalHelp' | 'policeReport', string>>;
  /** Dates that matter (a protection order, a hearing…): her list of them and the dossier's. */
  readonly dateKinds: Readonly<Record<DateKind, string>>;
  /** The label of a file's SHA-256, the lawyer's word for it. */
  readonly fileHash: string;
}

/** Names of apps and services: the same in every language, and never lowered in a sentence. */
export const CHANNEL_NAMES = { whatsapp: 'WhatsApp', telegram: 'Telegram', sms: 'SMS', mms: 'MMS' } as const;
