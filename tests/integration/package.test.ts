import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as asar from '@electron/asar';
import * as ResEdit from 'resedit';
import { describe, expect, it } from 'vitest';
import { fuseWire, writeElectronStandIn } from '../helpers/electron-standin';
import { ROOT, tempDir } from '../helpers/paths';

// The Windows package as electron-builder lays it out (`--win --dir`, against a stand-in
// Electron: none can be fetched here), read back with @electron/asar: the installed app holds
// what it runs and nothing else, better-sqlite3's Windows prebuild sits outside the archive,
// the migrations ship beside it, and the fuses are flipped in the executable.

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('the Windows package', () => {
  it('holds main, preload, renderer, migrations, fonts and the win32-x64 prebuild, and nothing else', () => {
    expect(existsSync(join(ROOT, 'out', 'main', 'main.js')), 'run the build first').toBe(true);
    const work = tempDir('qamqor-pkg-');
    const electronDist = writeElectronStandIn(join(work, 'electron'));
    const output = join(work, 'dist');
    const r = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'electron-builder'),
      [
        '--win',
        '--x64',
        '--dir',
        `-c.electronDist=${electronDist}`,
        '-c.win.signAndEditExecutable=false',
        `-c.directories.output=${output}`,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const app = join(output, 'win-unpacked');
    const archive = join(app, 'resources', 'app.asar');
    const entries = asar.listPackage(archive, { isPack: false }).map((e) => e.replace(/\\/g, '/'));

    // What the installed app runs.
    for (const needed of [
      '/package.json',
      '/out/main/main.js',
      '/out/main/cli.js',
      '/out/preload/preload.js',
      '/out/renderer/index.html',
      '/node_modules/pdfkit/package.json',
      '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
      '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
    ]) {
      expect(entries, needed).toContain(needed);
    }
    expect(entries.filter((e) => /^\/out\/renderer\/assets\/.+\.js$/.test(e)).length).toBeGreaterThan(10);
    // Nothing it does not: sources, tests, benchmarks, maps, secrets, the bundled libraries.
    const unwanted = entries.filter(
      (e) =>
        /^\/(src-main|src-renderer|tests|bench|scripts|drizzle|\.tools)\//.test(e) ||
        /\.map$|\/\.env/.test(e) ||
        /^\/node_modules\/(drizzle-orm|zod|uuid|exceljs|es-abstract|electron|react|@mantine)\//.test(e),
    );
    expect(unwanted).toEqual([]);
    // One native module, unpacked, for Windows x64 only.
    const unpacked = walk(join(app, 'resources', 'app.asar.unpacked')).map((p) => p.slice(app.length));
    expect(unpacked.filter((p) => p.endsWith('.node'))).toEqual([
      '/resources/app.asar.unpacked/node_modules/better-sqlite3/prebuilds/win32-x64.node',
    ]);
    expect(unpacked.some((p) => p.includes('/better-sqlite3/deps/'))).toBe(false);
    // Migrations beside the archive, every one the journal names.
    const journal = JSON.parse(
      readFileSync(join(app, 'resources', 'drizzle', 'meta', '_journal.json'), 'utf8'),
    );
    for (const e of journal.entries as { tag: string }[]) {
      expect(existsSync(join(app, 'resources', 'drizzle', `${e.tag}.sql`)), e.tag).toBe(true);
    }
    // Fuses: no run-as-node, no NODE_OPTIONS, no --inspect; asar integrity and only-from-asar on.
    const exe = readFileSync(join(app, 'Qamqor.exe'));
    const wire = fuseWire(exe);
    expect(wire[0]).toBe('0'); // runAsNode
    expect(wire[2]).toBe('0'); // NODE_OPTIONS
    expect(wire[3]).toBe('0'); // --inspect
    expect(wire[4]).toBe('1'); // embedded asar integrity validation
    expect(wire[5]).toBe('1'); // only load the app from app.asar
    // …and the integrity of app.asar is recorded in the executable.
    const resources = ResEdit.NtExecutableResource.from(ResEdit.NtExecutable.from(exe));
    const integrity = resources.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
    expect(integrity).toBeDefined();
    expect(Buffer.from(integrity!.bin).toString('utf8')).toContain('resources\\\\app.asar');
    // Sizes, for the note (not asserted beyond a regression guard on the file count).
    console.log(
      JSON.stringify({
        bench: 'package_app_asar',
        bytes: statSync(archive).size,
        entries: entries.length,
      }),
    );
    expect(entries.length).toBeLessThan(3000);
  }, 180_000);
});
