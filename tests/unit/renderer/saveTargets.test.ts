// Every file the UI writes on a submit (the dossier, the hand-over copy, the statement, the backup,
// the restored vault) has its place chosen through useSaveTarget and SaveTargetChooser, so a
// missing place is said on the chooser and focused the same way everywhere, and the purpose and
// suggested name are said once. A screen that hands FileChooser a `save` purpose itself has its own
// copy of that check. The new vault's place (CreateVaultScreen) is chosen before anything is
// written and checked with the rest of that form: it is the one exception.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const EXCEPTIONS = ['renderer/components/SaveTargetChooser.tsx', 'renderer/screens/CreateVaultScreen.tsx'];

function tsxUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? tsxUnder(`${dir}/${item.name}`) : item.name.endsWith('.tsx') ? [`${dir}/${item.name}`] : []));
}

describe('save targets', () => {
  it('no screen hands FileChooser a save purpose of its own: they use SaveTargetChooser', () => {
    const own = tsxUnder('renderer')
      .filter((file) => !EXCEPTIONS.includes(file))
      .filter((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/<FileChooser\b[^>]*?\bsave=/gs)].length > 0);
    expect(own).toEqual([]);
  });

  it('the screens that write a file use it', () => {
    for (const file of ['renderer/screens/ExportScreen.tsx', 'renderer/screens/HandoverScreen.tsx', 'renderer/screens/StatementScreen.tsx', 'renderer/components/BackupRestore.tsx']) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(/<SaveTargetChooser\b/);
    }
  });
});
