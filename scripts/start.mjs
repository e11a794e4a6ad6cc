// `npm start`: build, then start the desktop app; where the Electron binary is missing (these
// build machines, CI) say so in one line and serve the same app to a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

const build = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  shell: process.platform === 'win32',
});
if (build.status !== 0) {
  console.error('qamqor: build failed');
  process.exit(1);
}

const { electronBinaryPath } = require('./electron-path.cjs');
const electronBinary = electronBinaryPath(root);

if (!electronBinary)
  console.log('qamqor: the Electron binary is not installed here; starting browser mode instead');
const child = electronBinary
  ? spawn(electronBinary, [root, ...passThrough], { cwd: root, stdio: 'inherit' })
  : spawn(process.execPath, [join(root, 'bin', 'qamqor.cjs'), 'web', ...passThrough], {
      cwd: root,
      stdio: 'inherit',
    });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
