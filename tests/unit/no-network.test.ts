// No network traffic of any kind: the built bundles may contain URLs only as inert strings
// (XML namespaces, schema ids, error-doc links, our own block list), and our own code never calls
// an API that could reach the network. `npm test` builds before this runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** URLs that appear in bundled libraries or our security code but are never fetched. */
const INERT = [
  /^http:\/\/www\.w3\.org\//, // XML / SVG / XHTML namespace names
  /^https?:\/\/json-schema\.org\//, // zod's JSON-schema ids
  /^https:\/\/github\.com\/paralleldrive\/cuid/, // a comment-like string inside zod
  /^https:\/\/exa(mple\.com)?/, // zod's example text
  /^https:\/\/react\.dev\/errors\//, // React builds error-message links; never requested
  /^(https?|wss?|ftp):\/\/\*/, // our own block list (main/electron/security.ts)
  /^http:\/\/127\.0\.0\.1:9\//, // spellchecker dictionary URL pointed at the loopback discard port
  /^http:\/\/\[/, // zod checks IPv6 literals with new URL("http://[…]"): parsing, not a request
];

describe('no network', () => {
  it('the built bundles hold no fetchable URL', () => {
    const out = join(ROOT, 'out');
    expect(existsSync(out), 'run `npm run build` first (npm test does)').toBe(true);
    const bundles = filesUnder(out, /\.(js|cjs|mjs|html)$/);
    expect(bundles.length).toBeGreaterThan(3);
    const found = new Set<string>();
    for (const file of bundles) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+/g)) found.add(match[0]);
    }
    expect([...found].filter((url) => !INERT.some((pattern) => pattern.test(url)))).toEqual([]);
  });

  it('our code calls no network API', () => {
    const sources = ['main', 'renderer', 'shared'].flatMap((dir) => filesUnder(join(ROOT, dir), /\.(ts|tsx)$/));
    const forbidden = /\bfetch\s*\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon|from ['"]node:(https?|net|tls|dns|dgram|http2)['"]|require\(['"](https?|net|tls|dns)['"]\)|shell\.openExternal\s*\(/;
    const offenders = sources.filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
