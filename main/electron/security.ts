// Session and web-contents hardening. Numbers in comments refer to Electron's security checklist
// (https://www.electronjs.org/docs/latest/tutorial/security, "Checklist: Security Recommendations").
// The person using Dossier may be watched: the app must make no network request of any kind and
// must not ask the OS for cameras, microphones, location, notifications or devices.
import type { Session, WebContents } from 'electron';

/**
 * Checklist #7 (Define a Content Security Policy). The renderer is loaded from file://, where a
 * response header cannot be added (onHeadersReceived does not run for file:), so the policy is
 * delivered by the <meta> tag in renderer/index.html; a unit test keeps the two identical.
 * `frame-ancestors` is ignored inside a <meta> tag (CSP 3 §6.1.2) and is kept only so the string is
 * also correct if it is ever sent as a header (e.g. by the browser test harness).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; font-src 'self'; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Every scheme that reaches the network. file: is deliberately absent: the app loads from it. */
export const BLOCKED_URL_PATTERNS: readonly string[] = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
];

/** Schemes that never leave the machine. Anything else that reaches the handler is cancelled. */
const LOCAL_SCHEMES: ReadonlySet<string> = new Set(['file:', 'blob:', 'data:', 'devtools:']);

/**
 * Spellchecker dictionaries. On Linux (and Windows without the OS checker) Chromium downloads
 * Hunspell dictionaries from a Google CDN, and Electron has been seen doing so even with
 * `spellcheck: false` (electron/electron#22995). We disable the checker, and also point the
 * downloader at the loopback discard port: no DNS lookup and no packet leaves the machine, so even
 * a download attempt reveals nothing to someone watching the network. (No-op on macOS.)
 */
export const UNREACHABLE_DICTIONARY_URL = 'http://127.0.0.1:9/';

export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** webRequest.onBeforeRequest listener: cancel everything that is not local. */
export function blockNetworkRequest(details: { url: string }, callback: (response: { cancel: boolean }) => void): void {
  callback({ cancel: !isLocalUrl(details.url) });
}

/** Checklist #5 (Handle session permission requests from remote content): deny every request. */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** Permission *checks* (navigator.permissions.query, device access) also answer no. */
export function denyPermissionCheck(): boolean {
  return false;
}

export function hardenSession(session: Session): void {
  // Checklist #5: no camera, microphone, geolocation, notifications, clipboard-read, HID, USB, serial…
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);

  // Checklist #1 (Only load secure content) taken to its end: load no remote content at all.
  session.webRequest.onBeforeRequest({ urls: [...BLOCKED_URL_PATTERNS] }, blockNetworkRequest);

  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(UNREACHABLE_DICTIONARY_URL);

  // A download (e.g. of a blob: URL) would write evidence in plaintext to the Downloads folder;
  // files leave the vault only through the service (attachments.saveTo, dossier export).
  session.on('will-download', (event) => {
    event.preventDefault();
  });
}

/**
 * Checklist #13 (Disable or limit navigation), #14 (Disable or limit creation of new windows) and
 * #12 (Verify WebView options before creation — here: never attach one). Used for the main window
 * and, through app 'web-contents-created', for every web contents that could ever exist.
 * Programmatic loads (loadFile, reload) do not emit these events, so the app itself is unaffected.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
