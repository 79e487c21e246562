// `dossier handover` and `dossier open-handover` (issue 10, item 3): the sealed package for her
// lawyer, and how the lawyer opens it. The hand-over passphrase is printed once, here, and kept
// nowhere; opening reads it from DOSSIER_HANDOVER_PASSPHRASE or asks without echo, never a flag.
import type { HandoverResult } from '../../shared/filingContract';
import { DossierError } from '../../shared/errors';
import { openHandover, type OpenedHandover } from '../handover/open';
import { EXIT, jsonOption, print, requireString, withVault, type Command, type Values } from './command';
import { EXPORT_FLAGS_HELP, EXPORT_OPTIONS, optionsFromFlags } from './dossierCommands';
import { readPassphrase } from './passphrase';

export const HANDOVER_PASSPHRASE_ENV = 'DOSSIER_HANDOVER_PASSPHRASE';

export function handoverLines(result: HandoverResult): string {
  const left = result.originalsLeftOut > 0 ? `; ${result.originalsLeftOut} original files left out (a redacted hand-over carries none)` : '';
  return [
    `Wrote ${result.path} (${result.bytes} bytes): the dossier (${result.pages} pages, ${result.entries} entries) and ${result.originals} original files, sealed${left}.`,
    `  SHA-256 of the file: ${result.sha256}`,
    `  Dossier fingerprint: ${result.fingerprint}`,
    '',
    '  Hand-over passphrase (shown only now, kept nowhere):',
    '',
    `      ${result.passphrase}`,
    '',
    '  Give it to the lawyer by voice or on paper, never in the same message or on the same stick as the file.',
    '  The lawyer opens it with: dossier open-handover FILE.age --out FOLDER   (or: age -d FILE.age > handover.zip)',
  ].join('\n');
}

export function openedLines(result: OpenedHandover): string {
  return [
    `Opened into ${result.path}: every file matches its SHA-256 in index.json.`,
    `  ${result.dossier.file}  (fingerprint ${result.fingerprint})`,
    ...result.originals.map((o) => `  ${o.file}  sha256 ${o.sha256}`),
    ...(result.originalsLeftOut > 0 ? [`  ${result.originalsLeftOut} original files were left out of this redacted hand-over.`] : []),
    `Next: dossier verify "${result.dossier.file}"   (then compare each original's SHA-256 with the dossier's evidence index)`,
  ].join('\n');
}

const HANDOVER_USAGE = `dossier handover --vault PATH --out FILE.age [options]
  One file for her lawyer: the dossier PDF and the original files of the chosen entries, sealed in
  the age format with a passphrase made for this hand-over and printed once. Nothing unencrypted is
  written to disk. A redacted hand-over (--redact-person, --redact) carries no original files.
${EXPORT_FLAGS_HELP}`;

const OPEN_USAGE = `dossier open-handover FILE.age --out FOLDER [--json]
  The passphrase comes from ${HANDOVER_PASSPHRASE_ENV}, or is asked without echo.
  Every file is checked against its SHA-256 in the package's index before anything is written;
  FOLDER must be new or empty. Exit 2 for a wrong passphrase (WRONG_PASSPHRASE), 3 for a damaged
  or cut-off file (HANDOVER_DAMAGED); either way nothing is written.`;

export const handoverCommands: Record<string, Command> = {
  handover: {
    summary: 'seal the dossier and the original files into one encrypted file for a lawyer',
    usage: HANDOVER_USAGE,
    options: EXPORT_OPTIONS,
    async run(values: Values, _p, out) {
      const path = requireString(values, 'out');
      const options = optionsFromFlags(values);
      return withVault(values, async (service) => {
        const result = await service['handover.write']({ options, path, force: values.force === true });
        print(out, values, result, () => handoverLines(result));
        return EXIT.ok;
      });
    },
  },
  'open-handover': {
    summary: 'open a sealed hand-over (for the lawyer): decrypt, check every file, write them',
    usage: OPEN_USAGE,
    options: { ...jsonOption, out: { type: 'string' } },
    positionals: true,
    async run(values: Values, positionals, out) {
      if (positionals.length !== 1) throw new DossierError('INVALID_INPUT', { field: 'file', reason: 'give exactly one .age file to open' });
      const dir = requireString(values, 'out');
      const passphrase = await readPassphrase({ confirm: false, env: HANDOVER_PASSPHRASE_ENV, prompt: 'Hand-over passphrase' });
      const result = await openHandover(positionals[0]!, passphrase, dir);
      print(out, values, result, () => openedLines(result));
      return EXIT.ok;
    },
  },
};
