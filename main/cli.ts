// The `dossier` command-line tool: the same service the app uses, one command per job.
// Exit codes (a contract): 0 ok · 1 usage or invalid input · 2 the vault cannot be opened ·
// 3 verification found a problem (a damaged hand-over too) · 4 an import file was rejected. Errors are one line on stderr: code and a plain sentence.
import { parseArgs } from 'node:util';
import { DossierError, ERROR_SENTENCES, type ErrorCode } from '../shared/errors';
import { EntryKind, isValidTimeZone, type Attachment } from '../shared/domain';
import { requireStrongPassphrase } from '../shared/passphraseStrength';
import { periodBoundOrInstant, systemTimeZone } from '../shared/zonedTime';
import { draftFromEdit, draftFromFlags, type EntryFlags } from './cli/entryArgs';
import { attachmentLines, entryDetail, entryLine, searchLine, vaultReportLines } from './cli/output';
import { EXIT, IMPORT_REJECTIONS, jsonOption, print, requireString, vaultOption, VAULT_OPEN_FAILURES, withVault, type Command, type Options, type Values } from './cli/command';
import { backupCommands } from './cli/backupCommands';
import { dossierCommands } from './cli/dossierCommands';
import { dateCommands } from './cli/dateCommands';
import { filingCommands } from './cli/filingCommands';
import { handoverCommands } from './cli/handoverCommands';
import { importCommands } from './cli/importCommands';
import { readPassphrase, releasePassphraseInput } from './cli/passphrase';
import { createService, type Service } from './service';

const entryOptions: Options = {
  kind: { type: 'string' },
  occurred: { type: 'string' },
  end: { type: 'string' },
  tz: { type: 'string' },
  precision: { type: 'string' },
  title: { type: 'string' },
  text: { type: 'string' },
  place: { type: 'string' },
  category: { type: 'string', multiple: true },
  person: { type: 'string', multiple: true },
  amount: { type: 'string' },
  currency: { type: 'string' },
  attach: { type: 'string', multiple: true },
  'no-ocr': { type: 'boolean' },
  'recorded-by': { type: 'string' },
  injuries: { type: 'string' },
  'medical-help': { type: 'string' },
  'police-report-date': { type: 'string' },
  'police-report-number': { type: 'string' },
  'police-report-outcome': { type: 'string' },
  'children-present': { type: 'string' },
};

const ENTRY_FLAGS_HELP = `  --kind incident|stalking|economic
  --occurred <ISO 8601>     e.g. 2024-03-05T18:30 (wall time in --tz) or 2024-03-05T15:30Z
  --tz ZONE                 IANA zone of the place, e.g. Europe/Minsk (default: this computer's)
  --precision exact|approximate|date|span   (span needs --end)
  --end <ISO 8601>          end of a span
  --title TEXT  --text TEXT  --place TEXT
  --category C              repeat for several (see README for the list per kind)
  --person ID               a person from \`dossier people\`; repeat for several
  --amount N --currency CUR economic entries, e.g. --amount 1500 --currency BYN
  --attach FILE             repeat for several; kept encrypted inside the vault
  --no-ocr                  do not read the words in attached images now (see \`dossier recognise\`)
  --recorded-by NAME        who writes this (a helper or support worker)
  incidents only:
  --injuries TEXT  --medical-help TEXT
  --police-report-date DATE 2024-03-06 or 06.03.2024
  --police-report-number TEXT  --police-report-outcome TEXT
  --children-present yes|no`;

/** --attach paths: the entry and its files are saved in one transaction, so a missing or oversized
 *  file leaves the vault as it was. */
const attachFlags = (values: Values) => ((values.attach as string[] | undefined) ?? []).map((path) => ({ path }));

/** Reads the words in the entry's images that have not been read yet (OCR, offline), unless
 *  --no-ocr. An image the engine cannot read is kept, with no text, and said so by `show`. */
async function readWaitingImages(service: Service, entryId: string, values: Values): Promise<void> {
  if (values['no-ocr'] === true) return;
  for (const attachment of await service['attachments.list']({ entryId })) {
    if (attachment.recognition === 'waiting') await service['attachments.recognise']({ id: attachment.id });
  }
}

const coreCommands: Record<string, Command> = {
  init: {
    summary: 'create a new, empty encrypted vault',
    usage: 'dossier init --vault PATH\n  Asks for the passphrase twice (or reads DOSSIER_PASSPHRASE). A passphrase that is easy to guess\n  (a common password, a name with a year, a keyboard row) is refused with WEAK_PASSPHRASE.\n  A lost passphrase cannot be recovered.',
    options: vaultOption,
    async run(values, _p, out) {
      const path = requireString(values, 'vault');
      const passphrase = await readPassphrase({ confirm: true });
      requireStrongPassphrase(passphrase);
      const service = createService();
      await service['vault.create']({ path, passphrase });
      await service.close();
      out(`Created an encrypted vault.`);
      return EXIT.ok;
    },
  },
  add: {
    summary: 'record an incident, a stalking event or an economic-abuse event',
    usage: `dossier add --vault PATH --kind K --occurred WHEN --title TEXT [options]\n${ENTRY_FLAGS_HELP}\n  Prints the new entry's id.`,
    options: { ...vaultOption, ...entryOptions },
    async run(values, _p, out) {
      const draft = draftFromFlags(values as EntryFlags);
      const attachments = attachFlags(values);
      return withVault(values, async (service) => {
        const entry = await service['entries.create']({ draft, attachments });
        if (attachments.length > 0) await readWaitingImages(service, entry.id, values);
        out(entry.id);
        return EXIT.ok;
      });
    },
  },
  edit: {
    summary: 'change an entry (the earlier version is kept)',
    usage: `dossier edit --vault PATH --id ID [options as for add]\n${ENTRY_FLAGS_HELP}`,
    options: { ...vaultOption, ...entryOptions, id: { type: 'string' } },
    async run(values, _p, out) {
      const id = requireString(values, 'id');
      const attachments = attachFlags(values);
      return withVault(values, async (service) => {
        const { entry } = await service['entries.get']({ id });
        const updated = await service['entries.update']({ id, draft: draftFromEdit(entry, values as EntryFlags), attachments });
        if (attachments.length > 0) await readWaitingImages(service, id, values);
        out(`${updated.id} now at version ${updated.version}`);
        return EXIT.ok;
      });
    },
  },
  list: {
    summary: 'list entries, newest first',
    usage: 'dossier list --vault PATH [--kind K]... [--from DATE] [--to DATE] [--person ID] [--archived] [--tz ZONE] [--json]',
    options: { ...vaultOption, ...jsonOption, kind: { type: 'string', multiple: true }, from: { type: 'string' }, to: { type: 'string' }, person: { type: 'string' }, archived: { type: 'boolean' }, tz: { type: 'string' } },
    async run(values, _p, out) {
      const zone = (values.tz as string | undefined) ?? systemTimeZone();
      if (!isValidTimeZone(zone)) throw new DossierError('INVALID_INPUT', { field: 'tz', reason: 'unknown time zone' });
      const kinds = ((values.kind as string[] | undefined) ?? []).map((k) => {
        const parsed = EntryKind.safeParse(k);
        if (!parsed.success) throw new DossierError('INVALID_INPUT', { field: 'kind', reason: 'use incident, stalking or economic' });
        return parsed.data;
      });
      return withVault(values, async (service) => {
        const entries = await service['entries.list']({
          ...(kinds.length ? { kind: kinds } : {}),
          ...(values.from ? { from: periodBoundOrInstant(values.from as string, zone, 'from') } : {}),
          ...(values.to ? { to: periodBoundOrInstant(values.to as string, zone, 'to') } : {}),
          ...(values.person ? { personId: values.person as string } : {}),
          includeArchived: values.archived === true,
        });
        print(out, values, entries, () => (entries.length ? entries.map(entryLine).join('\n') : 'No entries.'));
        return EXIT.ok;
      });
    },
  },
  recognise: {
    summary: 'read the words in images not read yet (screenshots, photos), offline, to search them',
    usage: 'dossier recognise --vault PATH [--entry ID] [--json]\n  Images attached with --no-ocr or that came with an import. Russian, Belarusian, Ukrainian and English.',
    options: { ...vaultOption, ...jsonOption, entry: { type: 'string' } },
    async run(values, _p, out) {
      return withVault(values, async (service) => {
        const only = values.entry as string | undefined;
        const entryIds = only !== undefined ? [only] : (await service['entries.list']({ includeArchived: true })).filter((e) => e.attachmentCount > 0).map((e) => e.id);
        const read: Attachment[] = [];
        for (const entryId of entryIds) {
          for (const attachment of await service['attachments.list']({ entryId })) {
            if (attachment.recognition === 'waiting') read.push(await service['attachments.recognise']({ id: attachment.id }));
          }
        }
        print(out, values, read, () => (read.length ? attachmentLines(read).join('\n') : 'No images were waiting to be read.'));
        return EXIT.ok;
      });
    },
  },
  show: {
    summary: 'show one entry in full, with its earlier versions and attachment hashes',
    usage: 'dossier show --vault PATH --id ID [--json]',
    options: { ...vaultOption, ...jsonOption, id: { type: 'string' } },
    async run(values, _p, out) {
      const id = requireString(values, 'id');
      return withVault(values, async (service) => {
        const detail = await service['entries.get']({ id });
        const revisions = await service['entries.revisions']({ id });
        print(out, values, { ...detail, revisions }, () => entryDetail(detail.entry, detail.people, detail.attachments, revisions));
        return EXIT.ok;
      });
    },
  },
  search: {
    summary: 'full-text search over entries and messages (any case, ё = е, word beginnings)',
    usage: 'dossier search --vault PATH QUERY [--json]',
    options: { ...vaultOption, ...jsonOption },
    positionals: true,
    async run(values, positionals, out) {
      const query = positionals.join(' ').trim();
      if (!query) throw new DossierError('INVALID_INPUT', { field: 'query', reason: 'give words to search for' });
      return withVault(values, async (service) => {
        const hits = await service.search({ query });
        print(out, values, hits, () => (hits.length ? hits.map(searchLine).join('\n') : 'Nothing found.'));
        return EXIT.ok;
      });
    },
  },
  'verify-vault': {
    summary: 'check the vault file and its hash-chain ledger',
    usage: 'dossier verify-vault --vault PATH [--json]\n  Exit 0 when everything holds, 3 when something was altered.',
    options: { ...vaultOption, ...jsonOption },
    async run(values, _p, out) {
      return withVault(values, async (service) => {
        const report = await service['vault.verify']({});
        const ok = report.integrity && report.cipherIntegrity && report.ledger.ok;
        print(out, values, { ok, ...report }, () => [...vaultReportLines(report), ok ? 'The vault is intact.' : 'The vault was altered or damaged.'].join('\n'));
        return ok ? EXIT.ok : EXIT.verification;
      });
    },
  },
  people: {
    summary: 'list the people in the vault (abusers, witnesses, helpers)',
    usage: 'dossier people --vault PATH [--json]',
    options: { ...vaultOption, ...jsonOption },
    async run(values, _p, out) {
      return withVault(values, async (service) => {
        const people = await service['people.list']({});
        print(out, values, people, () => (people.length ? people.map((p) => `${p.id}  ${p.role.padEnd(11)}  ${p.name}`).join('\n') : 'No people yet.'));
        return EXIT.ok;
      });
    },
  },
  'person-add': {
    summary: 'add a person (prints the id to use with --person)',
    usage: 'dossier person-add --vault PATH --name NAME --role perpetrator|witness|helper|survivor|other [--relation TEXT] [--contact TEXT]... [--address TEXT]\n  --contact  a phone, e-mail or account; repeat for several',
    options: { ...vaultOption, name: { type: 'string' }, role: { type: 'string' }, relation: { type: 'string' }, contact: { type: 'string', multiple: true }, address: { type: 'string' } },
    async run(values, _p, out) {
      const contacts = ((values.contact as string[] | undefined) ?? []).map((c) => c.trim()).filter(Boolean);
      const draft = {
        name: requireString(values, 'name'),
        role: requireString(values, 'role') as 'other',
        relation: values.relation as string | undefined,
        ...(contacts.length ? { contact: contacts.join('; '), contacts } : {}),
        address: values.address as string | undefined,
      };
      return withVault(values, async (service) => {
        out((await service['people.create']({ draft })).id);
        return EXIT.ok;
      });
    },
  },
};

const commands: Record<string, Command> = { ...coreCommands, ...importCommands, ...dossierCommands, ...filingCommands, ...handoverCommands, ...dateCommands, ...backupCommands };

function helpText(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    'dossier — an encrypted record of what happened, for a lawyer or a court.',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'The passphrase is read from DOSSIER_PASSPHRASE, or asked without echo.',
    'Run `dossier COMMAND --help` for the options of one command.',
  ].join('\n');
}

function exitCodeFor(code: ErrorCode): number {
  if (VAULT_OPEN_FAILURES.includes(code)) return EXIT.vault;
  if (IMPORT_REJECTIONS.includes(code)) return EXIT.importRejected;
  if (code === 'HANDOVER_DAMAGED') return EXIT.verification;
  return EXIT.usage;
}

/** One line, no stack, no evidence: "dossier: CODE: sentence (field: reason)". */
export function errorLine(error: DossierError): string {
  const { field, reason, line } = error.details;
  const where = typeof line === 'number' ? `line ${line}` : '';
  const why = typeof reason === 'string' ? `${typeof field === 'string' && field ? `${field}: ` : ''}${reason}` : '';
  const extra = where || why ? ` (${[where, why].filter(Boolean).join(', ')})` : '';
  return `dossier: ${error.code}: ${ERROR_SENTENCES[error.code]}${extra}`;
}

export async function main(argv: string[], out = (line: string) => process.stdout.write(`${line}\n`), err = (line: string) => process.stderr.write(`${line}\n`)): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands[name];
  if (!command) {
    err(`dossier: INVALID_INPUT: unknown command "${name.slice(0, 40)}". Run dossier --help.`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: command.positionals ?? false, strict: true });
    if (values.help) {
      out(`${command.summary}\n\n${command.usage}`);
      return EXIT.ok;
    }
    return await command.run(values as Values, positionals, out);
  } catch (error) {
    if (error instanceof DossierError) {
      err(errorLine(error));
      return exitCodeFor(error.code);
    }
    if (error instanceof TypeError && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      err(`dossier: INVALID_INPUT: ${error.message.split('\n')[0]} Run dossier ${name} --help.`);
      return EXIT.usage;
    }
    err(`dossier: INTERNAL: ${ERROR_SENTENCES.INTERNAL}`);
    return EXIT.usage;
  } finally {
    releasePassphraseInput();
  }
}

if (typeof require !== "undefined" && require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.stderr.write(`dossier: INTERNAL: ${ERROR_SENTENCES.INTERNAL}\n`);
      process.exitCode = 1;
    },
  );
}
