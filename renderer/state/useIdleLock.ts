// Locks the vault after `minutes` without a key press, a click, a scroll or a mouse movement.
import { useEffect } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useIdleLock(active: boolean, minutes: number, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    function reset(): void {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    }
    for (const name of ACTIVITY) window.addEventListener(name, reset, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, reset, { capture: true });
    };
  }, [active, minutes, onIdle]);
}
