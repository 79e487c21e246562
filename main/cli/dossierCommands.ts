// `dossier export` and `dossier verify` (issue 3, items 5 and 6). Export goes through the service
// like every other command; verify needs neither a vault nor a passphrase, so it runs the same
// check the service exposes (main/dossier/verify.ts) straight on the file.
import { EntryKind } from '../../shared/domain';
import type { CertificateFingerprint, DossierExportResult, DossierVerifyResult } from '../../shared/dossierContract';
import { DossierOptions, DossierLanguage, PaperSize, type DossierOptionsInput } from '../../shared/dossierOptions';
import { DossierError, VERDICT_SENTENCES } from '../../shared/errors';
import { periodBoundOrInstant, systemTimeZone } from '../../shared/zonedTime';
import { groupedFingerprint } from '../dossier/render/cover';
import { verifyDossier } from '../dossier/verify';
import type { Service } from '../service';
import { EXIT, jsonOption, print, requireString, vaultOption, withVault, type Command, type Options, type Values } from './command';

type ExportMethod = (input: { options: DossierOptionsInput; path: string; force?: boolean }) => Promise<DossierExportResult>;
type CertificateMethod = (input: Record<string, never>) => Promise<CertificateFingerprint>;
/** The service once main/service.ts registers the dossier methods. */
export type DossierService = Service & { 'dossier.export': ExportMethod; 'dossier.certificate': CertificateMethod };
export type VaultRunner = <T>(values: Values, work: (service: DossierService) => Promise<T>) => Promise<T>;

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function invalid(field: string, reason: string): DossierError {
  return new DossierError('INVALID_INPUT', { field, reason });
}

/** Flags → the one options schema (shared/dossierOptions.ts). Dates without a time are whole days
 *  in --tz (default: this computer's zone): --to 2024-03-31 includes the 31st. */
export function optionsFromFlags(values: Values): DossierOptions {
  const zone = text(values.tz) ?? systemTimeZone();
  const lang = text(values.lang)?.toLowerCase();
  if (lang !== undefined && !DossierLanguage.safeParse(lang).success) throw invalid('lang', 'use ru, en, be or uk');
  const paperText = text(values.paper);
  const paper = paperText === undefined ? undefined : (PaperSize.options.find((p) => p.toLowerCase() === paperText.toLowerCase()) ?? paperText);
  const kinds = list(values.kind).map((k) => {
    if (!EntryKind.safeParse(k).success) throw invalid('kind', 'use incident, stalking or economic');
    return k as EntryKind;
  });
  const input: DossierOptionsInput = {
    language: lang as DossierLanguage | undefined,
    paper: paper as PaperSize | undefined,
    ...(text(values.from) ? { from: periodBoundOrInstant(text(values.from)!, zone, 'from') } : {}),
    ...(text(values.to) ? { to: periodBoundOrInstant(text(values.to)!, zone, 'to') } : {}),
    ...(kinds.length ? { kinds } : {}),
    ...(list(values.person).length ? { personIds: list(values.person) } : {}),
    excludeEntryIds: list(values.exclude),
    includeArchived: values['include-archived'] === true,
    redact: {
      survivorContacts: values['redact-survivor-contacts'] === true,
      witnessContacts: values['redact-witness-contacts'] === true,
      helperNames: values['redact-helper-names'] === true,
      photoLocations: values['redact-photo-locations'] === true,
      strings: list(values.redact),
      personIds: list(values['redact-person']),
    },
    caseReference: text(values.case),
    preparedBy: text(values['prepared-by']),
    recipient: text(values.recipient),
    purpose: text(values.purpose),
    zone,
  };
  const parsed = DossierOptions.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue?.path.join('.') || 'options', issue?.message ?? 'invalid');
  }
  return parsed.data;
}

export function exportLines(result: DossierExportResult): string {
  return [
    `Wrote ${result.path}`,
    `  ${result.pages} pages, ${result.entries} entries, ${result.attachments} files, ${result.messages} messages, ${result.bytes} bytes`,
    `  Fingerprint (SHA-256 of the manifest): ${result.fingerprint}`,
  ].join('\n');
}

export function verifyLines(path: string, result: DossierVerifyResult): string {
  const lines = [`Checked ${path} (${result.bytes} bytes):`];
  for (const check of result.checks) lines.push(`  ${check.ok ? 'ok    ' : 'FAILED'}  ${check.detail}`);
  if (result.fingerprint) lines.push(`Fingerprint: ${result.fingerprint}`);
  if (result.signer) lines.push(`Signed by:   ${result.signer}${result.signedAt ? ` on ${result.signedAt}` : ''}`);
  if (result.certificateFingerprint) lines.push(`Certificate: ${result.certificateFingerprint}`);
  lines.push(...verdictLines(result));
  return lines.join('\n');
}

/** Says exactly what was proven, and no more: a signature proves the file is unchanged since it was
 *  signed with the certificate inside it; only a fingerprint received by another way (by voice, on
 *  paper) ties that certificate to her vault. */
function verdictLines(result: DossierVerifyResult): string[] {
  if (!result.valid) return [`NOT VALID (${result.code}): ${VERDICT_SENTENCES[result.code ?? 'DOSSIER_ALTERED']} ${result.reasons.join(' ')}`];
  const certificate = result.certificateFingerprint ?? '';
  if (result.expectedCertificate) return [`VALID: unchanged since it was signed by certificate ${certificate}, the one you expected (from the vault whose fingerprint you were given).`];
  return [
    `VALID: unchanged since it was signed by certificate ${certificate}.`,
    'This does not show whose certificate it is: compare this fingerprint with the one you received separately (by voice or on paper),',
    'or run: dossier verify FILE.pdf --expect-certificate FINGERPRINT',
  ];
}

/** The export's options, shared with `dossier handover`. */
export const EXPORT_FLAGS_HELP = `  --lang ru|en|be|uk        language of the dossier (default ru)
  --from DATE --to DATE     period, e.g. --from 2024-01-01 --to 2024-03-31 (whole days in --tz)
  --tz ZONE                 zone for the period and the dossier's own dates (default: this computer's)
  --kind K                  incident, stalking or economic; repeat for several (default: all)
  --person ID               only entries involving this person; repeat for several
  --exclude ID              leave this entry out; repeat for several
  --include-archived        also include archived entries
  --redact TEXT             remove this word or phrase everywhere (whole words, any case, ё = е); repeat
  --redact-person ID        remove this person everywhere: every case of the name, initials, each
                            contact in any written form, the address; repeat for several
                            (the finished file is read back; if anything is left, nothing is written)
  --redact-survivor-contacts --redact-witness-contacts --redact-helper-names --redact-photo-locations
                            (a copy that removes anything also drops where photos were taken)
  --case REF  --prepared-by NAME  --recipient TEXT  --purpose TEXT
  --paper A4|Letter         (default A4)
  --force                   replace the output file if it exists
  --json                    print the result as JSON`;
const EXPORT_USAGE = `dossier export --vault PATH --out FILE.pdf [options]\n${EXPORT_FLAGS_HELP}`;

/** The export's flags: the hand-over (cli/handoverCommands.ts) takes the same selection. */
export const EXPORT_OPTIONS: Options = {
  ...vaultOption,
  ...jsonOption,
  out: { type: 'string' },
  lang: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  tz: { type: 'string' },
  kind: { type: 'string', multiple: true },
  person: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'include-archived': { type: 'boolean' },
  redact: { type: 'string', multiple: true },
  'redact-person': { type: 'string', multiple: true },
  'redact-survivor-contacts': { type: 'boolean' },
  'redact-witness-contacts': { type: 'boolean' },
  'redact-helper-names': { type: 'boolean' },
  'redact-photo-locations': { type: 'boolean' },
  case: { type: 'string' },
  'prepared-by': { type: 'string' },
  recipient: { type: 'string' },
  purpose: { type: 'string' },
  paper: { type: 'string' },
  force: { type: 'boolean' },
};

export function makeDossierCommands(runWithVault: VaultRunner = withVault as unknown as VaultRunner): Record<string, Command> {
  return {
    export: {
      summary: 'export a signed, verifiable PDF dossier for a lawyer or a court',
      usage: EXPORT_USAGE,
      options: EXPORT_OPTIONS,
      async run(values, _positionals, out) {
        const path = requireString(values, 'out');
        const options = optionsFromFlags(values);
        return runWithVault(values, async (service) => {
          const result = await service['dossier.export']({ options, path, force: values.force === true });
          print(out, values, result, () => exportLines(result));
          return EXIT.ok;
        });
      },
    },
    verify: {
      summary: 'check that a dossier PDF is signed and unchanged since export (no vault needed)',
      usage: [
        'dossier verify FILE.pdf [--expect-certificate FINGERPRINT] [--json]',
        '  --expect-certificate F   the vault\'s certificate fingerprint (from `dossier fingerprint`), received',
        '                           by another way: checks that this vault signed the dossier',
        '  Exit 0 when valid, 3 when altered, unsigned, signed by another certificate (DOSSIER_ALTERED)',
        '  or damaged (DOSSIER_DAMAGED), with the reason; 1 when the file cannot be read.',
      ].join('\n'),
      options: { ...jsonOption, 'expect-certificate': { type: 'string' } },
      positionals: true,
      async run(values, positionals, out) {
        if (positionals.length !== 1) throw invalid('file', 'give exactly one PDF file to check');
        const path = positionals[0]!;
        const expectCertificate = typeof values['expect-certificate'] === 'string' ? values['expect-certificate'] : undefined;
        const result = await verifyDossier(path, { expectCertificate });
        print(out, values, result, () => verifyLines(path, result));
        return result.valid ? EXIT.ok : EXIT.verification;
      },
    },
    fingerprint: {
      summary: "print the vault's certificate fingerprint, to give to a lawyer by another way",
      usage: [
        'dossier fingerprint --vault PATH [--json]',
        '  Every dossier from this vault is signed with this certificate. Give the fingerprint to the lawyer',
        '  by voice or on paper (not with the dossier): `dossier verify FILE.pdf --expect-certificate F`',
        '  then shows the dossier came from this vault.',
      ].join('\n'),
      options: { ...vaultOption, ...jsonOption },
      async run(values, _positionals, out) {
        return runWithVault(values, async (service) => {
          const result = await service['dossier.certificate']({});
          print(out, values, result, () => `${groupedFingerprint(result.certificateFingerprint)}\n(${result.signer})`);
          return EXIT.ok;
        });
      },
    },
  };
}


export const dossierCommands: Record<string, Command> = makeDossierCommands();
