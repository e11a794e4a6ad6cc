// Where the Electron binary is, or null — without require('electron'), which tries to download
// the binary when it is missing (and there is no internet on the build machines).
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

function electronBinaryPath(root = join(__dirname, '..')) {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const exe = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (override) {
    const p = join(override, exe || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return existsSync(p) ? p : null;
  }
  if (!exe) return null;
  const full = join(pkg, 'dist', exe);
  return existsSync(full) ? full : null;
}

module.exports = { electronBinaryPath };
