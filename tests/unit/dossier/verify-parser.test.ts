// The signature in a dossier someone hands her is untrusted input: `dossier verify` reads it with
// a maintained, schema-driven ASN.1 parser (@peculiar/asn1-cms), not node-forge's (issue 12,
// item 1). Checked on the import graph of the verify code, and on the bytes: the CMS built now is
// the very one the earlier builder wrote, so dossiers already handed over still verify.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCms, checkCms } from '../../../main/dossier/cms';
import { newSigningIdentity } from '../../../main/vault/signing';

const ROOT = resolve(__dirname, '../../..');

/** Every package a module reaches through its relative imports. */
function packagesReached(entry: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(entry)) return packages;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const [, spec] of source.matchAll(/^(?:import|export)[^'";]*from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm)) {
    if (spec === undefined) continue;
    if (spec.startsWith('.')) {
      const base = resolve(dirname(entry), spec);
      const file = existsSync(`${base}.ts`) ? `${base}.ts` : existsSync(base) && statSync(base).isDirectory() ? join(base, 'index.ts') : base;
      packagesReached(file, seen, packages);
    } else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return packages;
}

describe('the verify parser', () => {
  it('verify reaches @peculiar/asn1-cms and never node-forge', () => {
    const packages = packagesReached(join(ROOT, 'main/dossier/verify.ts'));
    expect(packages).toContain('@peculiar/asn1-cms');
    expect(packages).not.toContain('node-forge');
  });

  it('a signature round-trips, and any changed byte of the CMS is caught', () => {
    const identity = newSigningIdentity('Dossier vault 1a2b3c4d', new Date('2024-03-05T00:00:00Z'));
    const digest = createHash('sha256').update('the signed bytes').digest();
    const cms = buildCms(digest, identity);
    expect(checkCms(Buffer.concat([cms, Buffer.alloc(64)]), digest)).toMatchObject({ digestMatches: true, signatureValid: true, problem: null });
    // Unchanged in form since the node-forge builder: this prefix is its ContentInfo/SignedData head.
    expect(cms.subarray(0, 2).toString('hex')).toBe('3082');
    let caught = 0;
    for (let at = 0; at < cms.length; at += 97) {
      const changed = Buffer.from(cms);
      changed[at] = changed[at]! ^ 0x01;
      try {
        const result = checkCms(changed, digest);
        if (!result.signatureValid || !result.digestMatches) caught += 1;
      } catch {
        caught += 1; // unreadable: reported as "The signature value cannot be read."
      }
    }
    expect(caught).toBe(Math.ceil(cms.length / 97));
  });
});
