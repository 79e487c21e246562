// The machine-readable manifest embedded in the PDF: canonical JSON of every included entry (and
// its earlier versions), message and file fingerprint, the vault's ledger head and the options used.
// Its SHA-256 is the dossier's fingerprint, printed on every page. Built from redacted data only;
// the redaction options themselves are recorded as counts, never as the removed words.
import { createHash } from 'node:crypto';
import type { DossierOptions } from '../../shared/dossierOptions';
import { canonicalJson, hashOf } from '../vault/canonical';
import { totalsByCurrency } from './decimal';
import { recordOf, type DossierData } from './select';

export const MANIFEST_FORMAT = 'dossier-manifest';
export const MANIFEST_VERSION = 1;
export const MANIFEST_FILE_NAME = 'dossier-manifest.json';

export interface BuiltManifest {
  bytes: Buffer;
  fingerprint: string;
  counts: { entries: number; attachments: number; messages: number };
}

export function manifestOptions(options: DossierOptions, data: DossierData) {
  const r = data.redactor;
  const line = (text: string | undefined) => (text === undefined ? undefined : r.text(text));
  return {
    language: options.language,
    paper: options.paper,
    from: options.from,
    to: options.to,
    kinds: options.kinds,
    personIds: options.personIds,
    includeArchived: options.includeArchived,
    excludedEntries: data.excludedCount,
    redactions: { ...options.redact, strings: options.redact.strings.length, personIds: options.redact.personIds.length },
    caseReference: line(options.caseReference),
    preparedBy: line(options.preparedBy),
    recipient: line(options.recipient),
    purpose: line(options.purpose),
    zone: options.zone,
  };
}

export function buildManifest(data: DossierData, options: DossierOptions, extra: { exportedAt: string; certificateSha256: string }): BuiltManifest {
  const referenced = new Set<string>();
  let attachments = 0;
  let messages = 0;
  const entries = data.entries.map((d) => {
    const record = recordOf(d.entry);
    record.personIds.forEach((id) => referenced.add(id));
    d.messages.forEach((m) => m.personId && referenced.add(m.personId));
    attachments += d.attachments.length;
    messages += d.messages.length;
    return {
      exhibit: d.exhibit,
      number: d.entry.number,
      // Equal to the vault ledger's content hash for this version when nothing was redacted.
      sha256: hashOf(record),
      redacted: d.redacted,
      archived: d.entry.archived,
      record,
      revisions: d.revisions.map((rev) => ({ version: rev.version, replacedAt: rev.replacedAt, sha256: hashOf(rev.record), record: rev.record })),
      attachments: d.attachments.map(({ exhibit, ...a }) => ({ exhibit, ...a })),
      // The messages as stored: a reader can recompute the vault ledger's batch digests from them.
      messages: { count: d.messages.length, items: d.messages },
    };
  });
  const amounts = data.entries.flatMap((d) => (d.entry.kind === 'economic' && d.entry.amount ? [d.entry.amount] : []));
  const manifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    generator: 'Dossier',
    exportedAt: extra.exportedAt,
    options: manifestOptions(options, data),
    vault: { ledgerHead: data.ledgerHead, signingCertificateSha256: extra.certificateSha256 },
    totals: { entries: entries.length, attachments, messages, economic: totalsByCurrency(amounts) },
    people: [...referenced].sort().flatMap((id) => {
      const person = data.people.get(id);
      return person ? [person] : [];
    }),
    entries,
  };
  const bytes = Buffer.from(canonicalJson(manifest), 'utf8');
  return { bytes, fingerprint: createHash('sha256').update(bytes).digest('hex'), counts: { entries: entries.length, attachments, messages } };
}
