// electron-builder afterPack hook: flip Electron fuses in the packaged binary, before signing.
// Fuses are compile-time switches baked into the Electron executable; see
// https://www.electronjs.org/docs/latest/tutorial/fuses and Electron's security checklist.
//
// If the packaged "electron" is not a real Electron binary (the CI packaging smoke test uses a stub
// executable through -c.electronDist), there is no fuse wire to flip: say so and carry on. A real
// binary whose fuses cannot be flipped fails the build, because shipping unflipped fuses is unsafe.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** The marker that precedes the fuse wire in every Electron binary since v12 (@electron/fuses). */
const FUSE_SENTINEL = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'ascii');

/** electron-builder's Arch enum value for arm64 (builder-util: ia32 0, x64 1, armv7l 2, arm64 3). */
const ARCH_ARM64 = 3;

const FUSES = Object.freeze({
  // `ELECTRON_RUN_AS_NODE=1 Dossier …` would turn the app into a plain Node runtime.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would let anyone attach a debugger and read the unlocked vault from memory.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Refuse an app.asar whose header hash does not match the one embedded at build time (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Load the app only from app.asar, never from a dropped-in resources/app folder.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Encrypt the cookie store with an OS-protected key (Dossier stores no cookies; defence in depth).
  [FuseV1Options.EnableCookieEncryption]: true,
});

/** Same naming rule as electron-builder's own PlatformPackager.addElectronFuses. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

/** The file that actually holds the fuse wire (inside the framework on macOS). */
function fuseFilePath(binaryPath) {
  if (binaryPath.endsWith('.app')) {
    return path.join(binaryPath, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework');
  }
  return binaryPath;
}

function hasFuseWire(file) {
  return fs.readFileSync(file).includes(FUSE_SENTINEL);
}

async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const fuseFile = fuseFilePath(binary);
  if (!fs.existsSync(fuseFile)) {
    throw new Error(`afterPack: packaged Electron binary not found at ${fuseFile}`);
  }
  if (!hasFuseWire(fuseFile)) {
    console.log(`afterPack: ${path.basename(binary)} is not a real Electron binary (no fuse wire); fuses not flipped.`);
    return;
  }
  await flipFuses(binary, {
    version: FuseVersion.V1,
    // Changing bytes breaks the ad-hoc signature that arm64 macOS requires to run at all.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARCH_ARM64,
    ...FUSES,
  });
  console.log(`afterPack: fuses flipped in ${path.basename(binary)}.`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.FUSE_SENTINEL = FUSE_SENTINEL;
module.exports.electronBinaryPath = electronBinaryPath;
