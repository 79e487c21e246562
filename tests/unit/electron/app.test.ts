import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WINDOW_METHOD_NAMES } from '../../../shared/windowContract';
import { METHOD_NAMES } from '../../../shared/contract';
import { rendererEntry } from '../../../main/electron/window';
import { findRevealingWords } from '../../revealingWords';
import { FakeEmitter, FakeSession, FakeWebContents, fakeEvent } from './fakes';

// Everything below is the Electron API edge (and the service, which has its own tests): the fakes
// record what app.ts registers so the lifecycle can be driven by hand.
interface FakeApp extends FakeEmitter {
  isPackaged: boolean;
  gotLock: boolean;
  requestSingleInstanceLock: ReturnType<typeof vi.fn>;
  enableSandbox: ReturnType<typeof vi.fn>;
  whenReady: ReturnType<typeof vi.fn>;
  quit: ReturnType<typeof vi.fn>;
  exit: ReturnType<typeof vi.fn>;
  clearRecentDocuments: ReturnType<typeof vi.fn>;
  addRecentDocument: ReturnType<typeof vi.fn>;
  setAsDefaultProtocolClient: ReturnType<typeof vi.fn>;
  getPath: ReturnType<typeof vi.fn>;
  setPath: ReturnType<typeof vi.fn>;
  setName: ReturnType<typeof vi.fn>;
  getLocale: ReturnType<typeof vi.fn>;
}
interface FakeWindow extends FakeEmitter {
  webContents: FakeWebContents;
  minimized: boolean;
  restore: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
  hide: ReturnType<typeof vi.fn>;
  loadFile: ReturnType<typeof vi.fn>;
  setContentProtection: ReturnType<typeof vi.fn>;
}
interface State {
  app: FakeApp;
  session: FakeSession;
  powerMonitor: FakeEmitter;
  handlers: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  windows: FakeWindow[];
  menus: unknown[];
  service: Record<string, ReturnType<typeof vi.fn>>;
  /** What the fake dialogs answer, and what they were asked. */
  dialog: { showOpenDialog: ReturnType<typeof vi.fn>; showSaveDialog: ReturnType<typeof vi.fn> };
}

const state = vi.hoisted(() => ({ current: undefined as unknown as State }));

vi.mock('electron', async () => {
  const { FakeEmitter: Emitter, FakeWebContents: Contents } = await import('./fakes');
  class BrowserWindow extends Emitter {
    readonly webContents = new Contents();
    minimized = false;
    readonly loadFile = vi.fn(async () => undefined);
    readonly show = vi.fn();
    readonly hide = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly setContentProtection = vi.fn();
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    constructor() {
      super();
      state.current.windows.push(this as unknown as FakeWindow);
    }
  }
  return {
    get app() {
      return state.current.app;
    },
    get session() {
      return { defaultSession: state.current.session };
    },
    get powerMonitor() {
      return state.current.powerMonitor;
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) => {
        state.current.handlers.set(channel, listener);
      },
      removeHandler: (channel: string) => {
        state.current.handlers.delete(channel);
      },
    },
    get dialog() {
      return state.current.dialog;
    },
    Menu: {
      setApplicationMenu: (menu: unknown) => {
        state.current.menus.push(menu);
      },
      buildFromTemplate: (template: unknown) => template,
    },
    BrowserWindow,
  };
});

// The service process is started through this one seam; here it is the recording double.
vi.mock('../../../main/serviceHost/remoteService', () => ({
  createRemoteService: () => state.current.service,
}));

const profiles: string[] = [];
afterAll(() => profiles.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshState(gotLock = true): State {
  const profile = mkdtempSync(join(tmpdir(), 'app-test-'));
  profiles.push(profile);
  const appData = join(profile, 'appData');
  let userData = join(appData, 'Electron');
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: true,
    gotLock,
    requestSingleInstanceLock: vi.fn(() => gotLock),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(async () => undefined),
    quit: vi.fn(),
    exit: vi.fn(),
    clearRecentDocuments: vi.fn(),
    addRecentDocument: vi.fn(),
    setAsDefaultProtocolClient: vi.fn(),
    // Each run's own folders: a test that saves settings leaves nothing for the next one.
    getPath: vi.fn((name: string) => (name === 'appData' ? appData : name === 'userData' ? userData : profile)),
    setPath: vi.fn((name: string, path: string) => {
      if (name === 'userData') userData = path;
    }),
    setName: vi.fn(),
    getLocale: vi.fn(() => 'uk-UA'),
  });
  const service = Object.fromEntries(METHOD_NAMES.map((name) => [name, vi.fn(async () => ({}))]));
  return {
    app,
    session: new FakeSession(),
    powerMonitor: new FakeEmitter(),
    handlers: new Map(),
    windows: [],
    menus: [],
    service: { ...service, close: vi.fn(async () => undefined), stop: vi.fn(async () => undefined) },
    dialog: { showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })), showSaveDialog: vi.fn(async () => ({ canceled: true })) },
  };
}

async function start(gotLock = true, prepare?: (appData: string) => void): Promise<State> {
  state.current = freshState(gotLock);
  prepare?.((state.current.app.getPath as (name: string) => string)('appData'));
  vi.resetModules();
  await import('../../../main/electron/app');
  if (gotLock) await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
  return state.current;
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('main/electron/app.ts', () => {
  it('names itself and its profile folder neutrally before the single-instance lock, moving an old Dossier profile', async () => {
    const s = await start(true, (appData) => {
      mkdirSync(join(appData, 'Dossier'), { recursive: true });
      writeFileSync(join(appData, 'Dossier', 'settings.json'), JSON.stringify({ language: 'be', autoLockMinutes: 9, disguise: true, rememberVault: false }));
    });
    const appData = (s.app.getPath as (name: string) => string)('appData');
    expect(s.app.setName).toHaveBeenCalledWith('Notebook');
    expect(s.app.setPath).toHaveBeenCalledWith('userData', join(appData, 'Notebook'));
    expect(s.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(s.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
    expect(existsSync(join(appData, 'Dossier'))).toBe(false);
    const ownPage = { senderFrame: { url: rendererEntry(resolve(__dirname, '../../../main/electron')).indexUrl, parent: null } };
    await expect(s.handlers.get('dossier:app.settings')?.(ownPage, {})).resolves.toMatchObject({ ok: true, value: { language: 'be', autoLockMinutes: 9, disguise: false } });
    // The old file (with its "disguise" key) is gone; what replaced it says nothing.
    expect(readdirSync(join(appData, 'Notebook')).sort()).toEqual(['preferences.json']);
    const text = readFileSync(join(appData, 'Notebook', 'preferences.json'), 'utf8');
    expect(findRevealingWords(text)).toEqual([]);
    expect(findRevealingWords(join(appData, 'Notebook'))).toEqual([]);
  });

  it('quits at once when another instance holds the lock', async () => {
    const s = await start(false);
    expect(s.app.enableSandbox).toHaveBeenCalled();
    expect(s.app.quit).toHaveBeenCalled();
    expect(s.app.whenReady).not.toHaveBeenCalled();
    expect(s.windows).toHaveLength(0);
  });

  it('on ready: hardens the default session, registers IPC for the contract, opens one window', async () => {
    const s = await start();
    const callback = vi.fn();
    s.session.permissionRequestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(s.session.beforeRequest).toHaveLength(1);
    expect([...s.handlers.keys()].sort()).toEqual([...WINDOW_METHOD_NAMES.map((m) => `dossier:${m}`), 'dossier-file:drop'].sort());
    expect(s.handlers.has('dossier:vault.open')).toBe(false);
    expect(s.windows[0]?.loadFile).toHaveBeenCalledTimes(1);
    if (process.platform !== 'darwin') expect(s.menus).toEqual([null]);
  });

  it('routes IPC only from the app’s own renderer page', async () => {
    const s = await start();
    const ownPage = { senderFrame: { url: rendererEntry(resolve(__dirname, '../../../main/electron')).indexUrl, parent: null } };
    await expect(s.handlers.get('dossier:vault.status')?.(ownPage, {})).resolves.toEqual({ ok: true, value: {} });
    const other = { senderFrame: { url: 'file:///tmp/other.html', parent: null } };
    await expect(s.handlers.get('dossier:vault.status')?.(other, {})).resolves.toMatchObject({ ok: false });
    expect(s.service['vault.status']).toHaveBeenCalledTimes(1);
  });

  it('locks the vault and wipes the page on suspend and on screen lock', async () => {
    const s = await start();
    for (const name of ['suspend', 'lock-screen']) {
      s.service['vault.lock']?.mockClear();
      s.windows[0]?.webContents.reload.mockClear();
      s.powerMonitor.emit(name);
      await vi.waitFor(() => expect(s.windows[0]?.webContents.reload).toHaveBeenCalled());
      expect(s.service['vault.lock'], name).toHaveBeenCalledWith({});
    }
  });

  it('on suspend, asks the page to save the draft first and locks after it (or after a second at most)', async () => {
    const s = await start();
    const order: string[] = [];
    const contents = s.windows[0]!.webContents;
    contents.executeJavaScript.mockImplementation(async (code: string) => {
      order.push(code.includes('dossierSaveDraft') ? 'save draft' : code);
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('draft saved');
    });
    s.service['vault.lock']?.mockImplementation(async () => {
      order.push('lock');
      return {};
    });
    s.powerMonitor.emit('suspend');
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalled());
    expect(order).toEqual(['save draft', 'draft saved', 'lock']);

    // A page that never answers does not keep the vault open.
    order.length = 0;
    contents.reload.mockClear();
    contents.executeJavaScript.mockImplementation(() => new Promise(() => undefined));
    s.powerMonitor.emit('lock-screen');
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalled(), { timeout: 5000 });
    expect(order).toEqual(['lock']);
  });

  it('keeps the window out of screenshots and recordings unless she allows them', async () => {
    const s = await start();
    expect(s.windows[0]?.setContentProtection).toHaveBeenLastCalledWith(true);
    const ownPage = { senderFrame: { url: rendererEntry(resolve(__dirname, '../../../main/electron')).indexUrl, parent: null } };
    await expect(s.handlers.get('dossier:app.saveSettings')?.(ownPage, { allowScreenshots: true })).resolves.toMatchObject({ ok: true });
    expect(s.windows[0]?.setContentProtection).toHaveBeenLastCalledWith(false);
    await s.handlers.get('dossier:app.saveSettings')?.(ownPage, { allowScreenshots: false });
    expect(s.windows[0]?.setContentProtection).toHaveBeenLastCalledWith(true);
  });

  it('locks the vault when the page crashes or is killed', async () => {
    const s = await start();
    s.service['vault.lock']?.mockClear();
    s.windows[0]?.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await vi.waitFor(() => expect(s.service['vault.lock']).toHaveBeenCalledWith({}));
  });

  it('quick exit hides the window, wipes the page and locks the vault', async () => {
    const s = await start();
    const ownPage = { senderFrame: { url: rendererEntry(resolve(__dirname, '../../../main/electron')).indexUrl, parent: null } };
    await expect(s.handlers.get('dossier:app.quickExit')?.(ownPage, {})).resolves.toEqual({ ok: true, value: { hidden: true } });
    expect(s.windows[0]?.hide).toHaveBeenCalled();
    expect(s.windows[0]?.webContents.reload).toHaveBeenCalled();
    expect(s.service['vault.lock']).toHaveBeenCalledWith({});
  });

  it('answers the settings in the OS language when none were saved', async () => {
    const s = await start();
    const ownPage = { senderFrame: { url: rendererEntry(resolve(__dirname, '../../../main/electron')).indexUrl, parent: null } };
    await expect(s.handlers.get('dossier:app.settings')?.(ownPage, {})).resolves.toEqual({
      ok: true,
      value: { language: 'uk', autoLockMinutes: 5, disguise: false, rememberVault: false, allowScreenshots: false },
    });
  });

  it('still wipes the page when the vault was not open (lock rejects)', async () => {
    const s = await start();
    s.service['vault.lock']?.mockRejectedValueOnce(new Error('VAULT_LOCKED'));
    s.powerMonitor.emit('suspend');
    await vi.waitFor(() => expect(s.windows[0]?.webContents.reload).toHaveBeenCalled());
  });

  it('focuses the existing window when a second instance starts', async () => {
    const s = await start();
    const window = s.windows[0]!;
    window.minimized = true;
    s.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('hardens every web contents created later', async () => {
    const s = await start();
    const contents = new FakeWebContents();
    s.app.emit('web-contents-created', fakeEvent(), contents);
    const navigate = fakeEvent();
    contents.emit('will-navigate', navigate, 'https://example.org/');
    expect(navigate.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('quits when the window closes, locking the vault and ending the service process before the app ends', async () => {
    const s = await start();
    s.app.emit('window-all-closed');
    expect(s.app.quit).toHaveBeenCalledTimes(1);

    const held = fakeEvent();
    s.app.emit('will-quit', held);
    expect(held.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(s.app.quit).toHaveBeenCalledTimes(2));
    expect(s.service['vault.lock']).toHaveBeenCalledWith({});
    expect(s.service.stop).toHaveBeenCalledTimes(1);
    const lockOrder = s.service['vault.lock']!.mock.invocationCallOrder[0]!;
    expect(lockOrder).toBeLessThan(s.service.stop!.mock.invocationCallOrder[0]!);

    const final = fakeEvent();
    s.app.emit('will-quit', final);
    expect(final.preventDefault).not.toHaveBeenCalled();
  });

  it('never adds recent documents nor registers a protocol handler', async () => {
    const s = await start();
    expect(s.app.addRecentDocument).not.toHaveBeenCalled();
    expect(s.app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
    if (process.platform === 'darwin' || process.platform === 'win32') expect(s.app.clearRecentDocuments).toHaveBeenCalled();
  });

  it('has no call to addRecentDocument, setAsDefaultProtocolClient or openExternal in its source', () => {
    const dir = resolve(__dirname, '../../../main/electron');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(dir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/addRecentDocument|setAsDefaultProtocolClient|openExternal|openPath/);
    }
  });
});
