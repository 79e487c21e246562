// The app's preferences on disk (preferences.json in the profile folder), written in the words any
// notes app would use. The file is read before anything is unlocked, so whoever looks at it sees it
// too: it must say nothing of what the app is for, whatever the settings are.
// Why plain words and not a sealed file: the app must read it before she types anything (which
// screen to show, in which language), so a key for it would have to lie beside it on the same disk;
// that hides nothing from someone who looks closer and only makes the file stand out. What must stay
// secret (where her records are) is sealed under her passphrase (notebookSeal.ts).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppSettings, Language } from '../shared/appContract';

/** What the unlock wait needs to survive a restart: how many wrong tries in a row, and when the last. */
export interface RetryCount {
  count: number;
  at: number;
}

export interface Preferences {
  settings: AppSettings;
  retry: RetryCount;
  /** Where her records are, sealed under her passphrase; only while the disguise is on. */
  session: string | null;
}

/** On disk. Every field optional: a missing or damaged one falls back to its default. */
const Stored = z.object({
  language: Language.optional(),
  lockAfterMinutes: AppSettings.shape.autoLockMinutes.optional(),
  /** The disguise: "notes" opens on the notes list. */
  startWith: z.enum(['notes', 'welcome']).optional(),
  rememberLastFile: z.boolean().optional(),
  allowScreenshots: z.boolean().optional(),
  retry: z.object({ count: z.number().int().min(0).max(1_000_000), at: z.number().min(0) }).optional(),
  session: z.string().max(10_000).optional(),
});
type Stored = z.infer<typeof Stored>;

/** settings.json of Dossier 0.1 (before the disguise named nothing): read once, then replaced. */
const LEGACY_FILE = 'settings.json';

function fromStored(stored: Stored, fallback: AppSettings): Preferences {
  return {
    settings: {
      language: stored.language ?? fallback.language,
      autoLockMinutes: stored.lockAfterMinutes ?? fallback.autoLockMinutes,
      // Without a sealed location the gesture could never open her vault: then no disguise.
      disguise: stored.startWith === 'notes' && stored.session !== undefined,
      rememberVault: stored.rememberLastFile ?? fallback.rememberVault,
      allowScreenshots: stored.allowScreenshots ?? fallback.allowScreenshots,
    },
    retry: stored.retry ?? { count: 0, at: 0 },
    session: stored.session ?? null,
  };
}

function toStored(preferences: Preferences): Stored {
  const { settings, retry, session } = preferences;
  return {
    language: settings.language,
    lockAfterMinutes: settings.autoLockMinutes,
    startWith: settings.disguise ? 'notes' : 'welcome',
    rememberLastFile: settings.rememberVault,
    allowScreenshots: settings.allowScreenshots,
    retry,
    ...(session === null ? {} : { session }),
  };
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function readPreferences(file: string, fallback: AppSettings): Preferences {
  const raw = parseJson(file);
  if (raw === undefined) return readLegacy(file, fallback);
  const parsed = Stored.safeParse(raw);
  // Damaged: the defaults are safe, and the next save rewrites the file whole.
  return fromStored(parsed.success ? parsed.data : {}, fallback);
}

/** An old settings.json beside: its values, written at once in today's words and then removed
 *  (it held a "disguise" key in clear). The old remembered-vault.json becomes recent.json. */
function readLegacy(file: string, fallback: AppSettings): Preferences {
  const legacyFile = join(dirname(file), LEGACY_FILE);
  const legacy = AppSettings.partial().safeParse(parseJson(legacyFile));
  if (!legacy.success || parseJson(legacyFile) === undefined) return fromStored({}, fallback);
  // The old disguise was a title only and kept no sealed location: she turns the new one on again.
  const preferences: Preferences = { settings: { ...fallback, ...legacy.data, disguise: false }, retry: { count: 0, at: 0 }, session: null };
  try {
    writePreferences(file, preferences);
    rmSync(legacyFile, { force: true });
    const remembered = join(dirname(file), 'remembered-vault.json');
    if (existsSync(remembered)) renameSync(remembered, join(dirname(file), 'recent.json'));
  } catch {
    // Read-only profile: use the old values this time, try again at the next start.
  }
  return preferences;
}

export function writePreferences(file: string, preferences: Preferences): void {
  mkdirSync(dirname(file), { recursive: true });
  // Write beside, then rename: a crash mid-write leaves the old file, never half a file.
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(toStored(preferences), null, 2), { mode: 0o600 });
  renameSync(temporary, file);
}
