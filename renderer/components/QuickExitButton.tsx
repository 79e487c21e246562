// Always in the same corner on every screen (PRODUCT.md "How it should feel"). In the disguise it is
// an ordinary "Close" that does the same (hide at once, lock, wipe the page).
import { useApp } from '../state/AppContext';

export function QuickExitButton({ plain = false }: { plain?: boolean }) {
  const { t, quickExit } = useApp();
  return (
    <button type="button" className={plain ? 'quick-exit plain-close' : 'quick-exit'} onClick={quickExit} title={t(plain ? 'notes.closeHint' : 'common.quickExitHint')}>
      {t(plain ? 'notes.close' : 'common.quickExit')}
    </button>
  );
}
