// Where a file is (or should go) on this computer. Today a plain text field; when a native dialog
// exists that leaves no "recent files" trace, a "Choose…" button appears beside it (renderer/api.ts).
import { canPickPath, pickPath, type PathPurpose } from '../api';
import { useApp } from '../state/AppContext';
import { TextField } from './TextField';

interface PathFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  purpose: PathPurpose;
  hint?: string;
  required?: boolean;
}

export function PathField({ label, value, onChange, purpose, hint, required }: PathFieldProps) {
  const { t } = useApp();
  async function choose(): Promise<void> {
    const path = await pickPath(purpose);
    if (path !== null) onChange(path);
  }
  return (
    <div className="path-field">
      <TextField label={label} value={value} onChange={onChange} hint={hint ?? t('common.pathHint')} required={required} className="grow" />
      {canPickPath() && (
        <button type="button" className="secondary" onClick={() => void choose()}>
          {t('common.choose')}
        </button>
      )}
    </div>
  );
}
