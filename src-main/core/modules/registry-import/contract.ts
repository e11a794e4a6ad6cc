import { z } from 'zod';
import { ADMIN, def, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { DISABILITY_CATEGORIES } from '../disability/domain';
import { MAX_REGISTER_BYTES, REGISTER_FIELDS } from './domain';

// Importing a district's legacy register of people (with disability data) from a spreadsheet:
// a dry run that lists every problem by row and column, then an all-or-nothing commit. The
// administrator does it once at set-up (Exchange → Import spreadsheet); both report progress.

const registerFile = z.object({
  fileName: f.shortText(200),
  /** The file's bytes, base64; the web bridge's body limit for these procedures matches. */
  base64: z
    .string()
    .min(1, { error: 'required' })
    .max(Math.ceil(MAX_REGISTER_BYTES / 3) * 4 + 4, { error: 'tooLong' }),
  /** The sheet to read; absent: the first with data. */
  sheet: z.string().max(200).nullable().optional(),
  /** Field → the file's header it is read from (null: not read). Absent: saved or suggested. */
  mapping: z.partialRecord(z.enum(REGISTER_FIELDS), z.string().max(200).nullable()).optional(),
  /** Chosen by the screen, so it can ask how far the work is (registryImport.progress). */
  jobId: uuid.optional(),
});

export const registerProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  field: z.string(),
  message: z.string(),
});

export const registryImportContract = {
  /** The dry run: sheets, the mapping, what would be written and every problem; nothing is written. */
  'registryImport.preview': def({
    kind: 'read',
    access: ADMIN,
    input: registerFile,
    output: z.object({
      sha256: z.string(),
      sheets: z.array(z.string()),
      sheet: z.string(),
      headers: z.array(z.string()),
      mapping: z.record(z.string(), z.string().nullable()),
      /** Where the mapping came from: the one saved for this layout, the headers, or the screen. */
      mappingSource: z.enum(['saved', 'guessed', 'chosen']),
      rows: z.number().int(),
      ready: z.boolean(),
      people: z.number().int(),
      disabilities: z.number().int(),
      problemCount: z.number().int(),
      /** The first 1,000 problems (the count says how many there are). */
      problems: z.array(registerProblem),
      sample: z.array(
        z.object({
          row: z.number().int(),
          iin: z.string().nullable(),
          name: z.string(),
          birthDate: z.string(),
          katoCode: z.string(),
          category: z.enum(DISABILITY_CATEGORIES).nullable(),
          groupNo: z.number().int().nullable(),
        }),
      ),
    }),
  }),
  /** The same checks, then every row in one transaction (or nothing); the mapping is remembered. */
  'registryImport.commit': def({
    kind: 'write',
    access: ADMIN,
    input: registerFile,
    output: z.object({ people: z.number().int(), disabilities: z.number().int(), sha256: z.string() }),
  }),
  /** How far a preview or commit with this job id is (polled by the screen for its progress bar). */
  'registryImport.progress': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({ jobId: uuid }),
    output: z.object({
      phase: z.enum(['reading', 'checking', 'writing', 'done']).nullable(),
      done: z.number().int(),
      total: z.number().int(),
    }),
  }),
} as const;
