import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const MIGRATIONS = join(ROOT, 'drizzle');
export const CLI = join(ROOT, 'bin', 'qamqor.cjs');

export function tempDir(prefix = 'qamqor-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
