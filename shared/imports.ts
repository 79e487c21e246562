// Message import as the UI and the CLI see it: where the export comes from, what the preview says,
// what the commit did, and the pattern statistics of a stalking log.
import { z } from 'zod';
import { Id, SenderRole, TimeZone, UtcInstant } from './domain';

export const IMPORT_FORMATS = ['whatsapp', 'telegram', 'telegram-html', 'vk', 'instagram', 'signal', 'sms-xml', 'csv'] as const;
export const IMPORT_FORMAT_CHOICES = ['auto', ...IMPORT_FORMATS] as const;
export const ImportFormatChoice = z.enum(IMPORT_FORMAT_CHOICES);
export const DateOrderChoice = z.enum(['dmy', 'mdy', 'ymd']);

/** The export: a path on this computer (CLI, file picker) or the bytes (drag and drop). */
export const ImportSource = z.union([
  z.object({ path: z.string().min(1).max(4096) }).strict(),
  z.object({ fileName: z.string().min(1).max(500), base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
]);
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportSettings = z
  .object({
    format: ImportFormatChoice.default('auto'),
    dateOrder: DateOrderChoice.optional(),
    /** Zone of wall times in exports that carry none (WhatsApp); display zone for the others. */
    zone: TimeZone.optional(),
    /** Exports of several chats (a whole Telegram account, a VK archive, an Instagram download):
     *  which chat, by its index in the preview's `chats`… */
    chatIndex: z.number().int().min(0).optional(),
    /** …or by its id there (VK peer id, Instagram thread folder, Telegram chat folder). */
    chatId: z.string().min(1).max(300).optional(),
  })
  .strict();

/** Who is who, as she marks it: the preview shows the roles these would give. */
export const SenderChoice = {
  abuserSenders: z.array(z.string().max(300)).max(50).default([]),
  meSenders: z.array(z.string().max(300)).max(50).default([]),
};

export const SenderCount = z.object({ name: z.string(), count: z.number().int() });

/** How many messages the preview shows of each sender, how long each may be, and for how many
 *  senders (the busiest): enough to recognise the chat, bounded whatever the export's size. */
export const SAMPLE_LIMITS = { perSender: 3, chars: 200, senders: 12 } as const;

/** One of a sender's first messages, as the preview shows it so she can tell it is the right chat.
 *  `sentAt` is UTC (shown in the chosen zone); `text` is cut to SAMPLE_LIMITS.chars, `cut` says so. */
export const ImportSample = z.object({ sender: z.string(), sentAt: z.string().nullable(), text: z.string(), cut: z.boolean(), isCall: z.boolean(), media: z.boolean() });
export type ImportSample = z.infer<typeof ImportSample>;

export const ImportPreview = z.object({
  format: z.enum(IMPORT_FORMATS),
  messages: z.number().int(),
  calls: z.number().int(),
  system: z.number().int(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  timesAreUtc: z.boolean(),
  zone: z.string(),
  dateOrder: DateOrderChoice.nullable(),
  dateOrderCertain: z.boolean(),
  senders: z.array(SenderCount),
  chats: z.array(z.object({ index: z.number().int(), name: z.string(), id: z.string().nullable(), messages: z.number().int() })).optional(),
  needsChatChoice: z.boolean(),
  warnings: z.array(z.object({ code: z.string(), line: z.number().int().nullable(), message: z.string() })),
  /** Each sender's role: the abuser (as she marked), her (as she marked, or as the export says),
   *  or a third party. */
  roles: z.record(z.string(), SenderRole),
  /** Messages and calls per role: only the abuser's are counted in the patterns and charts. */
  countsByRole: z.object({ abuser: z.number().int(), me: z.number().int(), other: z.number().int() }),
  /** What was read, by kind (a message can be media and deleted at once; text is all the rest). */
  kinds: z.object({ text: z.number().int(), media: z.number().int(), location: z.number().int(), contactCard: z.number().int(), deleted: z.number().int(), calls: z.number().int() }),
  /** Lines not imported, and why (the app's own notices, never a person's message). */
  skipped: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  /** Messages dated after tomorrow or before 1900 (a phone's clock set wrong): imported with the
   *  time their export gives, and said so before she imports them. */
  unlikelyDates: z.number().int(),
  /** Nobody is marked as the abuser yet: the import would count nothing as his. */
  needsAbuserChoice: z.boolean(),
  /** Files the messages name (WhatsApp with media): how many will be attached to their message,
   *  which are not in the export, which point outside its folder (ignored). */
  media: z.object({ attached: z.number().int(), missing: z.array(z.string()), outside: z.array(z.string()) }).optional(),
  /** Pages of a Telegram HTML or VK chat that are not in the export (the others are imported). */
  missingPages: z.array(z.string()).optional(),
  /** The first few messages of each of the busiest senders, in the order the export has them. */
  samples: z.array(ImportSample),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportCommit = z
  .object({
    source: ImportSource,
    settings: ImportSettings.default({ format: 'auto' }),
    /** abuserSenders: the abuser's names in the export (their messages count as incoming);
     *  meSenders: hers. Everyone else is a third party. */
    ...SenderChoice,
    /** The person the abuser senders are, for the entry and each of their messages. */
    personId: Id.optional(),
    /** Add to this stalking entry; without it a new one is made. */
    entryId: Id.optional(),
    title: z.string().trim().min(1).max(300).optional(),
    recordedBy: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const ImportResult = ImportPreview.extend({
  imported: z.number().int(),
  duplicates: z.number().int(),
  entryId: Id,
  importId: Id,
  originalAttachmentId: Id,
  originalSha256: z.string(),
});
export type ImportResult = z.infer<typeof ImportResult>;

const Burst = z.object({ count: z.number().int(), from: UtcInstant.nullable(), to: UtcInstant.nullable() });

export const PatternStats = z.object({
  entryId: Id,
  zone: z.string(),
  messages: z.number().int(),
  calls: z.number().int(),
  missedCalls: z.number().int(),
  first: UtcInstant.nullable(),
  last: UtcInstant.nullable(),
  perDay: z.array(z.object({ day: z.string(), messages: z.number().int(), calls: z.number().int() })),
  perHour: z.array(z.number().int()).length(24),
  longestBurst24h: Burst,
  longestBurst72h: Burst,
  after: z.object({ since: UtcInstant, messages: z.number().int(), calls: z.number().int() }).nullable(),
});
export type PatternStats = z.infer<typeof PatternStats>;
