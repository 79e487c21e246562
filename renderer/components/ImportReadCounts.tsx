// What the import read, by kind, and what it did not import and why (issue 9, item 2): she sees that
// photos, places and deleted messages were read as messages, and that only the app's own notices
// were left out — never a person's message.
import type { ImportPreview } from '../../shared/imports';
import type { Key } from '../i18n';
import { useApp } from '../state/AppContext';

const KINDS = ['text', 'media', 'location', 'contactCard', 'deleted', 'calls'] as const;

/** The importers' reasons (also printed by the CLI's --json, so they stay as they are) in her words. */
const REASONS: Record<string, Key> = {
  'encryption notice': 'import.skip_encryption',
  'security code change': 'import.skip_securityCode',
  'phone number change': 'import.skip_phoneNumber',
  'group change': 'import.skip_group',
  'a WhatsApp notice without an author': 'import.skip_whatsappNotice',
  'a Telegram service message (joined, pinned, changed the chat)': 'import.skip_telegramService',
  'a Telegram service line (a date heading or a change to the chat)': 'import.skip_telegramService',
};

export function ImportReadCounts({ preview }: { preview: Pick<ImportPreview, 'kinds' | 'skipped'> }) {
  const { t } = useApp();
  const read = KINDS.filter((kind) => preview.kinds[kind] > 0).map((kind) => t('import.readLine', { what: t(`import.kind_${kind}`), count: preview.kinds[kind] }));
  // Two Telegram reasons share one phrase: add them up under it.
  const skipped = new Map<string, number>();
  for (const { reason, count } of preview.skipped) {
    const phrase = t(REASONS[reason] ?? 'import.skip_other');
    skipped.set(phrase, (skipped.get(phrase) ?? 0) + count);
  }
  return (
    <>
      {read.length > 0 && (
        <div>
          <dt>{t('import.readTitle')}</dt>
          <dd className="import-read">{read.join('; ')}</dd>
        </div>
      )}
      <div>
        <dt>{t('import.skippedTitle')}</dt>
        <dd className="import-skipped">{skipped.size === 0 ? t('import.skippedNone') : [...skipped].map(([what, count]) => t('import.readLine', { what, count })).join('; ')}</dd>
      </div>
    </>
  );
}
