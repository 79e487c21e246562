// The two small scripts the harness serves to the page. bridge.js installs window.dossier with the
// preload's shape (one async function per method; failures reject with an Error carrying `code` and
// `details`, its message starting with the code like the preload's). worker.js does the HTTP.

/** The token travels in the page URL's fragment (#token=…), which the browser never sends to a
 *  server nor puts in a Referer; the worker adds it to every request as a header. */
export function bridgeScript(methods: readonly string[]): string {
  return `'use strict';
(() => {
  const METHODS = ${JSON.stringify(methods)};
  const token = new URLSearchParams(location.hash.slice(1)).get('token') || '';
  const worker = new Worker('/harness/worker.js');
  const pending = new Map();
  let next = 0;
  worker.onmessage = (event) => {
    const { id, result } = event.data;
    const waiting = pending.get(id);
    pending.delete(id);
    if (!waiting) return;
    if (result && result.ok === true) return waiting.resolve(result.value);
    const payload = (result && result.error) || { code: 'INTERNAL', details: {} };
    const error = new Error(payload.code + ': (harness)');
    error.name = 'DossierError';
    error.code = payload.code;
    error.details = payload.details || {};
    waiting.reject(error);
  };
  const call = (method, input) => new Promise((resolve, reject) => {
    next += 1;
    pending.set(next, { resolve, reject });
    worker.postMessage({ id: next, method, input: input === undefined ? {} : input, token });
  });
  const api = {};
  for (const method of METHODS) api[method] = (input) => call(method, input);
  // The preload reads a dropped file's path; a page-made File has none, so the harness is sent its
  // bytes and keeps them as the file she dropped (tests only).
  api['app.dropFile'] = async (file, purpose) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return call('harness.dropFile', { name: file.name, base64: btoa(binary), purpose });
  };
  Object.defineProperty(window, 'dossier', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}

export const WORKER_SCRIPT = `'use strict';
onmessage = async (event) => {
  const { id, method, input, token } = event.data;
  try {
    const response = await fetch('/rpc/' + encodeURIComponent(method), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dossier-token': token },
      body: JSON.stringify(input),
    });
    postMessage({ id, result: response.ok ? await response.json() : { ok: false, error: { code: 'INTERNAL', details: {} } } });
  } catch {
    postMessage({ id, result: { ok: false, error: { code: 'INTERNAL', details: {} } } });
  }
};
`;
