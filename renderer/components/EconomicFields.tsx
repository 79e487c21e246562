// How much money, and in which currency. Typed the local way ("1 234,50"); stored exactly. Each
// field says its own problem: "руб" is a currency to write as BYN or RUB, not a bad amount.
import { useId } from 'react';
import type { EntryForm, FormProblems } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { TextField } from './TextField';

const COMMON_CURRENCIES = ['BYN', 'RUB', 'UAH', 'EUR', 'USD', 'PLN', 'KZT', 'GEL'] as const;

type MoneyPart = Pick<EntryForm, 'amount' | 'currency'>;

export function EconomicFields({ form, problems, onChange }: { form: MoneyPart; problems: FormProblems; onChange(changes: Partial<MoneyPart>): void }) {
  const { t } = useApp();
  const listId = useId();
  return (
    <div className="row">
      <TextField label={t('entry.amount')} hint={t('entry.amountHint')} inputMode="decimal" value={form.amount} onChange={(amount) => onChange({ amount })} error={problems.amount ? t(problems.amount) : null} />
      <TextField
        label={t('entry.currency')}
        hint={t('entry.currencyHint')}
        value={form.currency}
        onChange={(currency) => onChange({ currency: currency.toUpperCase() })}
        list={listId}
        error={problems.currency ? t(problems.currency) : null}
      />
      <datalist id={listId}>
        {COMMON_CURRENCIES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
    </div>
  );
}
