// How a date stands today, in words: "осталось 5 дней", "Сегодня", "Прошло".
import type { DateKind, DatedItem } from '../../shared/dates';
import { formatDay } from '../i18n/format';
import { useApp } from '../state/AppContext';

export function DateStanding({ item }: { item: DatedItem }) {
  const { t } = useApp();
  if (item.status === 'past') return <span className="date-standing">{t('filing.past')}</span>;
  if (item.status === 'today') return <span className="date-standing">{t('filing.today')}</span>;
  const left = item.daysLeft === 0 ? t('filing.lastDayToday') : t('filing.daysLeft', { count: item.daysLeft });
  return <span className="date-standing">{item.status === 'running' ? `${t('filing.running')}: ${left}` : left}</span>;
}

/** 12.06.2025 or 01.06.2025–15.06.2025 (in English 12 June 2025), as every screen writes a day. */
export function dayRange(item: Pick<DatedItem, 'from' | 'to'>, locale: string): string {
  const day = (iso: string) => formatDay(iso, locale);
  return item.to && item.to !== item.from ? `${day(item.from)}–${day(item.to)}` : day(item.from);
}

/** The catalogue key of a date's kind ("protection-order" → filing.kind_protection_order). */
export const dateKindKey = (kind: DateKind) => `filing.kind_${kind.replace('-', '_')}` as 'filing.kind_protection_order';
