// Every word the dossier prints, per language. Plain, everyday words: the reader may be a lawyer,
// a judge, or the survivor herself. Each language file must fill every key (the compiler checks).
import type { SharedWords } from './words';

export type PluralForms = { one: string; few?: string; many?: string; other: string };

/** kinds, kindsPlural, categories, roles, channels, directions: shared with the app (shared/words),
 *  the same word on her screen and in the dossier. */
export interface Strings extends SharedWords {
  title: string;
  subtitle: string;
  sections: {
    contents: string;
    summary: string;
    chronology: string;
    entries: string;
    messages: string;
    ledger: string;
    evidence: string;
    integrity: string;
  };
  footer: { page: (x: string, y: string) => string; fingerprint: string; noCase: string };
  cover: {
    caseReference: string;
    period: string;
    periodAll: string;
    preparedBy: string;
    preparedFor: string;
    /** The parties (issue 9, item 5), and her statement with a line to sign and date. */
    victim: string;
    accused: string;
    truthStatement: string;
    signature: string;
    signatureDate: string;
    purpose: string;
    /** The dossier's zone, stated once (format.ts). */
    times: string;
    timesNote: (zone: string) => string;
    exportedAt: string;
    contents: string;
    counts: string;
    fingerprintTitle: string;
    fingerprintNote: string;
    signedNote: string;
    /** The cover's plain statement that the copy is redacted, and of what. */
    redactedCopy: (kinds: string) => string;
    removedKinds: Record<import('../redact').RemovedKind, string>;
  };
  precision: { approximate: string; dateOnly: string; until: string };
  units: {
    entries: PluralForms;
    messages: PluralForms;
    files: PluralForms;
    versions: PluralForms;
    days: PluralForms;
    bytes: string;
    kb: string;
    mb: string;
    gb: string;
    seconds: string;
    minutes: string;
  };
  summary: {
    intro: string;
    incidentsPerMonth: string;
    incidentsPerYear: string;
    messagesPerDay: string;
    messagesPerWeek: string;
    messagesPerMonth: string;
    messagesPerYear: string;
    lossesByMonth: (currency: string, total: string) => string;
    lossesByYear: (currency: string, total: string) => string;
    onlyYearsWithEvents: (most: number) => string;
    noIncidents: string;
    noMessages: string;
    noLosses: string;
    chartAlt: (title: string, values: string) => string;
  };
  chronology: { intro: string; exhibit: string; when: string; kind: string; what: string; evidence: string; injuries: string; police: string; witnesses: string; zone: (zone: string) => string; empty: string };
  entry: {
    when: string;
    recorded: string;
    recordedBy: (who: string, at: string) => string;
    categories: string;
    place: string;
    people: string;
    injuries: string;
    medicalHelp: string;
    police: string;
    policeDate: string;
    policeNumber: string;
    policeOutcome: string;
    children: string;
    amount: string;
    versions: string;
    edited: (n: number, versions: string) => string;
    original: string;
    archived: string;
    description: string;
    noDescription: string;
    attachments: string;
    imageCaption: (exhibit: string, name: string) => string;
    /** Above the words OCR read from an image: machine-made, and said so. */
    recognisedText: string;
    notShown: string;
    metadataNotRemoved: string;
    /** An original document (PDF) embedded as an associated file (originals.ts). */
    embedded: (name: string) => string;
    notEmbeddedRedacted: string;
    notEmbeddedLarge: string;
    /** The photo caption's capture time, from the file, or that it has none. */
    captured: (when: string) => string;
    noCaptureTime: string;
    messageLog: (count: string) => string;
    /** Shown instead of the vault's default recorder name. */
    owner: string;
    yes: string;
    no: string;
  };
  log: {
    callStatuses: Record<'answered' | 'missed' | 'unanswered' | 'voicemail' | 'rejected' | 'blocked' | 'answered-elsewhere' | 'busy' | 'hangup' | 'disconnected', string>;
    intro: string;
    total: string;
    incoming: string;
    outgoing: string;
    /** Third parties' messages: shown as context, never counted as his. */
    others: string;
    thirdParty: string;
    channels: string;
    calls: string;
    between: string;
    busiest24: string;
    busiest72: string;
    burst: (count: string, from: string, to: string) => string;
    perDay: string;
    /** His messages and calls by hour of the day, for a stalking log. */
    perHour: string;
    no: string;
    time: string;
    from: string;
    message: string;
    call: (status: string, duration: string) => string;
    /** A file the message sent (WhatsApp media), by its exhibit number: the photo is shown there. */
    sentFile: (exhibit: string, name: string) => string;
    empty: string;
  };
  /** The list of people for the court, after the chronology (issue 9, item 5). */
  people: { title: string; intro: string; name: string; role: string; relation: string; contact: string; entries: string; empty: string; emptyRedacted: string };
  ledger: { intro: string; date: string; form: string; what: string; amount: string; running: string; totals: string; noAmount: string; empty: string };
  evidence: { intro: string; exhibit: string; file: string; type: string; sha256: string; captured: string; location: string; locationRemoved: string; device: string; zoneNotRecorded: string; embedded: string; empty: string };
  integrity: {
    howTitle: string;
    howSteps: string[];
    commandsTitle: string;
    detailsTitle: string;
    fingerprint: string;
    certificate: string;
    signer: string;
    ledgerHead: string;
    ledgerNote: string;
    manifestName: string;
    exportedAt: string;
    historyTitle: string;
    historyIntro: string;
    historyNone: string;
    version: (n: number, replacedAt: string) => string;
    changed: string;
    /** Characters no embedded font has: written out as U+XXXX where they stood, listed here. */
    missingGlyphsTitle: string;
    missingGlyphsIntro: string;
    redactionsTitle: string;
    redactionsIntro: string;
    redactionItems: { survivorContacts: string; witnessContacts: string; helperNames: string; photoLocations: string; strings: (n: number) => string };
    field: Record<'title' | 'text' | 'occurredAt' | 'place' | 'categories' | 'people' | 'injuries' | 'medicalHelp' | 'policeReport' | 'childrenPresent' | 'amount' | 'kind' | 'recordedBy', string>;
  };
  /** "Запись № 4": the entry's lasting number (migration 003). */
  entryNo: (n: string) => string;
  /** "Приложение № 4.1": a file of entry 4. */
  exhibitNo: (n: string) => string;
  redacted: string;
  helperAlias: (n: number) => string;
  none: string;
}
