import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMigrationsFolder } from '../../src-main/core/paths';
import { MIGRATIONS, ROOT, tempDir } from '../helpers/paths';

// What the Windows package is allowed to do, as configured (the package itself cannot be built
// on this machine: no Windows Electron binary can be fetched here).
describe('packaging', () => {
  it('flips the Electron fuses that close the binary to other code', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    const fuse = (name: string) => new RegExp(`^\\s+${name}:\\s*(true|false)\\s*$`, 'm').exec(yml)?.[1];
    expect(fuse('runAsNode')).toBe('false');
    expect(fuse('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(fuse('enableNodeCliInspectArguments')).toBe('false');
    expect(fuse('enableEmbeddedAsarIntegrityValidation')).toBe('true');
    expect(fuse('onlyLoadAppFromAsar')).toBe('true');
  });

  it('the desktop app takes its migrations only from beside itself, whatever the environment says', () => {
    const resources = tempDir();
    const shipped = join(resources, 'drizzle');
    cpSync(MIGRATIONS, shipped, { recursive: true });
    const elsewhere = join(tempDir(), 'evil');
    mkdirSync(join(elsewhere, 'meta'), { recursive: true });
    cpSync(join(MIGRATIONS, 'meta', '_journal.json'), join(elsewhere, 'meta', '_journal.json'));
    // In Electron (resourcesPath set) the environment variable is ignored…
    expect(
      resolveMigrationsFolder(join(ROOT, 'out', 'main'), { QAMQOR_MIGRATIONS: elsewhere }, resources),
    ).toBe(shipped);
    // …in a checkout's CLI it still works for tests and tools.
    expect(
      resolveMigrationsFolder(join(ROOT, 'out', 'main'), { QAMQOR_MIGRATIONS: elsewhere }, undefined),
    ).toBe(elsewhere);
  });
});
