// Step 1: which export (chosen in the system's dialog, or dropped here: a handle either way, so an
// SMS backup of any size goes in) and, if known, what kind of export it is.
import { useState, type DragEvent, type FormEvent } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { IMPORT_FORMAT_CHOICES } from '../../shared/imports';
import type { ImportPreview, ImportSource } from '../../shared/imports';
import { systemTimeZone } from '../../shared/zonedTime';
import { dossier, dropFile } from '../api';
import type { ImportSettingsInput } from '../screens/ImportScreen';
import { useApp } from '../state/AppContext';
import { ErrorNote } from './ErrorNote';
import { FileChooser } from './FileChooser';
import { SelectField } from './SelectField';

export type ImportChoice = (typeof IMPORT_FORMAT_CHOICES)[number];

interface ChooseProps {
  onPreview(source: ImportSource, settings: ImportSettingsInput, preview: ImportPreview): void;
}

export function ImportChooseStep({ onPreview }: ChooseProps) {
  const { t } = useApp();
  const [chosen, setChosen] = useState<PickedFile | null>(null);
  // Which chooser it came from, so only that one shows its name (the last choice wins).
  const [asFolder, setAsFolder] = useState(false);
  const [format, setFormat] = useState<ImportChoice>('auto');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [needFile, setNeedFile] = useState(false);

  async function drop(event: DragEvent<HTMLDivElement>): Promise<void> {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file === undefined) return;
    setError(null);
    try {
      setChosen(await dropFile(file, 'import'));
      setAsFolder(false);
    } catch (caught) {
      setError(caught);
    }
  }

  async function look(event: FormEvent): Promise<void> {
    event.preventDefault();
    const source: ImportSource | null = chosen === null ? null : { path: chosen.handle };
    setNeedFile(source === null);
    if (source === null) return;
    setBusy(true);
    setError(null);
    try {
      // Times without a zone are read in this computer's zone until she says otherwise.
      const settings: ImportSettingsInput = { format, zone: systemTimeZone() };
      onPreview(source, settings, await dossier['import.preview']({ source, settings }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void look(event)} noValidate>
      <p className="lead">{t('import.lead')}</p>
      <FileChooser label={t('import.file')} hint={t('import.fileHint')} open="import" chosen={asFolder ? null : chosen} onChosen={(file) => (setChosen(file), setAsFolder(false))} />
      {/* Telegram's HTML pages, a VK archive, an Instagram download, WhatsApp with its media: often unpacked already. */}
      <FileChooser label={t('import.folder')} hint={t('import.folderHint')} open="import-folder" buttonText={t('import.chooseFolder')} chosen={asFolder ? chosen : null} onChosen={(folder) => (setChosen(folder), setAsFolder(true))} />
      <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={(event) => void drop(event)}>
        {chosen ? t('import.dropped', { name: chosen.name }) : t('import.dropHere')}
      </div>
      <SelectField<ImportChoice> label={t('import.format')} value={format} options={IMPORT_FORMAT_CHOICES.map((value) => ({ value, label: t(`import.format_${value}`) }))} onChange={setFormat} />
      {needFile && (
        <p className="note note-error" role="alert">
          {t('import.needFile')}
        </p>
      )}
      <ErrorNote error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('import.reading') : t('import.look')}
        </button>
      </div>
    </form>
  );
}
