// Step 2: what is in the export, and the questions only she can answer: which sender is the
// abuser, which chat, day-first or month-first dates, the time zone of times written without one.
import { useEffect, useState, type FormEvent } from 'react';
import type { Person } from '../../shared/domain';
import type { ImportPreview, ImportResult, ImportSource } from '../../shared/imports';
import { dossier } from '../api';
import type { ImportSettingsInput } from '../screens/ImportScreen';
import { useApp } from '../state/AppContext';
import { CheckboxField } from './CheckboxField';
import { ChoiceGroup } from './ChoiceGroup';
import { ErrorNote } from './ErrorNote';
import { dayAndTime } from './importDates';
import { ImportReadCounts } from './ImportReadCounts';
import { ImportSamples } from './ImportSamples';
import { ImportZoneField } from './ImportZoneField';
import { whatIsMissing } from './importChoice';
import { SelectField } from './SelectField';
import { TextField } from './TextField';


interface PreviewProps {
  source: ImportSource;
  settings: ImportSettingsInput;
  preview: ImportPreview;
  entryId?: string;
  onBack(): void;
  onDone(result: ImportResult): void;
}

const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;

export function ImportPreviewStep(props: PreviewProps) {
  const { t, settings: app } = useApp();
  const [settings, setSettings] = useState<ImportSettingsInput>({ ...props.settings, zone: props.settings.zone ?? props.preview.zone, dateOrder: props.settings.dateOrder ?? props.preview.dateOrder ?? undefined });
  const [preview, setPreview] = useState(props.preview);
  const [abusers, setAbusers] = useState<string[]>([]);
  const [mine, setMine] = useState<string[]>([]);
  const [noneIsMe, setNoneIsMe] = useState(false);
  const [people, setPeople] = useState<Person[]>([]);
  const [personId, setPersonId] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dossier['people.list']({}).then(setPeople, () => undefined);
  }, []);

  // A changed answer (zone, date order, chat) changes what the export says: read it again.
  async function answer(changes: Partial<ImportSettingsInput>): Promise<void> {
    const next = { ...settings, ...changes };
    setSettings(next);
    setError(null);
    try {
      setPreview(await dossier['import.preview']({ source: props.source, settings: next }));
    } catch (caught) {
      setError(caught);
    }
  }

  async function commit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await dossier['import.commit']({
        source: props.source,
        settings,
        abuserSenders: abusers,
        meSenders: noneIsMe ? [] : mine.filter((name) => !abusers.includes(name)),
        personId: personId || undefined,
        entryId: props.entryId,
        title: props.entryId ? undefined : title.trim() || t('import.defaultTitle', { names: abusers.join(', ') || t('import.unknownSender') }),
      });
      props.onDone(result);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const total = preview.messages + preview.calls;
  const zone = settings.zone ?? preview.zone;
  const missing = whatIsMissing(preview, abusers, mine, noneIsMe);
  return (
    <form className="stack" onSubmit={(event) => void commit(event)} noValidate>
      <h2>{t('import.whatIsInside')}</h2>
      <dl className="details">
        <div>
          <dt>{t('import.format')}</dt>
          <dd>{t(`import.format_${preview.format}`)}</dd>
        </div>
        <div>
          <dt>{t('import.counts')}</dt>
          <dd>{t('import.countsLine', { messages: preview.messages, calls: preview.calls })}</dd>
        </div>
        <ImportReadCounts preview={preview} />
        {preview.first && preview.last && (
          <div>
            <dt>{t('import.period')}</dt>
            <dd className="import-period">
              {dayAndTime(preview.first, zone, app.language)} – {dayAndTime(preview.last, zone, app.language)}
            </dd>
          </div>
        )}
      </dl>
      {preview.needsChatChoice && preview.chats && (
        <SelectField
          label={t('import.chat')}
          value={String(settings.chatIndex ?? '')}
          options={[{ value: '', label: t('import.chooseChat') }, ...preview.chats.map((chat) => ({ value: String(chat.index), label: `${chat.name} (${chat.messages})` }))]}
          onChange={(value) => void answer({ chatIndex: value === '' ? undefined : Number(value) })}
        />
      )}
      {!preview.dateOrderCertain && (
        <ChoiceGroup
          legend={t('import.dateOrder')}
          hint={t('import.dateOrderHint')}
          options={DATE_ORDERS.map((value) => ({ value, label: t(`import.order_${value}`) }))}
          selected={settings.dateOrder ? [settings.dateOrder] : []}
          onChange={([dateOrder]) => void answer({ dateOrder })}
        />
      )}
      <ImportZoneField zone={zone} timesAreUtc={preview.timesAreUtc} at={preview.first ?? undefined} onChange={(next) => void answer({ zone: next })} />
      <ImportSamples samples={preview.samples} zone={zone} />
      {preview.senders.length > 0 && (
        <ChoiceGroup
          multiple
          legend={t('import.whoIsAbuser')}
          hint={t('import.whoIsAbuserHint')}
          options={preview.senders.map((sender) => ({ value: sender.name, label: t('import.senderLine', { name: sender.name, count: sender.count }) }))}
          selected={abusers}
          onChange={setAbusers}
        />
      )}
      {/* Asked once his names are chosen, so each name is offered in one list at a time. */}
      {abusers.length > 0 && preview.senders.length > 1 && (
        <ChoiceGroup
          multiple
          legend={t('import.whoIsMe')}
          hint={t('import.whoIsMeHint')}
          options={preview.senders.filter((sender) => !abusers.includes(sender.name)).map((sender) => ({ value: sender.name, label: t('import.senderLine', { name: sender.name, count: sender.count }) }))}
          selected={mine.filter((name) => !abusers.includes(name))}
          onChange={(names) => (setMine(names), names.length > 0 && setNoneIsMe(false))}
        />
      )}
      {abusers.length > 0 && preview.senders.some((sender) => !abusers.includes(sender.name)) && (
        <CheckboxField label={t('import.noneIsMe')} checked={noneIsMe} onChange={(checked) => (setNoneIsMe(checked), checked && setMine([]))} />
      )}
      {people.length > 0 && (
        <SelectField label={t('import.person')} value={personId} options={[{ value: '', label: t('import.noPerson') }, ...people.map((p) => ({ value: p.id, label: p.name }))]} onChange={setPersonId} />
      )}
      {!props.entryId && <TextField label={t('import.entryTitle')} hint={t('import.entryTitleHint')} value={title} onChange={setTitle} />}
      {preview.warnings.length > 0 && <p className="note">{t('import.warnings', { count: preview.warnings.length })}</p>}
      {preview.unlikelyDates > 0 && <p className="note">{t('import.unlikelyDates', { count: preview.unlikelyDates })}</p>}
      {preview.missingPages && <p className="note">{t('import.pagesMissing', { names: preview.missingPages.join(', ') })}</p>}
      {preview.media && preview.media.attached > 0 && <p className="note">{t('import.mediaAttached', { count: preview.media.attached })}</p>}
      {preview.media && preview.media.missing.length > 0 && <p className="note">{t('import.mediaMissing', { names: preview.media.missing.join(', ') })}</p>}
      {preview.media && preview.media.outside.length > 0 && <p className="note">{t('import.mediaOutside', { names: preview.media.outside.join(', ') })}</p>}
      <ErrorNote error={error} />
      {missing && (
        <p className="note" id="import-missing">
          {t(missing === 'abuser' ? 'import.chooseAbuserFirst' : 'import.chooseMeFirst')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || total === 0 || missing !== null} aria-describedby={missing ? 'import-missing' : undefined}>
          {busy ? t('import.importing') : t('import.confirm', { count: total })}
        </button>
        <button type="button" className="secondary" onClick={props.onBack}>
          {t('import.back')}
        </button>
      </div>
    </form>
  );
}
