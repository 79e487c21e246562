// The browser harness (ARCHITECTURE.md "The one seam"): the BUILT renderer served on 127.0.0.1 with
// the app's own CSP, and POST /rpc/<method> into the real service (real SQLCipher, real PDF), which
// runs in its own child process over the same messages as Electron's utilityProcess: the browser
// tests cover the real split, including lock ending a running export.
// The page gets a `window.dossier` of the preload's shape from /harness/bridge.js. The CSP forbids the
// page any connection (connect-src 'none'), exactly as in the app, so the bridge talks through a
// dedicated worker served with its own policy (connect-src 'self'): the page itself stays under the
// app's policy, unchanged.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { APP_METHOD_NAMES, type AppMethodName, type AppSettings } from '../../shared/appContract';
import { DossierError, toErrorPayload } from '../../shared/errors';
import { isFileHandle, OpenPurpose } from '../../shared/fileHandles';
import { WINDOW_METHOD_NAMES } from '../../shared/windowContract';
import { appHandlers, callAppMethod } from '../../main/appHandlers';
import { issuePicked, type Pickers } from '../../main/appFiles';
import { FileHandles } from '../../main/fileHandles';
import { readBackFrom, toServiceInput, toWindowOutput, type TakePath } from '../../main/windowCalls';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/security';
import { forkServiceProcess } from '../../main/serviceHost/childProcess';
import { createRemoteService, type RemoteService } from '../../main/serviceHost/remoteService';
import { bridgeScript, WORKER_SCRIPT } from './harnessBridge';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
const BODY_LIMIT = 200 * 1024 * 1024;
const SEAMS = new Set(['harness.answerPicker', 'harness.dropFile']);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

export interface HarnessOptions {
  /** Folder for settings and (by default) vaults; a fresh temp folder when absent. */
  dir?: string;
  settings?: Partial<AppSettings>;
  /** For a person trying the app (`npm run harness`, `npm start` without Electron): with no test
   *  answer waiting, a save dialog takes its suggested place in the data folder and "Open my
   *  vault…" the vault made there. Tests leave it off: nothing waiting means "cancelled". */
  interactivePickers?: boolean;
}

export interface Harness {
  origin: string;
  /** The page to open: the origin with the token in the fragment (never sent to the server). */
  url: string;
  dir: string;
  /** The secret every /rpc call must carry (x-dossier-token). */
  token: string;
  /** The methods /rpc answers (the service's and the app's). */
  methods: string[];
  service: RemoteService;
  /** Every RPC method called so far, in order (tests assert on the flow). */
  calls: string[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...headers });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'dossier-harness-'));
  const token = randomBytes(24).toString('hex');
  const service = createRemoteService(() => forkServiceProcess(), { keepOneReady: true });
  // The picker seam: a test names the file (POST /rpc/harness.answerPicker { path }, or null for
  // "cancelled") before the page's "Choose…" asks; the page then gets a handle for it, as in the app.
  const answers: (string | null)[] = [];
  const interactive = options.interactivePickers === true;
  const pickers: Pickers = {
    open: async (purpose) => {
      const next = answers.shift();
      if (next !== undefined) return next;
      const vault = join(dir, 'notes.dat');
      return interactive && purpose === 'vault' && existsSync(vault) ? vault : null;
    },
    save: async (_purpose, defaultPath) => {
      const next = answers.shift();
      if (next !== undefined) return next;
      return interactive ? defaultPath : null;
    },
  };
  const files = new FileHandles();
  const appApi = appHandlers({ service, files, pickers, settingsFile: join(dir, 'preferences.json'), suggestedFolder: dir, defaultSettings: { language: 'en', ...options.settings } });
  // Whatever the service carries (the contract, and methods spread into it later), plus the app's.
  const serviceMethods = Object.keys(service).filter((name) => name !== 'close' && name !== 'stop');
  const methods = new Set<string>([...serviceMethods, ...APP_METHOD_NAMES]);
  const calls: string[] = [];
  const indexHtml = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8').replace(
    /<script type="module"/,
    '<script src="/harness/bridge.js"></script>\n    <script type="module"',
  );
  let origin = '';

  /** The test seams (not the app's methods): answer the next picker; take a file the page dropped. */
  function seamCall(method: string, raw: unknown): unknown {
    if (method === 'harness.answerPicker') {
      const path = isRecord(raw) ? raw.path : undefined;
      answers.push(typeof path === 'string' && path !== '' ? path : null);
      return {};
    }
    // A File made by the page has no path on disk; the stand-in for "her file" is written to the
    // harness's folder (test data only), and gets a read handle like a real drop in the app.
    const dropped = isRecord(raw) && typeof raw.name === 'string' && typeof raw.base64 === 'string' ? raw : null;
    const purpose = OpenPurpose.parse(isRecord(raw) ? raw.purpose : undefined);
    if (dropped === null) throw new DossierError('INVALID_INPUT');
    const folder = join(dir, 'dropped', randomBytes(8).toString('hex'));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, basename(String(dropped.name)) || 'file');
    writeFileSync(path, Buffer.from(String(dropped.base64), 'base64'));
    return issuePicked(files, path, purpose);
  }

  async function rpc(method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const given = Buffer.from(String(request.headers['x-dossier-token'] ?? ''));
    const expected = Buffer.from(token);
    const sameOrigin = request.headers.origin === undefined || request.headers.origin === origin;
    if (given.length !== expected.length || !timingSafeEqual(given, expected) || !sameOrigin) return send(response, 403, 'forbidden');
    // A test seam, like the picker's: the browser tests end the service process from outside.
    if (method === 'harness.servicePid') return send(response, 200, JSON.stringify({ ok: true, value: (await service.pid()) ?? null }), { 'content-type': 'application/json' });
    if (!methods.has(method) && !SEAMS.has(method)) return send(response, 404, 'no such method');
    calls.push(method);
    let result: unknown;
    try {
      const raw: unknown = JSON.parse((await readBody(request)) || '{}');
      if (SEAMS.has(method)) {
        result = { ok: true, value: seamCall(method, raw) };
      } else {
        // The page sends handles; outside checks send today's paths. A value of the handle form is
        // swapped (in its direction, as in the app); anything else passes as it is, here only.
        let swapped = false;
        const take: TakePath = (value, kind) => {
          if (!isFileHandle(value)) return value;
          swapped = true;
          return files.resolve(value, kind);
        };
        const input = isRecord(raw) ? toServiceInput(method, raw, take) : raw;
        const value = APP_METHOD_NAMES.includes(method as AppMethodName)
          ? await callAppMethod(appApi, method as AppMethodName, input)
          : await (service as unknown as Record<string, (input: unknown) => Promise<unknown>>)[method]!(input);
        result = { ok: true, value: swapped ? toWindowOutput(method, input, value, readBackFrom(files)) : value };
      }
    } catch (error) {
      result = { ok: false, error: toErrorPayload(error) };
    }
    send(response, 200, JSON.stringify(result), { 'content-type': 'application/json' });
  }

  function serveFile(path: string, response: ServerResponse): void {
    const file = normalize(join(RENDERER_DIR, decodeURIComponent(path)));
    if (!file.startsWith(RENDERER_DIR + sep)) return send(response, 404, 'not found');
    try {
      send(response, 200, readFileSync(file), { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      send(response, 404, 'not found');
    }
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Only our own host name: a DNS-rebinding page on another name gets nothing.
    if (request.headers.host !== new URL(origin).host) return send(response, 421, 'wrong host');
    if (request.method === 'POST' && url.pathname.startsWith('/rpc/')) {
      rpc(decodeURIComponent(url.pathname.slice(5)), request, response).catch(() => send(response, 500, 'error'));
      return;
    }
    if (request.method !== 'GET') return send(response, 405, 'method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(response, 200, indexHtml, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY });
    }
    // The page gets what the app's window gets (shared/windowContract.ts), not everything /rpc answers.
    if (url.pathname === '/harness/bridge.js') return send(response, 200, bridgeScript(WINDOW_METHOD_NAMES), { 'content-type': 'text/javascript' });
    if (url.pathname === '/harness/worker.js') {
      return send(response, 200, WORKER_SCRIPT, { 'content-type': 'text/javascript', 'content-security-policy': "default-src 'none'; connect-src 'self'" });
    }
    if (url.pathname === '/favicon.ico') return send(response, 204, '');
    return serveFile(url.pathname, response);
  });

  // Idle keep-alive sockets are closed by the caller (Node's fetch lets one go after 4 s), never by
  // the server first: at 5 s (Node's default) a machine under load could see the server close a
  // socket just as the test reused it, and a call failed with "other side closed".
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('harness: no port');
  origin = `http://127.0.0.1:${address.port}`;

  return {
    origin,
    url: `${origin}/#token=${token}`,
    dir,
    token,
    methods: [...methods],
    service,
    calls,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await service.close();
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
