// The whole app: settings and language, locked or unlocked, which screen, and the two safety
// exits (lock; quick exit by button or Shift+Esc twice). Evidence lives only in screen state, which
// a lock remounts away and quick exit throws out with the page.
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { DEFAULT_SETTINGS, type AppSettings } from '../../shared/appContract';
import { app, dossier, VAULT_LOST_EVENT } from '../api';
import { QuickExitButton } from '../components/QuickExitButton';
import { loadLanguage, translatorFor } from '../i18n/languages';
import { LOCALE } from '../i18n/translate';
import { AppContext, type AppState, type LockedRoute, type LockNotice, type Route } from '../state/AppContext';
import { claimDrafts, saveDraftNow, takeUnsavedDraft, wipeDrafts } from '../state/drafts';
import { useIdleLock } from '../state/useIdleLock';
import { useQuickExitKey } from '../state/useQuickExitKey';
import { DisguisedApp } from './DisguisedApp';
import { preloadUnlockedScreens, UnlockedApp } from './lazyScreens';
import { LockedApp } from './LockedApp';

type Phase = 'starting' | 'locked' | 'unlocked' | 'gone';

/** Her settings, with her language's messages loaded, before the first screen is drawn: it comes
 *  up in her language at once. Should that language's file be unreadable (a damaged install), the
 *  screen is in English, which is always at hand, and she can choose again. */
async function startingSettings(): Promise<AppSettings> {
  const stored = await app['app.settings']({}).catch(() => DEFAULT_SETTINGS);
  return loadLanguage(stored.language).then(
    () => stored,
    () => ({ ...stored, language: 'en' as const }),
  );
}

export function App() {
  const [settings, setSettings] = useState<AppSettings>(DEFAULT_SETTINGS);
  const [phase, setPhase] = useState<Phase>('starting');
  const [lockedRoute, setLockedRoute] = useState<LockedRoute>('unlock');
  const [route, setRoute] = useState<Route>({ screen: 'timeline' });
  const [vault, setVault] = useState<PickedFile | null>(null);
  const [notice, setNotice] = useState<LockNotice>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    // A page that (re)loads always starts locked: a reload must never skip the passphrase.
    const locking = dossier['vault.lock']({}).catch(() => undefined);
    const loading = startingSettings().then(setSettings);
    void Promise.all([locking, loading]).then(() => setPhase((p) => (p === 'starting' ? 'locked' : p)));
  }, []);

  const t = useMemo(() => translatorFor(settings.language), [settings.language]);
  // Before the screen is painted (a layout effect), so its first frame already says its language.
  useLayoutEffect(() => {
    // Nothing until her settings are in: the neutral title stays, and a disguise never shows the name.
    if (phase === 'starting') return;
    document.documentElement.lang = settings.language;
    if (phase !== 'gone') document.title = settings.disguise ? t('common.disguiseName') : t('common.appName');
  }, [settings, t, phase]);

  const saveSettings = useCallback(async (changes: Partial<AppSettings>) => {
    // Another language's messages before anything changes: the switch shows no key and no English,
    // and if they cannot be loaded (LanguageNotLoaded) the language stays as it was.
    if (changes.language !== undefined) await loadLanguage(changes.language);
    setSettings((current) => ({ ...current, ...changes }));
    setSettings(await app['app.saveSettings'](changes));
  }, []);

  const lockWith = useCallback((why: LockNotice) => {
    // What she was typing goes into the vault first (milliseconds; nothing when it is saved already).
    void saveDraftNow().finally(() => dossier['vault.lock']({}).catch(() => undefined));
    setNotice(why);
    setLockedRoute('unlock');
    // After an idle lock the same screen comes back on unlock (an unsaved entry with its draft).
    if (why === null) setRoute({ screen: 'timeline' });
    setGeneration((g) => g + 1);
    setPhase('locked');
  }, []);
  const lock = useCallback(() => lockWith(null), [lockWith]);
  const lockIdle = useCallback(() => lockWith('idle'), [lockWith]);

  // The service process stopped (a crash, out of memory): the vault is locked already; say so.
  useEffect(() => {
    const onLost = () => lockWith('stopped');
    window.addEventListener(VAULT_LOST_EVENT, onLost);
    return () => window.removeEventListener(VAULT_LOST_EVENT, onLost);
  }, [lockWith]);

  const quickExit = useCallback(() => {
    setPhase('gone');
    // The unsaved change rides with the exit call: saved after the window is hidden, never before.
    const draft = takeUnsavedDraft();
    wipeDrafts();
    setVault(null);
    document.title = ' ';
    const blank = () => window.location.replace('about:blank');
    app['app.quickExit'](draft === undefined ? {} : { draft }).then(({ hidden }) => {
      if (!hidden) blank();
    }, blank);
  }, []);

  useQuickExitKey(quickExit);
  useIdleLock(phase === 'unlocked', settings.autoLockMinutes, lockIdle);

  const unlocked = useCallback(
    (opened: PickedFile) => {
      // Drafts belong to one vault: the handle stands for the file she opened this session.
      claimDrafts(opened.handle);
      if (opened.handle !== vault?.handle) setRoute({ screen: 'timeline' });
      setVault(opened);
      setNotice(null);
      setPhase('unlocked');
    },
    [vault],
  );

  // Move focus to the new screen's heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    document.getElementById('screen-title')?.focus();
  }, [route, lockedRoute, phase]);

  // Turning the disguise on seals where this vault is under her passphrase (main/disguiseHandlers.ts).
  const setDisguise = useCallback(
    async (on: boolean, passphrase?: string) => {
      setSettings(await app['app.setDisguise']({ on, passphrase, path: on ? vault?.handle : undefined }));
    },
    [vault],
  );

  const state: AppState = { settings, saveSettings, setDisguise, t, locale: LOCALE[settings.language], route, navigate: setRoute, vault, lock, quickExit };

  // Once the first screen is drawn, the open vault's screens load in the background.
  useEffect(() => {
    if (phase === 'locked') preloadUnlockedScreens();
  }, [phase]);

  if (phase === 'gone' || phase === 'starting') return null;
  const disguised = phase === 'locked' && settings.disguise;
  return (
    <AppContext.Provider value={state}>
      <QuickExitButton plain={disguised} />
      {phase === 'unlocked' ? (
        <Suspense fallback={null}>
          <UnlockedApp key={generation} />
        </Suspense>
      ) : disguised ? (
        <DisguisedApp key={generation} onUnlocked={unlocked} onDisguiseGone={() => void app['app.settings']({}).then(setSettings, () => undefined)} />
      ) : (
        <LockedApp key={generation} route={lockedRoute} onRoute={setLockedRoute} onUnlocked={unlocked} notice={notice} />
      )}
    </AppContext.Provider>
  );
}
