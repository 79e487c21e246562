// The dates that matter (issue 10, item 2): protection orders, court hearings, deadlines she or her
// helper enters, administrative decisions a later criminal case depends on. Calendar days (a
// hearing is "on 12.06.2025", a deadline "by 20.06.2025") with the zone of the place they belong
// to, so "today" and "days left" are counted where they apply, not where the laptop is.
import { z } from 'zod';
import { Id, TimeZone, UtcInstant } from './domain';

/** Belarus: a protection order (защитное предписание) lasts up to 15 days and can be extended to 30
 *  on her written application (Law No. 122-З of 04.01.2014 "On the basics of offence prevention",
 *  art. 31, as amended). Stored as she enters it: the app never invents an end date. */
export const DATE_KINDS = ['protection-order', 'hearing', 'deadline', 'other'] as const;
export const DateKind = z.enum(DATE_KINDS);
export type DateKind = z.infer<typeof DateKind>;

const Day = z.iso.date();

export const ImportantDateDraft = z
  .object({
    kind: DateKind,
    /** The day it starts (a hearing's or deadline's day). */
    from: Day,
    /** The last day, for something that lasts (a protection order). */
    to: Day.optional(),
    zone: TimeZone,
    title: z.string().trim().min(1).max(300),
    /** The entry it belongs to (the incident a protection order followed), if any. */
    entryId: Id.optional(),
  })
  .strict()
  .refine((d) => d.to === undefined || d.to >= d.from, { message: 'the range ends before it starts', path: ['to'] });
export type ImportantDateDraft = z.infer<typeof ImportantDateDraft>;

export const ImportantDate = z.object({
  id: Id,
  kind: DateKind,
  from: Day,
  to: Day.optional(),
  zone: TimeZone,
  title: z.string(),
  entryId: Id.optional(),
  recordedAt: UtcInstant,
});
export type ImportantDate = z.infer<typeof ImportantDate>;

/** How a date stands today, in its own zone: days until its last day (negative once past). */
export const DateStatus = z.enum(['upcoming', 'today', 'running', 'past']);
export type DateStatus = z.infer<typeof DateStatus>;

export const DatedItem = ImportantDate.extend({
  daysLeft: z.number().int(),
  status: DateStatus,
  /** Shown on unlock: today, running, or within DUE_SOON_DAYS. */
  due: z.boolean(),
});
export type DatedItem = z.infer<typeof DatedItem>;

/** How far ahead a date counts as due when she unlocks. */
export const DUE_SOON_DAYS = 7;
