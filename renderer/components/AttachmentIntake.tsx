// Files to keep with the entry: by their place on this computer, or dragged in. They go into the
// vault (encrypted, SHA-256 taken) when the entry is saved, in the same transaction.
import { useState, type DragEvent } from 'react';
import { DROP_LIMIT_BYTES, isPreviewableImage, localId, toBase64 } from '../state/bytes';
import type { PendingFile } from '../screens/entryForm';
import { formatBytes } from '../i18n/format';
import { useApp } from '../state/AppContext';
import { MemoryImage } from './MemoryImage';
import { PathField } from './PathField';

export function AttachmentIntake({ files, onChange }: { files: readonly PendingFile[]; onChange(files: PendingFile[]): void }) {
  const { t, locale } = useApp();
  const [path, setPath] = useState('');
  const [over, setOver] = useState(false);
  const [tooLarge, setTooLarge] = useState<string[]>([]);

  function addPath(): void {
    if (path.trim() === '') return;
    onChange([...files, { id: localId(), source: 'path', path: path.trim() }]);
    setPath('');
  }

  async function drop(event: DragEvent<HTMLDivElement>): Promise<void> {
    event.preventDefault();
    setOver(false);
    const dropped = [...event.dataTransfer.files];
    const large = dropped.filter((file) => file.size > DROP_LIMIT_BYTES);
    setTooLarge(large.map((file) => file.name));
    const read = await Promise.all(
      dropped
        .filter((file) => file.size <= DROP_LIMIT_BYTES)
        .map(async (file): Promise<PendingFile> => ({
          id: localId(),
          source: 'dropped',
          fileName: file.name,
          size: file.size,
          mime: file.type,
          base64: toBase64(new Uint8Array(await file.arrayBuffer())),
        })),
    );
    onChange([...files, ...read]);
  }

  return (
    <fieldset className="group attachments">
      <legend>{t('entry.files')}</legend>
      <p className="hint">{t('entry.filesHint')}</p>
      <div className="path-add">
        <PathField label={t('entry.filePath')} hint={t('entry.filePathHint')} value={path} onChange={setPath} purpose="attachment" />
        <button type="button" className="secondary" onClick={addPath}>
          {t('entry.addFile')}
        </button>
      </div>
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
      {tooLarge.length > 0 && (
        <p className="note note-error" role="alert">
          {t('entry.dropTooLarge', { names: tooLarge.join(', ') })}
        </p>
      )}
      {files.length > 0 && (
        <ul className="pending-files" aria-label={t('entry.filesToAdd')}>
          {files.map((file) => (
            <li key={file.id}>
              {file.source === 'dropped' && isPreviewableImage(file.mime) && <MemoryImage base64={file.base64} mime={file.mime} alt={file.fileName} />}
              <span className="file-name">{file.source === 'path' ? file.path : `${file.fileName} (${formatBytes(file.size, locale)})`}</span>
              <button
                type="button"
                className="link"
                aria-label={t('entry.removeFile', { name: file.source === 'path' ? file.path : file.fileName })}
                onClick={() => onChange(files.filter((other) => other.id !== file.id))}
              >
                {t('entry.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
