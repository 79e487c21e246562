import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  BLOCKED_URL_PATTERNS,
  blockNetworkRequest,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  UNREACHABLE_DICTIONARY_URL,
} from '../../../main/electron/security';
import { FakeSession, FakeWebContents, fakeEvent } from './fakes';

const root = resolve(__dirname, '../../..');
const indexHtml = readFileSync(join(root, 'renderer/index.html'), 'utf8');

function hardened(): FakeSession {
  const session = new FakeSession();
  hardenSession(session as unknown as Session);
  return session;
}

function cancels(session: FakeSession, url: string): boolean {
  const [registration] = session.beforeRequest;
  if (registration === undefined) throw new Error('no onBeforeRequest listener');
  let answer: boolean | undefined;
  registration.listener({ url }, (response) => {
    answer = response.cancel;
  });
  if (answer === undefined) throw new Error('callback not called');
  return answer;
}

// Chromium match-pattern semantics for the only pattern shape we use: scheme, any host, any path.
function matchedByFilter(url: string): boolean {
  const scheme = new URL(url).protocol.slice(0, -1);
  return BLOCKED_URL_PATTERNS.includes(`${scheme}://*/*`);
}

describe('Content-Security-Policy', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('is identical to the meta tag in renderer/index.html, which appears once', () => {
    const tags = [...indexHtml.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
    expect(tags).toHaveLength(1);
    expect(tags[0]?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is not undermined by inline scripts or styles in the renderer', () => {
    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(indexHtml).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    // Every component file, in every folder of the renderer.
    const files = readdirSync(join(root, 'renderer'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect(readFileSync(join(root, 'renderer', file), 'utf8'), file).not.toMatch(/\bstyle=\{|dangerouslySetInnerHTML|\binnerHTML\b/);
    }
  });
});

describe('hardenSession', () => {
  it('denies every permission request through the callback', () => {
    const session = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check and device check with false', () => {
    const session = hardened();
    expect(session.permissionCheckHandler?.(null, 'media', 'file:///', {})).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'file:///', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('filters every network scheme and cancels those requests', () => {
    const session = hardened();
    expect(session.beforeRequest).toHaveLength(1);
    expect(session.beforeRequest[0]?.filter.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*']);
    for (const url of [
      'http://example.org/',
      'https://dictionaries.example/en-US-10-1.bdic',
      'ws://127.0.0.1:9222/devtools',
      'wss://example.org/socket',
      'ftp://example.org/file',
    ]) {
      expect(matchedByFilter(url), url).toBe(true);
      expect(cancels(session, url), url).toBe(true);
    }
  });

  it('lets the app load from file:// (and in-memory blob:/data:)', () => {
    const session = hardened();
    const page = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html';
    expect(matchedByFilter(page)).toBe(false);
    expect(cancels(session, page)).toBe(false);
    expect(cancels(session, 'blob:file:///0b5e0c6e-8d7f-4b0e-9a51-3c1f0c3b1e2a')).toBe(false);
    expect(cancels(session, 'data:image/png;base64,iVBORw0KGgo=')).toBe(false);
  });

  it('cancels anything else that would reach it, even an unparseable URL', () => {
    const answers: boolean[] = [];
    for (const url of ['gopher://example.org/', 'chrome-extension://abc/x.js', 'not a url']) {
      blockNetworkRequest({ url }, (response) => answers.push(response.cancel));
    }
    expect(answers).toEqual([true, true, true]);
  });

  it('turns the spellchecker off and points its downloader at a loopback dead end', () => {
    const session = hardened();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(UNREACHABLE_DICTIONARY_URL);
    expect(new URL(UNREACHABLE_DICTIONARY_URL).hostname).toBe('127.0.0.1');
  });

  it('cancels downloads, which would write plaintext outside the vault', () => {
    const session = hardened();
    const event = fakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenWebContents', () => {
  it('cancels navigation, redirects and webview attachment, and denies window.open', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = fakeEvent();
      contents.emit(name, event, 'https://example.org/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});
