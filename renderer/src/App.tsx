import { useState } from 'react';
import { dossier } from '../api';

/** Placeholder until the real screens land: the name, a note, and a working Quick exit. */
export function App() {
  const [hidden, setHidden] = useState(false);

  function quickExit(): void {
    // Start the lock first, then blank the page at once without waiting for it: what matters is
    // that nothing stays on screen. A failed lock (e.g. no vault open) changes nothing here.
    const locking = dossier['vault.lock']({});
    document.title = ' ';
    setHidden(true);
    locking.catch(() => undefined);
  }

  if (hidden) return null;

  return (
    <main className="placeholder">
      <h1>Dossier</h1>
      <p>The full interface is coming.</p>
      <button type="button" className="quick-exit" onClick={quickExit}>
        Quick exit
      </button>
    </main>
  );
}
