// What the product code may import. The main process loads its packages from node_modules at run
// time (electron-vite leaves them outside the bundle), and the packed app holds only
// `dependencies`: a main-process import of a devDependency works in tests and fails in her copy.
// The renderer is bundled by Vite, so it may use either. luxon is only a test's second opinion on
// zoned time (shared/zonedTime.ts is the one zoned-time module), so no product code imports it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourcesUnder(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The packages a file loads at run time: `import … from`, `export … from`, `import()`, `require()`;
 *  `import type` is erased and loads nothing. */
function packagesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s;}])(import|export)(\s+type)?\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (match[2] !== undefined) continue;
    const specifier = match[3] ?? match[4]!;
    if (specifier.startsWith('.') || specifier.startsWith('/')) continue;
    found.push(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
  }
  return found;
}

const packagesLoadedBy = (file: string) => packagesIn(readFileSync(file, 'utf8'));

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name) || name === 'electron';

describe('product dependencies', () => {
  it('luxon is a devDependency at its pinned version, and main/, shared/ and renderer/ never import it', () => {
    expect(pkg.dependencies.luxon).toBeUndefined();
    expect(pkg.devDependencies.luxon).toMatch(/^\d+\.\d+\.\d+$/);
    const importers = ['main', 'shared', 'renderer'].flatMap((dir) => sourcesUnder(join(ROOT, dir))).filter((file) => packagesLoadedBy(file).includes('luxon'));
    expect(importers.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });

  it('main/ and shared/ load only Node, Electron and packages the packed app holds', () => {
    // The one exception, named: the layout thread started from the TypeScript sources (tests,
    // bench) loads its worker through tsx; the built app starts the built worker (plain JS), and
    // layoutThread.ts takes that path whenever it is not itself a .ts file.
    const devOnly = ['main/dossier/layoutThread.ts: tsx'];
    const missing = ['main', 'shared']
      .flatMap((dir) => sourcesUnder(join(ROOT, dir)))
      .flatMap((file) => packagesLoadedBy(file).filter((name) => !isBuiltin(name) && pkg.dependencies[name] === undefined).map((name) => `${file.slice(ROOT.length + 1)}: ${name}`));
    expect(missing).toEqual(devOnly);
  });

  it('renderer/ loads only packages listed in package.json (Vite bundles them)', () => {
    const missing = sourcesUnder(join(ROOT, 'renderer')).flatMap((file) =>
      packagesLoadedBy(file).filter((name) => pkg.dependencies[name] === undefined && pkg.devDependencies[name] === undefined).map((name) => `${file.slice(ROOT.length + 1)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('reads the import forms the product code uses, and skips what loads nothing', () => {
    const text = [
      "import { DateTime } from 'luxon';",
      "import type { Foo } from 'type-only';",
      "import {\n  a,\n  b,\n} from '@scope/pkg/sub';",
      "export { x } from 'reexported';",
      "const m = await import('lazy/deep/path');",
      "const r = require('required');",
      "import './side-effect-local';",
      "import { y } from '../relative';",
    ].join('\n');
    expect(packagesIn(text)).toEqual(['luxon', '@scope/pkg', 'reexported', 'lazy', 'required']);
  });
});
