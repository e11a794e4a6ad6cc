import { defineConfig } from 'drizzle-kit';

// QAMQOR_MIGRATIONS_OUT lets scripts/check-migrations.mjs generate into a scratch copy
// to prove the committed migrations match the schema without touching drizzle/.
export default defineConfig({
  dialect: 'sqlite',
  // Infrastructure tables (settings, sequences, audit log) and every module's own schema file.
  schema: ['./src-main/core/db/schema/*.ts', './src-main/core/modules/*/schema.ts'],
  out: process.env.QAMQOR_MIGRATIONS_OUT ?? './drizzle',
});
