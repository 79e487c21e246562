// What goes into a dossier, as chosen on a screen that makes one (the export and the hand-over):
// the choices, the people to choose from, and the entries those choices take in, listed again as
// she changes the period or the place whose days it counts in.
import { useEffect, useMemo, useState } from 'react';
import type { Entry, Person } from '../../shared/domain';
import { periodBoundWhileTyping } from '../../shared/zonedTime';
import { dossier } from '../api';
import { selectedEntries, type ExportForm } from '../screens/exportForm';

export function useExportChoices(initial: () => ExportForm) {
  const [form, setForm] = useState<ExportForm>(initial);
  const [people, setPeople] = useState<Person[]>([]);
  const [inPeriod, setInPeriod] = useState<Entry[]>([]);
  const [listError, setListError] = useState<unknown>(null);

  useEffect(() => {
    dossier['people.list']({}).then(setPeople, () => undefined);
  }, []);
  useEffect(() => {
    // The period's days are whole days in the zone she chose: what this lists is what the file holds.
    const bounds = { from: periodBoundWhileTyping(form.from, form.zone, 'from'), to: periodBoundWhileTyping(form.to, form.zone, 'to') };
    dossier['entries.list'](bounds).then(setInPeriod, setListError);
  }, [form.from, form.to, form.zone]);

  const selected = useMemo(() => selectedEntries(inPeriod, form), [inPeriod, form]);
  const change = (changes: Partial<ExportForm>) => setForm((current) => ({ ...current, ...changes }));
  return { form, change, people, selected, listError };
}
