// A failed action, said plainly in the chosen language: one sentence per error code, never a
// stack trace or a path (ARCHITECTURE.md "Errors"). Announced to screen readers at once.
import type { ErrorCode } from '../../shared/errors';
import { toDossierError } from '../api';
import { useApp } from '../state/AppContext';

export function errorSentenceKey(code: ErrorCode) {
  return `errors.${code}` as const;
}

export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useApp();
  if (error === null || error === undefined) return null;
  const { code } = toDossierError(error);
  return (
    <p className="note note-error" role="alert">
      {t(errorSentenceKey(code))}
    </p>
  );
}
