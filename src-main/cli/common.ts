import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { type Actor, type Core, startCore } from '../core/app';
import { resolveMigrationsFolder } from '../core/paths';

// What every `qamqor` command shares: its options, the usage error, the database argument, the
// CLI's administrator and a core of the command's own.

export class UsageError extends Error {}

export const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  applicants: { type: 'string' },
  specialists: { type: 'string' },
  caregivers: { type: 'string' },
  providers: { type: 'string' },
  'in-service': { type: 'string' },
  complaints: { type: 'string' },
  seed: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  key: { type: 'string' },
  full: { type: 'boolean' },
  apply: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const migrationsFolder = () => resolveMigrationsFolder(__dirname);

export function requireDb(values: Values): string {
  if (!values.db) throw new UsageError('--db FILE is required');
  return resolve(values.db);
}

export function existingDb(values: Values): string {
  const path = requireDb(values);
  if (!existsSync(path)) throw new Error(`database file not found: ${path}`);
  return path;
}

export function intOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number ${min}–${max}`);
  return n;
}

export function cliActor(): Actor {
  const name = (() => {
    try {
      return userInfo().username;
    } catch {
      return 'unknown';
    }
  })();
  return {
    userId: `cli:${name}`,
    login: `cli:${name}`,
    fullName: `CLI (${name})`,
    roles: ['admin'],
    locale: 'ru',
  };
}

/** A CLI command's own core: no automatic backups, closed when the command ends. */
export async function withCore<T>(
  dbPath: string,
  run: (core: Core) => Promise<T>,
  opts: { lock?: boolean } = {},
): Promise<T> {
  const core = await startCore({
    dbPath,
    door: 'cli',
    migrationsFolder: migrationsFolder(),
    ...(opts.lock === false ? { lock: false } : {}),
  });
  try {
    return await run(core);
  } finally {
    await core.shutdown();
  }
}

/** Runs one procedure as the CLI's administrator; a refusal becomes the command's error. */
export async function callAsCli<T>(core: Core, name: string, input: unknown, lang: string): Promise<T> {
  const result = await core.router.callAs(cliActor(), name, input, lang);
  if (!result.ok) {
    const fields = Object.values(result.error.fields ?? {});
    throw new Error([result.error.message, ...fields].join(' '));
  }
  return result.data as T;
}
