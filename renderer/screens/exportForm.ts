// The export screen's choices as typed, and the DossierOptions the service takes.
import type { DossierOptionsInput } from '../../shared/dossierOptions';
import type { Entry, EntryKind } from '../../shared/domain';
import { ENTRY_KINDS } from '../../shared/domain';
import { periodBound, systemTimeZone } from '../../shared/zonedTime';
import type { Language } from '../../shared/appContract';

export interface ExportForm {
  language: Language;
  paper: 'A4' | 'Letter';
  from: string;
  to: string;
  kinds: EntryKind[];
  personIds: string[];
  excluded: string[];
  /** People taken out of the copy everywhere: every case of the name, initials, contacts, address. */
  removedPeople: string[];
  survivorContacts: boolean;
  witnessContacts: boolean;
  helperNames: boolean;
  photoLocations: boolean;
  words: string;
  caseReference: string;
  preparedBy: string;
  recipient: string;
  purpose: string;
  /** Where she is, as an IANA zone: the period's days and the moment the dossier is made are
   *  counted and written in it (each event keeps its own zone). Starts at the computer's. */
  zone: string;
}

export function emptyExportForm(language: Language, zone: string = systemTimeZone()): ExportForm {
  return {
    language,
    paper: 'A4',
    from: '',
    to: '',
    kinds: [...ENTRY_KINDS],
    personIds: [],
    excluded: [],
    removedPeople: [],
    survivorContacts: false,
    witnessContacts: true,
    helperNames: false,
    photoLocations: true,
    words: '',
    caseReference: '',
    preparedBy: '',
    recipient: '',
    purpose: '',
    zone,
  };
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** What the form removes, as the export's options say it. */
export function redactionsOf(form: ExportForm) {
  return {
    survivorContacts: form.survivorContacts,
    witnessContacts: form.witnessContacts,
    helperNames: form.helperNames,
    photoLocations: form.photoLocations,
    strings: form.words.split('\n').map((w) => w.trim()).filter((w) => w !== ''),
    personIds: form.removedPeople,
  };
}

export function toOptions(form: ExportForm): DossierOptionsInput {
  const { zone } = form;
  return {
    language: form.language,
    paper: form.paper,
    from: form.from ? periodBound(form.from, zone, 'from') : undefined,
    to: form.to ? periodBound(form.to, zone, 'to') : undefined,
    kinds: form.kinds.length === ENTRY_KINDS.length ? undefined : form.kinds,
    personIds: form.personIds.length === 0 ? undefined : form.personIds,
    excludeEntryIds: form.excluded,
    redact: redactionsOf(form),
    caseReference: text(form.caseReference),
    preparedBy: text(form.preparedBy),
    recipient: text(form.recipient),
    purpose: text(form.purpose),
    zone,
  };
}

/** The entries the options select, before individual ones are left out (same rules as the service:
 *  kind, period, and at least one of the chosen people). */
export function selectedEntries(entries: readonly Entry[], form: ExportForm): Entry[] {
  return entries.filter((entry) => form.kinds.includes(entry.kind) && (form.personIds.length === 0 || entry.personIds.some((id) => form.personIds.includes(id))));
}
