// The messages and calls of a stalking entry (typed or imported), first ones first.
import { useEffect, useState } from 'react';
import type { Attachment, Message } from '../../shared/domain';
import { dossier } from '../api';
import { dateTimeText, languageOfLocale } from '../../shared/timeFormat';
import { formatBytes } from '../i18n/format';
import { isPreviewableImage } from '../state/bytes';
import { useApp } from '../state/AppContext';
import { AttachmentPreview } from './AttachmentPreview';

const SHOWN = 200;

/** The files a message sent (a WhatsApp export with media), beside it: a picture is shown, any
 *  other file (a voice note, a video) is named with its size. */
function SentFiles({ ids, attachments }: { ids: readonly string[]; attachments: ReadonlyMap<string, Attachment> }) {
  const { t, locale } = useApp();
  return (
    <ul className="message-files">
      {ids.map((id) => {
        const file = attachments.get(id);
        if (file === undefined) return null;
        return (
          <li key={id}>
            {isPreviewableImage(file.mime) && <AttachmentPreview attachment={file} />}
            <p className="hint">{t('entry.messageFile', { name: file.fileName, size: formatBytes(file.size, locale) })}</p>
          </li>
        );
      })}
    </ul>
  );
}

export function MessageLog({ entryId, total, attachments = [] }: { entryId: string; total: number; attachments?: readonly Attachment[] }) {
  const { t, locale } = useApp();
  const [messages, setMessages] = useState<Message[]>([]);
  useEffect(() => {
    dossier['messages.list']({ entryId, limit: SHOWN }).then(setMessages, () => undefined);
  }, [entryId]);
  if (total === 0) return null;
  const files = new Map(attachments.map((a) => [a.id, a]));
  return (
    <section aria-labelledby="messages-title">
      <h2 id="messages-title">{t('entry.messageLog', { count: total })}</h2>
      {total > SHOWN && <p className="hint">{t('entry.firstMessages', { count: SHOWN })}</p>}
      <ol className="message-log">
        {messages.map((message) => (
          <li key={message.id} className={`message ${message.direction}`}>
            <p className="hint">
              {dateTimeText(message.sentAt, message.zone, languageOfLocale(locale))} · {message.sender || t('entry.unknownSender')}
              {message.isCall ? ` · ${t('entry.call')}` : ''}
            </p>
            {message.text && <p>{message.text}</p>}
            {message.attachmentIds && message.attachmentIds.length > 0 && <SentFiles ids={message.attachmentIds} attachments={files} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
