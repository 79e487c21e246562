// The passphrase comes from DOSSIER_PASSPHRASE, or is asked on the terminal without echo.
// It is never taken as a command-line flag: flags show up in `ps` and shell history.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { DossierError } from '../../shared/errors';

export const PASSPHRASE_ENV = 'DOSSIER_PASSPHRASE';
/** The new passphrase of `dossier passphrase`. */
export const NEW_PASSPHRASE_ENV = 'DOSSIER_NEW_PASSPHRASE';

let pipedReader: ReturnType<typeof createInterface> | null = null;
let pipedLines: AsyncIterator<string> | null = null;

/** Piped input (scripts, tests): one line per question, from one reader (a second readline on the
 *  same stdin would lose what the first had buffered). */
async function nextPipedLine(): Promise<string> {
  pipedReader ??= createInterface({ input: process.stdin, terminal: false });
  pipedLines ??= pipedReader[Symbol.asyncIterator]();
  const next = await pipedLines.next();
  if (next.done) throw new DossierError('INVALID_INPUT', { field: 'passphrase', reason: 'no passphrase given' });
  return next.value;
}

function ask(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) return nextPipedLine();
  process.stderr.write(prompt);
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  muted = true;
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

export async function readPassphrase(options: { confirm: boolean; env?: string; prompt?: string }): Promise<string> {
  const fromEnv = process.env[options.env ?? PASSPHRASE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const prompt = options.prompt ?? 'Passphrase';
  const first = await ask(`${prompt}: `);
  if (first === '') throw new DossierError('INVALID_INPUT', { field: 'passphrase', reason: 'empty' });
  if (options.confirm) {
    const second = await ask(`Repeat the ${prompt.toLowerCase()}: `);
    if (second !== first) throw new DossierError('INVALID_INPUT', { field: 'passphrase', reason: 'the two passphrases differ' });
  }
  return first;
}

/** Lets the process end even if whoever started it keeps our stdin open. */
export function releasePassphraseInput(): void {
  pipedReader?.close();
  pipedReader = null;
  pipedLines = null;
}
