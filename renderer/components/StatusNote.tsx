// A calm confirmation ("Saved", "Backup written"), read out politely by screen readers.
export function StatusNote({ children }: { children: string | null | undefined }) {
  return (
    <p className={children ? 'note note-ok' : 'visually-hidden'} role="status">
      {children ?? ''}
    </p>
  );
}
