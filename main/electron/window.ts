// The one application window. Checklist numbers refer to Electron's security checklist
// (https://www.electronjs.org/docs/latest/tutorial/security).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, type WebPreferences } from 'electron';
import { NEUTRAL_APP_NAME } from '../profileFolder';
import { hardenWebContents } from './security';

export { CONTENT_SECURITY_POLICY } from './security';

/** Where the built renderer and preload live, relative to out/main/index.js (electron-vite layout). */
export interface RendererEntry {
  /** out/renderer/index.html */
  indexPath: string;
  /** Its file:// URL: the only frame allowed to call IPC (see ipc.ts isFrameAt). */
  indexUrl: string;
  /** out/preload/index.js */
  preloadPath: string;
}

export function rendererEntry(mainDir: string = __dirname): RendererEntry {
  const indexPath = join(mainDir, '../renderer/index.html');
  return { indexPath, indexUrl: pathToFileURL(indexPath).href, preloadPath: join(mainDir, '../preload/index.js') };
}

/**
 * The window's webPreferences, pure so a unit test can pin every value.
 * devTools is off unless asked for (createSecureWindow asks only when the app is not packaged).
 */
export function secureWebPreferences(preloadPath: string, options: { devTools?: boolean } = {}): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true, // #4 Enable process sandboxing
    contextIsolation: true, // #3 Enable context isolation
    nodeIntegration: false, // #2 Do not enable Node.js integration for remote content
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true, // #6 Do not disable webSecurity
    allowRunningInsecureContent: false, // #8 Do not enable allowRunningInsecureContent
    experimentalFeatures: false, // #9 Do not enable experimental features
    webviewTag: false, // #12 no <webview>
    spellcheck: false, // no dictionary downloads (see security.ts)
    enableWebSQL: false,
    navigateOnDragDrop: false, // a file dropped on the window must not replace the app
    safeDialogs: true,
    devTools: options.devTools ?? false,
  };
}

/** Creates the window, hardens its web contents and loads the built renderer from disk. */
export async function createSecureWindow(entry: RendererEntry = rendererEntry()): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 480,
    minHeight: 400,
    show: false,
    // Until the page sets its own (the disguise's "Notes" or the app's name): nothing that tells.
    title: NEUTRAL_APP_NAME,
    backgroundColor: '#f6f4ef',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(entry.preloadPath, { devTools: !app.isPackaged }),
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => {
    window.show();
  });
  await window.loadFile(entry.indexPath);
  return window;
}
