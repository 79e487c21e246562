// How much money, and in which currency. Typed the local way ("1 234,50"); stored exactly.
import { useId } from 'react';
import type { EntryForm } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { TextField } from './TextField';

const COMMON_CURRENCIES = ['BYN', 'RUB', 'UAH', 'EUR', 'USD', 'PLN', 'KZT', 'GEL'] as const;

type MoneyPart = Pick<EntryForm, 'amount' | 'currency'>;

export function EconomicFields({ form, onChange }: { form: MoneyPart; onChange(changes: Partial<MoneyPart>): void }) {
  const { t } = useApp();
  const listId = useId();
  return (
    <div className="row">
      <TextField label={t('entry.amount')} hint={t('entry.amountHint')} inputMode="decimal" value={form.amount} onChange={(amount) => onChange({ amount })} />
      <TextField label={t('entry.currency')} hint={t('entry.currencyHint')} value={form.currency} onChange={(currency) => onChange({ currency: currency.toUpperCase() })} list={listId} />
      <datalist id={listId}>
        {COMMON_CURRENCIES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
    </div>
  );
}
