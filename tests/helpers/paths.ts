import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const MIGRATIONS = join(ROOT, 'drizzle');
export const CLI = join(ROOT, 'bin', 'qamqor.cjs');

const made: string[] = [];

/** A fresh folder under the OS temp dir, removed after the test file (tests/helpers/cleanup.ts). */
export function tempDir(prefix = 'qamqor-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders this test file made (a developer's /tmp grew by gigabytes without it). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
