// Electron main-process entry (out/main/index.js): lifecycle only. Everything that can be tested
// without Electron lives in security.ts, ipc.ts and window.ts.
//
// Never called anywhere in Dossier, on purpose (the person may be watched):
// - app.addRecentDocument: would list the vault in the OS "recent files" (jump lists, Dock menu);
// - app.setAsDefaultProtocolClient: would register a dossier:// handler visible in the OS settings;
// - shell.openExternal: would start a browser and a network request.
// tests/unit/electron/app.test.ts fails if any of them appears in main/electron/.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, session, type MenuItemConstructorOptions } from 'electron';
import { languageFromLocale, type AppSettings } from '../../shared/appContract';
import { WINDOW_METHODS } from '../../shared/windowContract';
import { appHandlers } from '../appHandlers';
import { FileHandles } from '../fileHandles';
import { NEUTRAL_APP_NAME, profileFolder } from '../profileFolder';
import { createRemoteService, type RemoteService } from '../serviceHost/remoteService';
import { electronPickers, registerDrops } from './files';
import { createIpcRouter, isFrameAt, registerIpc } from './ipc';
import { hardenSession, hardenWebContents } from './security';
import { startServiceProcess } from './serviceProcess';
import { createSecureWindow, rendererEntry } from './window';

/** How long suspend or a screen lock waits for the page to save the draft before locking. */
const DRAFT_SAVE_ON_SLEEP_MS = 1000;

/**
 * No default menu: Electron's default Help menu opens electronjs.org in a browser. On macOS a menu
 * bar is expected and carries the copy/paste shortcuts, so keep only the app and edit menus there.
 */
function installMenu(): void {
  if (process.platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  const template: MenuItemConstructorOptions[] = [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export function startDossier(): void {
  // Before anything reads userData (the single-instance lock lives there): a profile folder and an
  // app name that say nothing, whatever the settings inside say (profileFolder.ts).
  app.setName(NEUTRAL_APP_NAME);
  app.setPath('userData', profileFolder(app.getPath('appData')));

  // Checklist #4: sandbox every renderer, including any the app did not create itself.
  app.enableSandbox();

  // One instance only: two processes on the same vault file would fight over it.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let window: BrowserWindow | null = null;
  let service: RemoteService | null = null;
  let closed = false;

  async function lockVault(): Promise<void> {
    if (service === null) return;
    try {
      await service['vault.lock']({});
    } catch {
      // Already locked, or never opened: either way nothing is left unlocked.
    }
  }

  /** Lock, then wipe the renderer: a reload drops every piece of evidence held in the page. */
  /** Asks the page to write the draft it has not saved yet (renderer/state/drafts.ts exposes
   *  dossierSaveDraft on its own window), waiting at most `ms`. Never throws. */
  async function saveDraftWithin(ms: number): Promise<void> {
    if (window === null || window.isDestroyed()) return;
    const saved = window.webContents.executeJavaScript('window.dossierSaveDraft ? window.dossierSaveDraft() : null', true).catch(() => undefined);
    await Promise.race([saved, new Promise((resolve) => setTimeout(resolve, ms))]);
  }

  async function lockAndClear(): Promise<void> {
    await lockVault();
    if (window !== null && !window.isDestroyed()) window.webContents.reload();
  }

  /** Windows and macOS keep the window out of screenshots and screen recordings (a screen
   *  recorder is common stalkerware), unless she allowed them for a helper. */
  function protectFromCapture(settings: AppSettings): void {
    if (window !== null && !window.isDestroyed()) window.setContentProtection(!settings.allowScreenshots);
  }

  /** Quick exit: gone from the screen and the taskbar at once, the page wiped behind it. Starting
   *  Dossier again shows the window (see 'second-instance'), at the unlock screen. */
  function hideAndClear(): void {
    if (window === null || window.isDestroyed()) return;
    window.hide();
    window.webContents.reload();
  }

  async function closeService(): Promise<void> {
    await lockVault();
    if (service === null) return;
    const current = service;
    service = null;
    try {
      await current.stop();
    } catch {
      // Quitting anyway; the vault file is consistent after every committed transaction.
    }
  }

  app.on('second-instance', () => {
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  // Cmd+Q / app.quit() skip 'window-all-closed'; 'will-quit' sees every way out. Hold the quit
  // until the vault is locked and closed, then quit for real.
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    const finish = (): void => {
      closed = true;
      app.quit();
    };
    closeService().then(finish, finish);
  });

  async function onReady(): Promise<void> {
    installMenu();
    if (process.platform === 'darwin' || process.platform === 'win32') app.clearRecentDocuments();
    hardenSession(session.defaultSession);

    // The vault lives in its own process. If that process dies, the calls in flight answer
    // SERVICE_STOPPED and later ones VAULT_LOCKED: the page goes back to the unlock screen.
    service = createRemoteService(startServiceProcess, { keepOneReady: true });
    // The files she chose in a dialog or dropped on the window: the renderer holds only handles.
    const files = new FileHandles();
    const appApi = appHandlers({
      files,
      pickers: electronPickers(dialog, () => (window === null || window.isDestroyed() ? null : window)),
      service,
      settingsFile: join(app.getPath('userData'), 'preferences.json'),
      suggestedFolder: app.getPath('documents'),
      defaultSettings: { language: languageFromLocale(app.getLocale()) },
      hideWindow: hideAndClear,
      onSettings: protectFromCapture,
    });
    const entry = rendererEntry();
    const isOurPage = isFrameAt(entry.indexUrl);
    registerIpc(ipcMain, createIpcRouter({ ...service, ...appApi }, isOurPage, WINDOW_METHODS, files));
    registerDrops(ipcMain, files, isOurPage);

    // Suspend and screen lock: what she was typing in the last moment (the page saves a draft a
    // short pause after typing stops) goes into the vault first, then the vault locks. The page is
    // given a second at most: a sleeping laptop must not wait for it.
    const onSleep = (): void => {
      void saveDraftWithin(DRAFT_SAVE_ON_SLEEP_MS).then(lockAndClear);
    };
    powerMonitor.on('suspend', onSleep);
    powerMonitor.on('lock-screen', onSleep);

    window = await createSecureWindow(entry);
    protectFromCapture(await appApi['app.settings']({}));
    // A crashed or killed page must not leave the vault open behind it.
    window.webContents.on('render-process-gone', () => {
      void lockVault();
    });
    window.on('closed', () => {
      window = null;
    });
  }

  app.whenReady().then(onReady).catch(() => {
    // No message: it could carry a path. The exit code says enough for a bug report.
    process.stderr.write('Dossier could not start.\n');
    app.exit(1);
  });
}

startDossier();
