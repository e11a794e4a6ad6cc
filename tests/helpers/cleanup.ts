import { afterAll } from 'vitest';
import { removeTempDirs } from './paths';

// Set up for every test file (vitest.config.mts): the temp folders it made go once it is done.
// KEEP_TMP=1 keeps them, to open a failed test's database with the sqlite3 CLI.
afterAll(() => {
  if (!process.env.KEEP_TMP) removeTempDirs();
});
