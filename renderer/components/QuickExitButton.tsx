// Always in the same corner on every screen (PRODUCT.md "How it should feel").
import { useApp } from '../state/AppContext';

export function QuickExitButton() {
  const { t, quickExit } = useApp();
  return (
    <button type="button" className="quick-exit" onClick={quickExit} title={t('common.quickExitHint')}>
      {t('common.quickExit')}
    </button>
  );
}
