// Files to keep with the entry: chosen in the system's dialog, or dragged in. The page holds only a
// handle for each (never its path, never its bytes), so a video of any size goes in the same way.
// They go into the vault (encrypted, SHA-256 taken) when the entry is saved, in the same transaction.
import { useState, type DragEvent } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { dropFile, toDossierError } from '../api';
import type { PendingFile } from '../screens/entryForm';
import { formatBytes } from '../i18n/format';
import { isPreviewableImage, localId } from '../state/bytes';
import { useApp } from '../state/AppContext';
import { ErrorNote } from './ErrorNote';
import { FileChooser } from './FileChooser';
import { MemoryImage } from './MemoryImage';

/** Pictures up to this size are previewed from memory; larger ones are listed by name. */
const PREVIEW_LIMIT_BYTES = 32 * 1024 * 1024;

export function AttachmentIntake({ files, onChange }: { files: readonly PendingFile[]; onChange(files: PendingFile[]): void }) {
  const { t, locale } = useApp();
  const [over, setOver] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const add = (picked: PickedFile, preview?: Blob) => ({ id: localId(), handle: picked.handle, name: picked.name, size: picked.size, preview });

  async function drop(event: DragEvent<HTMLDivElement>): Promise<void> {
    event.preventDefault();
    setOver(false);
    setError(null);
    const added: PendingFile[] = [];
    for (const file of [...event.dataTransfer.files]) {
      try {
        const preview = isPreviewableImage(file.type) && file.size <= PREVIEW_LIMIT_BYTES ? file : undefined;
        added.push(add(await dropFile(file, 'attachment'), preview));
      } catch (caught) {
        // A folder, or a file that cannot be read: said plainly; the other files still go in.
        setError(toDossierError(caught));
      }
    }
    onChange([...files, ...added]);
  }

  return (
    // Titled by the form section it sits in ("Photos, screenshots and documents").
    <div className="attachments">
      <p className="hint">{t('entry.filesHint')}</p>
      <FileChooser label={t('entry.filePath')} hint={t('entry.filePathHint')} open="attachment" chosen={null} buttonText={t('entry.addFile')} onChosen={(picked) => onChange([...files, add(picked)])} />
      <div
        className={`drop-zone ${over ? 'over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => void drop(event)}
      >
        {t('entry.dropHere')}
      </div>
      <ErrorNote error={error} />
      {files.length > 0 && (
        <ul className="pending-files" aria-label={t('entry.filesToAdd')}>
          {files.map((file) => (
            <li key={file.id}>
              {file.preview && <MemoryImage blob={file.preview} mime={file.preview.type} alt={file.name} />}
              <span className="file-name">{file.size === undefined ? file.name : `${file.name} (${formatBytes(file.size, locale)})`}</span>
              <button type="button" className="link" aria-label={t('entry.removeFile', { name: file.name })} onClick={() => onChange(files.filter((other) => other.id !== file.id))}>
                {t('entry.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
