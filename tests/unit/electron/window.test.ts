import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { FakeEmitter, FakeWebContents, fakeEvent } from './fakes';

const electron = vi.hoisted(() => ({ app: { isPackaged: true }, windows: [] as unknown[] }));

vi.mock('electron', async () => {
  const { FakeEmitter: Emitter, FakeWebContents: Contents } = await import('./fakes');
  class BrowserWindow extends Emitter {
    readonly webContents = new Contents();
    readonly loadFile = vi.fn(async (_path: string) => undefined);
    readonly show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      electron.windows.push(this);
    }
  }
  return { app: electron.app, BrowserWindow };
});

const { createSecureWindow, rendererEntry, secureWebPreferences, CONTENT_SECURITY_POLICY } = await import(
  '../../../main/electron/window'
);

interface RecordedWindow extends FakeEmitter {
  options: { webPreferences: Record<string, unknown>; show: boolean };
  webContents: FakeWebContents;
  loadFile: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
}

describe('secureWebPreferences', () => {
  it('pins every security-relevant value', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toEqual({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('enables devTools only when asked', () => {
    expect(secureWebPreferences('/p.js', { devTools: true }).devTools).toBe(true);
    expect(secureWebPreferences('/p.js', {}).devTools).toBe(false);
  });

  it('re-exports the CSP string', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});

describe('rendererEntry', () => {
  it('points at the electron-vite output next to out/main', () => {
    const entry = rendererEntry('/opt/Dossier/resources/app.asar/out/main');
    expect(entry.preloadPath).toBe(join('/opt/Dossier/resources/app.asar/out', 'preload/index.js'));
    expect(entry.indexPath).toBe(join('/opt/Dossier/resources/app.asar/out', 'renderer/index.html'));
    expect(entry.indexUrl).toBe(pathToFileURL(entry.indexPath).href);
  });
});

describe('createSecureWindow', () => {
  async function create(isPackaged: boolean): Promise<RecordedWindow> {
    electron.app.isPackaged = isPackaged;
    electron.windows.length = 0;
    await createSecureWindow(rendererEntry('/app/out/main'));
    return electron.windows[0] as RecordedWindow;
  }

  it('uses the secure preferences with the built preload and loads the built renderer from disk', async () => {
    const window = await create(true);
    expect(window.options.webPreferences).toEqual(secureWebPreferences(join('/app/out', 'preload/index.js')));
    expect(window.loadFile).toHaveBeenCalledExactlyOnceWith(join('/app/out', 'renderer/index.html'));
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('allows devTools only in an unpackaged (development) run', async () => {
    expect((await create(false)).options.webPreferences.devTools).toBe(true);
    expect((await create(true)).options.webPreferences.devTools).toBe(false);
  });

  it('cancels navigation and webview attachment and denies window.open', async () => {
    const { webContents } = await create(true);
    const navigate = fakeEvent();
    webContents.emit('will-navigate', navigate, 'https://example.org/');
    expect(navigate.preventDefault).toHaveBeenCalled();
    const attach = fakeEvent();
    webContents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});
