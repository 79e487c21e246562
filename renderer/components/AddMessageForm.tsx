// One message or call typed by hand into a stalking entry's log (when there is no export to import,
// e.g. a call log read off the phone screen).
import { useRef, useState, type FormEvent } from 'react';
import { MESSAGE_CHANNELS } from '../../shared/domain';
import { isDossierError } from '../../shared/errors';
import { wallToUtc } from '../../shared/zonedTime';
import { dossier } from '../api';
import { emptyForm } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { ChoiceGroup } from './ChoiceGroup';
import { ErrorNote } from './ErrorNote';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { DateField } from './DateField';
import { TimeField } from './TimeField';

type Channel = (typeof MESSAGE_CHANNELS)[number];

export function AddMessageForm({ entryId, zone, onAdded }: { entryId: string; zone: string; onAdded(): void }) {
  const { t } = useApp();
  const now = emptyForm('stalking', new Date(), zone);
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [channel, setChannel] = useState<Channel>('sms');
  const [direction, setDirection] = useState<'incoming' | 'outgoing'>('incoming');
  const [sender, setSender] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [badDate, setBadDate] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  function typedDate(value: string): void {
    setBadDate(false);
    setDate(value);
  }

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    setError(null);
    setBadDate(false);
    let sentAt: string;
    try {
      sentAt = wallToUtc(date, time || '00:00', zone);
    } catch (caught) {
      // A day that is missing or does not exist is said on the date field (issue 13), not under the form.
      if (!isDossierError(caught) || caught.code !== 'INVALID_INPUT') throw caught;
      setBadDate(true);
      return setAttempt((count) => count + 1);
    }
    try {
      await dossier['messages.add']({ entryId, message: { channel, direction, sender: sender.trim(), sentAt, zone, text: text.trim(), isCall: channel === 'call' } });
      setText('');
      onAdded();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form ref={formRef} className="stack group-form" onSubmit={(event) => void add(event)} noValidate aria-labelledby="add-message-title">
      <h2 id="add-message-title">{t('entry.addMessage')}</h2>
      <div className="row">
        <DateField label={t('entry.date')} value={date} onChange={typedDate} required error={badDate ? t('form.badDate') : null} />
        <TimeField label={t('entry.time')} value={time} onChange={setTime} />
        <SelectField<Channel> label={t('entry.channel')} value={channel} options={MESSAGE_CHANNELS.map((value) => ({ value, label: t(`entry.channel_${value}`) }))} onChange={setChannel} />
      </div>
      <ChoiceGroup<'incoming' | 'outgoing'>
        legend={t('entry.direction')}
        options={[
          { value: 'incoming', label: t('entry.direction_incoming') },
          { value: 'outgoing', label: t('entry.direction_outgoing') },
        ]}
        selected={[direction]}
        onChange={([value]) => value && setDirection(value)}
      />
      <TextField label={t('entry.sender')} value={sender} onChange={setSender} />
      <TextField multiline rows={3} label={t('entry.messageText')} value={text} onChange={setText} />
      <ErrorNote error={error} />
      <div className="actions">
        <button type="submit" className="secondary">
          {t('entry.addMessageButton')}
        </button>
      </div>
    </form>
  );
}
