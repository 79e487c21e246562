// The files kept with an entry: name, size, fingerprint (SHA-256 taken when it came in), when a
// photo says it was taken, and a preview of pictures, read from the vault into memory only.
import { useEffect, useState } from 'react';
import type { Attachment } from '../../shared/domain';
import { dossier } from '../api';
import { formatBytes } from '../i18n/format';
import { isPreviewableImage } from '../state/bytes';
import { useApp } from '../state/AppContext';
import { AttachmentPreview } from './AttachmentPreview';

/** How often the list asks again while the service reads the words in an image (background OCR). */
const READING_POLL_MS = 2000;

export function AttachmentList({ attachments: given }: { attachments: readonly Attachment[] }) {
  const { t, locale } = useApp();
  const [attachments, setAttachments] = useState(given);
  useEffect(() => setAttachments(given), [given]);
  const entryId = attachments[0]?.entryId;
  const waiting = attachments.some((a) => a.recognition === 'waiting');
  useEffect(() => {
    // While an image waits to be read, ask again now and then: the words appear when ready.
    if (!waiting || entryId === undefined) return;
    const timer = setInterval(() => {
      dossier['attachments.list']({ entryId }).then(setAttachments, () => undefined);
    }, READING_POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, entryId]);
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">{t('entry.files')}</h2>
      <ul className="attachment-list">
        {attachments.map((file) => (
          <li key={file.id}>
            {isPreviewableImage(file.mime) && <AttachmentPreview attachment={file} />}
            <div>
              <p className="file-name">{file.fileName}</p>
              <p className="hint">
                {formatBytes(file.size, locale)} · {file.mime || t('entry.unknownType')}
                {file.exif?.capturedAt ? ` · ${t('entry.photoTaken', { when: file.exif.capturedAt })}` : ''}
              </p>
              <p className="fingerprint">
                <span>{t('entry.fingerprint')}</span> <code>{file.sha256}</code>
              </p>
              {file.recognition === 'read' && (
                <figure className="recognised-text">
                  <figcaption className="hint">{t('entry.recognisedText')}</figcaption>
                  <p lang="">{file.recognisedText}</p>
                </figure>
              )}
              {file.recognition !== undefined && file.recognition !== 'read' && <p className="hint">{t(`entry.recognition_${file.recognition}`)}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
