// Test doubles for the Electron API edge only: just enough surface to record what our code registers.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** Records `on(name, listener)` registrations and lets a test fire them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    const list = this.listeners.get(name) ?? [];
    list.push(listener);
    this.listeners.set(name, list);
    return this;
  }

  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }

  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((listener) => listener(...args));
  }

  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** An Electron-style event whose preventDefault we can observe. */
export function fakeEvent(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() };
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly reload = vi.fn();
  readonly send = vi.fn();
  /** The page's answer to main's scripts (the draft saved before a suspend's lock). */
  readonly executeJavaScript = vi.fn(async (_code: string, _userGesture?: boolean): Promise<unknown> => null);

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeSession extends FakeEmitter {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  readonly setSpellCheckerEnabled = vi.fn();
  readonly setSpellCheckerDictionaryDownloadURL = vi.fn();
  readonly beforeRequest: { filter: { urls: string[] }; listener: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void }[] = [];
  readonly webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) => {
      this.beforeRequest.push({ filter, listener });
    },
  };

  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler;
  }
}
