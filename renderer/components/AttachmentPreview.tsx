// A picture from the vault, read in one slice (up to 16 MB) into memory and shown from there.
import { useEffect, useState } from 'react';
import type { Attachment } from '../../shared/domain';
import { dossier } from '../api';
import { useApp } from '../state/AppContext';
import { MemoryImage } from './MemoryImage';

const PREVIEW_LIMIT = 16 * 1024 * 1024;

export function AttachmentPreview({ attachment }: { attachment: Attachment }) {
  const { t } = useApp();
  const [base64, setBase64] = useState<string | null>(null);
  useEffect(() => {
    if (attachment.size === 0 || attachment.size > PREVIEW_LIMIT) return;
    let current = true;
    dossier['attachments.read']({ id: attachment.id, offset: 0, length: attachment.size }).then(
      (slice) => current && setBase64(slice.base64),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [attachment.id, attachment.size]);
  if (base64 === null) return null;
  return <MemoryImage base64={base64} mime={attachment.mime} alt={t('entry.picture', { name: attachment.fileName })} />;
}
