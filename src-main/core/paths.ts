import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Where an install keeps its data when no --db is given. It matches Electron's userData for the
// product name "Qamqor", so the CLI and the desktop app on one workstation share one database.
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.QAMQOR_DATA_DIR) return env.QAMQOR_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Qamqor');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Qamqor');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Qamqor');
}

export const DB_FILE_NAME = 'qamqor.sqlite';

/** Backups sit beside the database unless an administrator points them elsewhere. */
export const backupDirFor = (dbPath: string): string => join(dbPath, '..', 'backups');

/**
 * The drizzle/ folder: shipped via electron-builder extraResources in the installed app, at the
 * repository root in a checkout (both the built out/main and the src-main sources sit two levels
 * below it). In Electron (`resourcesPath` set) the folder beside the app is the only one.
 */
export function resolveMigrationsFolder(
  baseDir: string,
  env: NodeJS.ProcessEnv = process.env,
  resources: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): string {
  const candidates = [
    // Only outside Electron (a checkout's CLI and tests): no environment variable may point the
    // desktop app at other migrations, which are SQL it would run against the register.
    resources ? undefined : env.QAMQOR_MIGRATIONS,
    resources ? join(resources, 'drizzle') : undefined,
    join(baseDir, '..', '..', 'drizzle'),
  ].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(join(c, 'meta', '_journal.json')));
  if (!found) throw new Error(`migrations folder not found (looked in: ${candidates.join(', ')})`);
  return found;
}
