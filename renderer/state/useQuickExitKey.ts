// Shift+Esc pressed twice within a second and a half: quick exit from anywhere, even while typing.
// Twice, so that one stray press never throws away the screen.
import { useEffect } from 'react';

const WINDOW_MS = 1500;

export function useQuickExitKey(onQuickExit: () => void): void {
  useEffect(() => {
    let last = 0;
    function onKey(event: KeyboardEvent): void {
      if (event.key !== 'Escape' || !event.shiftKey) return;
      event.preventDefault();
      const now = performance.now();
      if (now - last <= WINDOW_MS) {
        last = 0;
        onQuickExit();
      } else {
        last = now;
      }
    }
    // Capture phase: no field or dialog can swallow the key first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onQuickExit]);
}
