// Nothing the user records may reach the disk in plaintext: not the vault, not a journal, not a
// temp file. Marker strings go into every kind of field, in a child process whose temp folder
// (TMPDIR) is one this test owns; afterwards no file in the vault's folder or that temp folder may
// contain them. Scanning only folders the test owns keeps its time independent of the machine.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, tempFolder } from './helpers';
import { scanForMarkers } from './plaintextScan';

const ROOT = resolve(__dirname, '../..');

describe('no plaintext on disk', () => {
  const dir = tempFolder('dossier-plaintext-');

  it('leaves no marker from titles, texts, people, attachments or messages in any file', () => {
    const tag = randomBytes(6).toString('hex');
    const markers = {
      title: `TitleMarker${tag}`,
      text: `ТекстМаркер${tag}`,
      place: `PlaceMarker${tag}`,
      person: `ИмяМаркер${tag}`,
      contact: `ContactMarker${tag}`,
      attachment: `FileMarker${tag}`,
      fileName: `NameMarker${tag}`,
      message: `СообщениеМаркер${tag}`,
      sender: `SenderMarker${tag}`,
    };
    const vaultDir = join(dir, 'vault');
    const temp = join(dir, 'tmp');
    mkdirSync(vaultDir);
    mkdirSync(temp);
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'plaintextChild.ts'), join(vaultDir, 'scan.dossier'), JSON.stringify(markers)], {
      cwd: ROOT,
      env: { ...process.env, DOSSIER_PASSPHRASE: PASSPHRASE, TMPDIR: temp },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const report = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { tmpdir?: string; found?: number; title?: string };
    // The child did the work, under the temp folder we gave it.
    expect(report).toEqual({ tmpdir: temp, found: 1, title: `${markers.title} edited` });

    // The scanner must be able to fail: a control file with a marker is found.
    const control = join(temp, 'control.txt');
    writeFileSync(control, Buffer.from(markers.text, 'utf16le'));
    const controlScan = scanForMarkers([temp], Object.values(markers));
    expect(controlScan.findings).toEqual([{ file: control, marker: markers.text, encoding: 'utf16le' }]);

    const { findings, filesScanned } = scanForMarkers([vaultDir, temp], Object.values(markers));
    expect(filesScanned).toBeGreaterThan(1);
    expect(findings.filter((f) => f.file !== control)).toEqual([]);
  });
});
