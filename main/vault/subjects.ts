// Ledger subject names. Everything that hangs off an entry is named under it, so that destroying
// the entry also accounts for its attachments and messages.
export const subject = {
  vault: () => 'vault',
  entry: (entryId: string) => `entry:${entryId}`,
  attachment: (entryId: string, attachmentId: string) => `entry:${entryId}/attachment:${attachmentId}`,
  batch: (entryId: string, batchId: string) => `entry:${entryId}/batch:${batchId}`,
  person: (personId: string) => `person:${personId}`,
  /** The words read from an image: its own subject, so the attachment's record is untouched. */
  recognisedText: (entryId: string, attachmentId: string) => `entry:${entryId}/text:${attachmentId}`,
  date: (dateId: string) => `date:${dateId}`,
};

export function entryOfSubject(name: string): string | null {
  const match = /^entry:([^/]+)/.exec(name);
  return match ? match[1]! : null;
}
