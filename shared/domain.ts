// What Dossier records, in the users' words (see ../shared/PRODUCT.md "What it records").
// Every value that comes from outside the process is parsed with these schemas.
import { z } from 'zod';

export const ENTRY_KINDS = ['incident', 'stalking', 'economic'] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

export const INCIDENT_CATEGORIES = [
  'physical',
  'psychological',
  'sexual',
  'threats',
  'property_damage',
] as const;

export const STALKING_CATEGORIES = [
  'messages',
  'calls',
  'following',
  'showing_up_at_home_or_work',
  'contacting_relatives_or_friends',
  'seeking_new_contacts',
  'blackmail_with_intimate_images',
  'spreading_information',
  'threats',
  'tracking',
] as const;

/** The fourteen forms of economic abuse named by practitioners (PRODUCT.md). */
export const ECONOMIC_CATEGORIES = [
  'prohibition_to_study_or_work',
  'deprivation_of_financial_support',
  'total_control_of_income',
  'concealment_of_income',
  'control_of_expenditures',
  'coercion_to_support_the_abuser',
  'refusal_to_support_children',
  'coercion_to_beg',
  'unequal_spending',
  'coercion_to_retire',
  'deprivation_of_funds',
  'financial_blackmail',
  'forging_signatures',
  'misuse_or_theft_of_money_and_property',
] as const;

export const CATEGORIES_BY_KIND = {
  incident: INCIDENT_CATEGORIES,
  stalking: STALKING_CATEGORIES,
  economic: ECONOMIC_CATEGORIES,
} as const satisfies Record<EntryKind, readonly string[]>;

export const IncidentCategory = z.enum(INCIDENT_CATEGORIES);
export const StalkingCategory = z.enum(STALKING_CATEGORIES);
export const EconomicCategory = z.enum(ECONOMIC_CATEGORIES);

export const Id = z.string().regex(/^[0-9a-f-]{8,64}$/, 'not an id');
export type Id = z.infer<typeof Id>;

/** A UTC instant, always stored as YYYY-MM-DDTHH:mm:ss.sssZ: the trailing Z means local wall time is
 *  never mistaken for UTC, and one fixed form keeps string order equal to time order. */
export const UtcInstant = z.iso.datetime({ offset: false }).transform((value) => new Date(value).toISOString());
export type UtcInstant = z.infer<typeof UtcInstant>;

/** Zones already checked: building an Intl formatter costs ~80 µs, and a bulk entry or an import
 *  checks the same few zones thousands of times. */
const knownZones = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = zone.length > 0;
    } catch {
      valid = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, valid);
  }
  return valid;
}

export const TimeZone = z.string().min(1).max(64).refine(isValidTimeZone, 'unknown time zone');

export const PRECISIONS = ['exact', 'approximate', 'date', 'span'] as const;
export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

/** When it happened: an instant plus the zone of the place, and how sure the user is. */
export const OccurredAt = z
  .object({
    at: UtcInstant,
    zone: TimeZone,
    precision: Precision,
    end: UtcInstant.optional(),
  })
  .refine((t) => t.precision !== 'span' || t.end !== undefined, {
    message: 'a span needs an end',
    path: ['end'],
  })
  .refine((t) => t.end === undefined || t.end >= t.at, { message: 'the end is before the start', path: ['end'] });
export type OccurredAt = z.infer<typeof OccurredAt>;

export const PERSON_ROLES = ['perpetrator', 'witness', 'helper', 'survivor', 'other'] as const;
export const PersonRole = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof PersonRole>;

const shortText = (max: number) => z.string().trim().max(max);

export const PersonDraft = z.object({
  name: shortText(200).min(1),
  role: PersonRole,
  relation: shortText(200).optional(),
  contact: shortText(1000).optional(),
  /** Each phone, e-mail or account on its own (`contact` keeps them joined, as it always has), so
   *  a redaction can find each one in any written form. */
  contacts: z.array(shortText(300).min(1)).max(50).optional(),
  /** Where the person lives: a redacted copy must never show the address where she hides. */
  address: shortText(1000).optional(),
  notes: shortText(10_000).optional(),
});
export type PersonDraft = z.infer<typeof PersonDraft>;

export const Person = PersonDraft.extend({
  id: Id,
  createdAt: UtcInstant,
  updatedAt: UtcInstant,
});
export type Person = z.infer<typeof Person>;

/** Money is a decimal string, never a float, so totals are exact. Currency: ISO 4217 code. */
export const Amount = z.object({
  value: z.string().regex(/^\d{1,15}(\.\d{1,4})?$/, 'not an amount'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'not an ISO 4217 currency code'),
});
export type Amount = z.infer<typeof Amount>;

export const PoliceReport = z.object({
  date: z.iso.date().optional(),
  number: shortText(200).optional(),
  outcome: shortText(2000).optional(),
});

const common = {
  occurredAt: OccurredAt,
  title: shortText(300).min(1),
  text: shortText(200_000).default(''),
  place: shortText(500).optional(),
  personIds: z.array(Id).max(200).default([]),
  recordedBy: shortText(200).min(1).optional(),
};

export const IncidentDraft = z.object({
  kind: z.literal('incident'),
  ...common,
  categories: z.array(IncidentCategory).max(20).default([]),
  injuries: shortText(10_000).optional(),
  medicalHelp: shortText(10_000).optional(),
  policeReport: PoliceReport.optional(),
  childrenPresent: z.boolean().optional(),
});

export const StalkingDraft = z.object({
  kind: z.literal('stalking'),
  ...common,
  categories: z.array(StalkingCategory).max(20).default([]),
});

export const EconomicDraft = z.object({
  kind: z.literal('economic'),
  ...common,
  categories: z.array(EconomicCategory).max(20).default([]),
  amount: Amount.optional(),
});

/** What the user fills in; the app adds id, recordedAt and version. */
export const EntryDraft = z.discriminatedUnion('kind', [IncidentDraft, StalkingDraft, EconomicDraft]);
export type EntryDraft = z.infer<typeof EntryDraft>;
export type EntryDraftInput = z.input<typeof EntryDraft>;

const recordFields = {
  id: Id,
  version: z.number().int().min(1),
  recordedAt: UtcInstant,
  recordedBy: shortText(200).min(1),
  updatedAt: UtcInstant,
};

/** A stored entry version: the draft plus what the app sets. `archived` is kept apart (not a version). */
export const EntryRecord = z.discriminatedUnion('kind', [
  IncidentDraft.extend(recordFields),
  StalkingDraft.extend(recordFields),
  EconomicDraft.extend(recordFields),
]);
export type EntryRecord = z.infer<typeof EntryRecord>;

/** An entry as shown: its current version, whether it is archived, and what hangs off it. */
export const Entry = z.intersection(
  EntryRecord,
  /** number: given at creation (1, 2, 3…, never reused), the same in every dossier of the vault. */
  z.object({ number: z.number().int().min(1), archived: z.boolean(), attachmentCount: z.number().int(), messageCount: z.number().int() }),
);
export type Entry = z.infer<typeof Entry>;

export const ExifSummary = z.object({
  capturedAt: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  device: z.string().optional(),
  orientation: z.number().int().optional(),
});
export type ExifSummary = z.infer<typeof ExifSummary>;

export const Attachment = z.object({
  id: Id,
  entryId: Id,
  fileName: z.string().min(1).max(500),
  mime: z.string().max(200),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  exif: ExifSummary.nullable(),
  addedAt: UtcInstant,
  /** Words read from an image (OCR, machine-made, may contain errors). Never part of the stored,
   *  ledgered attachment record: added when attachments are listed. 'waiting': not read yet. */
  recognition: z.enum(['waiting', 'read', 'no-text', 'unreadable', 'too-large']).optional(),
  recognisedText: z.string().nullable().optional(),
});
export type Attachment = z.infer<typeof Attachment>;

export const RecognisedText = z.object({
  attachmentId: Id,
  entryId: Id,
  status: z.enum(['read', 'no-text', 'unreadable', 'too-large']),
  text: z.string().nullable(),
  languages: z.string(),
  recognisedAt: UtcInstant,
});
export type RecognisedText = z.infer<typeof RecognisedText>;

export const RecognitionStatus = z.object({ waiting: z.number().int().min(0), reading: z.boolean() });
export type RecognitionStatus = z.infer<typeof RecognitionStatus>;

export const Revision = z.object({
  entryId: Id,
  version: z.number().int().min(1),
  replacedAt: UtcInstant,
  record: EntryRecord,
});
export type Revision = z.infer<typeof Revision>;

export const MESSAGE_CHANNELS = ['whatsapp', 'telegram', 'sms', 'mms', 'call', 'other'] as const;
export const MessageDirection = z.enum(['incoming', 'outgoing', 'unknown']);
/** Who wrote a message, as she said at import: the abuser, herself, or someone else (a third
 *  party in a group chat, an unrelated contact in an SMS backup). Only the abuser's count. */
export const SENDER_ROLES = ['abuser', 'me', 'other'] as const;
export const SenderRole = z.enum(SENDER_ROLES);
export type SenderRole = z.infer<typeof SenderRole>;

/** One message or call in a stalking log, typed by hand or imported. */
export const MessageDraft = z.object({
  channel: z.enum(MESSAGE_CHANNELS),
  direction: MessageDirection,
  sender: shortText(300),
  personId: Id.optional(),
  sentAt: UtcInstant,
  zone: TimeZone,
  text: z.string().max(100_000).default(''),
  isCall: z.boolean().default(false),
  callSeconds: z.number().int().min(0).optional(),
  callStatus: z.string().max(50).optional(),
  /** Exports without a zone (WhatsApp): the wall time exactly as written, kept beside sentAt,
   *  which was computed from it in `zone` (the zone the user confirmed). */
  wallTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/).optional(),
  recipient: shortText(300).optional(),
  media: z.boolean().optional(),
  deleted: z.boolean().optional(),
  /** Absent on messages imported before roles existed and on typed ones (then direction decides). */
  role: SenderRole.optional(),
  /** The entry's attachments this message sent (a photo of a WhatsApp export with media). */
  attachmentIds: z.array(Id).max(50).optional(),
});
export type MessageDraft = z.infer<typeof MessageDraft>;

export const Message = MessageDraft.extend({
  id: Id,
  entryId: Id,
  seq: z.number().int(),
  batchId: Id,
  /** The platform's own message id (Telegram), when the export has one. */
  platformId: z.string().max(200).optional(),
  sourceLine: z.number().int().nullable(),
  rawHeader: z.string().nullable(),
});
export type Message = z.infer<typeof Message>;

export const SearchHit = z.object({
  entryId: Id,
  messageId: Id.nullable(),
  /** Set when the words were found in the text read from this image attachment. */
  attachmentId: Id.optional(),
  kind: EntryKind,
  title: z.string(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const LedgerReport = z.object({
  ok: z.boolean(),
  links: z.number().int(),
  head: z.string().nullable(),
  firstBroken: z
    .object({ seq: z.number().int().nullable(), subject: z.string(), reason: z.string() })
    .nullable(),
});
export type LedgerReport = z.infer<typeof LedgerReport>;

/** Every page read and checked: SQLCipher's HMACs (cipher) and SQLite's structure (integrity). */
export const FileIntegrity = z.object({
  integrity: z.boolean(),
  cipherIntegrity: z.boolean(),
});
export type FileIntegrity = z.infer<typeof FileIntegrity>;

export const VaultReport = FileIntegrity.extend({
  ledger: LedgerReport,
});
export type VaultReport = z.infer<typeof VaultReport>;
