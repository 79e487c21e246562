// Passphrase strength with zxcvbn-ts, loaded only when a passphrase is being chosen: its word lists
// are large and the unlock screen must appear at once.
type Checker = (passphrase: string) => number;

let loading: Promise<Checker> | null = null;

async function load(): Promise<Checker> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('./zxcvbnFactory'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return (passphrase) => zxcvbn.check(passphrase).score;
}

/** 0 (very weak) to 4 (strong). */
export function passphraseScore(passphrase: string): Promise<number> {
  loading ??= load();
  return loading.then((check) => check(passphrase));
}

/** The least we accept for a vault: zxcvbn "3" (safely unguessable for an offline attack on a slow
 *  hash such as Argon2id) and at least 10 characters. */
export const MIN_SCORE = 3;
export const MIN_LENGTH = 10;
