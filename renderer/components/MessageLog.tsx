// The messages and calls of a stalking entry (typed or imported), first ones first.
import { useEffect, useState } from 'react';
import type { Message } from '../../shared/domain';
import { dossier } from '../api';
import { formatInZone } from '../i18n/format';
import { useApp } from '../state/AppContext';

const SHOWN = 200;

export function MessageLog({ entryId, total }: { entryId: string; total: number }) {
  const { t, locale } = useApp();
  const [messages, setMessages] = useState<Message[]>([]);
  useEffect(() => {
    dossier['messages.list']({ entryId, limit: SHOWN }).then(setMessages, () => undefined);
  }, [entryId]);
  if (total === 0) return null;
  return (
    <section aria-labelledby="messages-title">
      <h2 id="messages-title">{t('entry.messageLog', { count: total })}</h2>
      {total > SHOWN && <p className="hint">{t('entry.firstMessages', { count: SHOWN })}</p>}
      <ol className="message-log">
        {messages.map((message) => (
          <li key={message.id} className={`message ${message.direction}`}>
            <p className="hint">
              {formatInZone(message.sentAt, message.zone, locale)} · {message.sender || t('entry.unknownSender')}
              {message.isCall ? ` · ${t('entry.call')}` : ''}
            </p>
            {message.text && <p>{message.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
