import type { Output, ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { fieldLabel, fieldMessage, issuesToFieldKeys } from '../../api/messages';
import { LOCALES } from '../../api/roles';
import { localToday } from '../../clock';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { readTable, type Table } from '../../shared/spreadsheet/table';
import { codeMatcher, parseDayCell, parseYesNo, suggestMapping } from '../../shared/spreadsheet/values';
import { createdChanges, newEntityStamps } from '../../shared/stamps';
import { certificateRow } from './certification';
import { certificateInput, specialistInput } from './contract';
import {
  CERT_FIELDS,
  IMPORT_FIELDS,
  type ImportField,
  REQUIRED_IMPORT_FIELDS,
  SPECIALIST_POSITIONS,
} from './domain';
import { specialistCertificates, specialists } from './schema';
import { specialistValues } from './service';

// Importing the register a district keeps in Excel today. One pass reads the file, maps its
// columns to our fields (suggested from the headers, corrected by the user), and checks every
// row exactly as the forms would, plus duplicates inside the file and against the register.
// The dry run shows every problem by row and column; the commit re-checks and writes all rows
// in one transaction, or nothing.

/** Headers offices use for each field, besides its label in kk, ru and en. */
const ALIASES: Record<ImportField, readonly string[]> = {
  iin: ['ИИН', 'ЖСН', 'IIN'],
  lastName: ['Фамилия', 'Тегі', 'Surname', 'Last name'],
  firstName: ['Имя', 'Аты', 'Name', 'First name'],
  patronymic: ['Отчество', 'Әкесінің аты', 'Patronymic'],
  position: ['Должность', 'Лауазымы', 'Position'],
  phone: ['Телефон', 'Phone'],
  employedFrom: ['Дата приёма', 'Дата приема', 'Принят', 'Жұмысқа қабылданған күні'],
  employerBin: ['БИН работодателя', 'БИН', 'Жұмыс берушінің БСН', 'БСН', 'Employer BIN'],
  publishConsent: ['Согласие на публикацию', 'Жариялауға келісім', 'Consent'],
  certNumber: ['Номер сертификата', 'Сертификат нөмірі', 'Сертификат №', 'Certificate number'],
  certIssuer: ['Кем выдан', 'Орган', 'Берген орган', 'Issuer'],
  certIssuedOn: ['Дата выдачи', 'Берілген күні', 'Issued'],
  certValidUntil: ['Действителен до', 'Срок действия', 'Жарамдылық мерзімі', 'Valid until'],
};

function names(field: ImportField): string[] {
  return [...ALIASES[field], ...LOCALES.map((l) => fieldLabel(field, l))];
}

export interface Problem {
  row: number;
  /** The file's header for the field (or the field's label when it is not mapped). */
  column: string;
  field: ImportField;
  message: string;
}

interface Candidate {
  row: number;
  specialist: ParsedInput<'specialists.save'>;
  certificate: Omit<ParsedInput<'specialists.addCertificate'>, 'specialistId'> | null;
  employerBin: string | null;
}

export interface Checked {
  headers: string[];
  mapping: Record<ImportField, string | null>;
  rows: number;
  candidates: Candidate[];
  problems: Problem[];
}

/** Checks every row of the table under the mapping; nothing is written. */
export function checkTable(
  ctx: ServiceContext,
  table: Table,
  asked: Partial<Record<ImportField, string | null>> | undefined,
): Checked {
  const locale = ctx.locale;
  const suggested = suggestMapping(
    table.headers,
    Object.fromEntries(IMPORT_FIELDS.map((f) => [f, names(f)])) as Record<ImportField, string[]>,
  );
  // The user's choice wins; a header the file does not have is dropped (the mapping is stale).
  const mapping = { ...suggested };
  if (asked)
    for (const f of IMPORT_FIELDS)
      if (f in asked)
        mapping[f] = asked[f] && table.headers.includes(asked[f] as string) ? (asked[f] as string) : null;
  const column = (f: ImportField) => mapping[f] ?? fieldLabel(f, locale);
  const problems: Problem[] = [];
  const report = (row: number, field: ImportField, issue: string) =>
    problems.push({ row, column: column(field), field, message: fieldMessage(field, issue, locale) });
  for (const f of REQUIRED_IMPORT_FIELDS)
    if (!mapping[f])
      problems.push({
        row: 1,
        column: column(f),
        field: f,
        message: fieldMessage(f, 'columnMissing', locale),
      });
  if (problems.length > 0)
    return { headers: table.headers, mapping, rows: table.rows.length, candidates: [], problems };

  const index = new Map(table.headers.map((h, i) => [h, i]));
  const year = Number(localToday(ctx.clock).slice(0, 4));
  const providers = new Map(
    (
      ctx.sqlite.prepare('SELECT id, bin FROM providers WHERE bin IS NOT NULL').all() as {
        id: string;
        bin: string;
      }[]
    ).map((p) => [p.bin, p.id]),
  );
  const registered = new Set(ctx.sqlite.prepare('SELECT iin FROM specialists').pluck().all() as string[]);
  const firstRowOf = new Map<string, number>();
  const positionOf = codeMatcher(SPECIALIST_POSITIONS, (c) =>
    LOCALES.map((l) => enumLabel(l, 'specialistPosition', c)),
  );
  const candidates: Candidate[] = [];
  for (const { row, cells } of table.rows) {
    const cell = (f: ImportField) => {
      const h = mapping[f];
      return h === null ? '' : (cells[index.get(h) ?? -1] ?? '');
    };
    const before = problems.length;
    const day = (f: ImportField) => {
      const v = parseDayCell(cell(f), year);
      if (v === undefined) report(row, f, 'dateFormat');
      return v ?? null;
    };
    const positionText = cell('position');
    const position = positionOf(positionText);
    if (positionText && !position) report(row, 'position', 'unknownPosition');
    const consent = parseYesNo(cell('publishConsent'));
    if (consent === undefined) report(row, 'publishConsent', 'yesNo');
    const bin = cell('employerBin').replace(/\s/g, '');
    let providerId: string | null = null;
    if (bin) {
      providerId = providers.get(bin) ?? null;
      if (!providerId) report(row, 'employerBin', 'unknownProvider');
    }
    const employedFrom = day('employedFrom');
    const raw = {
      iin: cell('iin').replace(/\s/g, ''),
      lastName: cell('lastName'),
      firstName: cell('firstName'),
      patronymic: cell('patronymic') || null,
      position: position ?? (positionText ? 'other' : undefined),
      providerId,
      phone: cell('phone') || null,
      active: true,
      employedFrom,
      publishConsent: consent ?? false,
    };
    const parsed = specialistInput.safeParse(raw);
    if (!parsed.success) {
      for (const [path, issue] of Object.entries(issuesToFieldKeys(parsed.error.issues))) {
        const field = (IMPORT_FIELDS as readonly string[]).includes(path) ? (path as ImportField) : null;
        // A problem already named by the cell's own check (an unknown position) is not repeated.
        if (field && !problems.slice(before).some((p) => p.field === field)) report(row, field, issue);
      }
    }
    if (raw.iin) {
      const first = firstRowOf.get(raw.iin);
      if (first !== undefined) report(row, 'iin', `duplicateInFile:${first}`);
      else firstRowOf.set(raw.iin, row);
      if (registered.has(raw.iin)) report(row, 'iin', 'specialistIinTaken');
    }
    // A certificate is all four cells or none.
    let certificate: Candidate['certificate'] = null;
    if (CERT_FIELDS.some((f) => cell(f))) {
      const cert = {
        number: cell('certNumber'),
        issuer: cell('certIssuer'),
        issuedOn: day('certIssuedOn'),
        validUntil: day('certValidUntil'),
        scope: null,
      };
      const c = certificateInput.safeParse({ ...cert, specialistId: '00000000-0000-4000-8000-000000000000' });
      if (!c.success) {
        const map: Record<string, ImportField> = {
          number: 'certNumber',
          issuer: 'certIssuer',
          issuedOn: 'certIssuedOn',
          validUntil: 'certValidUntil',
        };
        for (const [path, issue] of Object.entries(issuesToFieldKeys(c.error.issues))) {
          const field = map[path];
          if (field && !problems.slice(before).some((p) => p.field === field)) report(row, field, issue);
        }
      } else if (cert.issuedOn && cert.issuedOn > localToday(ctx.clock))
        report(row, 'certIssuedOn', 'dateFuture');
      else certificate = { ...c.data, scope: null };
    }
    if (problems.length === before && parsed.success)
      candidates.push({ row, specialist: parsed.data, certificate, employerBin: bin || null });
  }
  return { headers: table.headers, mapping, rows: table.rows.length, candidates, problems };
}

/** The file read outside the transaction (the router's preparer). */
export function readImportFile(
  _ctx: ServiceContext,
  input: ParsedInput<'specialists.importPreview'>,
): Promise<Table> {
  return readTable(input.fileName, input.base64);
}

const SAMPLE_ROWS = 5;
/** Rows per INSERT: well under SQLite's limit of 32,766 bound values for these tables. */
const BATCH = 200;
const MAX_PROBLEMS = 1000;

/** The dry run: what the file holds, how its columns map, and every problem by row and column. */
export function previewImport(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.importPreview'>,
  table: Table,
): Output<'specialists.importPreview'> {
  const checked = checkTable(ctx, table, input.mapping);
  return {
    headers: checked.headers,
    mapping: checked.mapping,
    rows: checked.rows,
    ready: checked.problems.length === 0 && checked.candidates.length > 0,
    specialists: checked.candidates.length,
    certificates: checked.candidates.filter((c) => c.certificate).length,
    problemCount: checked.problems.length,
    problems: checked.problems.slice(0, MAX_PROBLEMS),
    sample: checked.candidates.slice(0, SAMPLE_ROWS).map((c) => ({
      row: c.row,
      iin: c.specialist.iin,
      name: [c.specialist.lastName, c.specialist.firstName, c.specialist.patronymic]
        .filter(Boolean)
        .join(' '),
      position: c.specialist.position,
      certValidUntil: c.certificate?.validUntil ?? null,
    })),
  };
}

/** The commit: the same checks, then every row in this one transaction, or nothing at all. */
export function commitImport(
  ctx: ServiceContext,
  input: ParsedInput<'specialists.import'>,
  table: Table,
): Output<'specialists.import'> {
  const checked = checkTable(ctx, table, input.mapping);
  if (checked.problems.length > 0 || checked.candidates.length === 0)
    throw new AppError('IMPORT_INVALID', { params: { count: Math.max(1, checked.problems.length) } });
  // The rows are built exactly as the forms build them and written in batches (a few hundred
  // rows a statement), with one audit entry each; a certificate's end is the new specialist's
  // derived end, as refreshSpecialistFacts would compute it.
  const people: (typeof specialists.$inferInsert)[] = [];
  const certs: ReturnType<typeof certificateRow>[] = [];
  const stamps = newEntityStamps(
    ctx,
    checked.candidates.length + checked.candidates.filter((c) => c.certificate).length,
  );
  let next = 0;
  for (const c of checked.candidates) {
    const stamp = stamps[next++] as (typeof stamps)[number];
    const cert = c.certificate ? certificateRow(ctx, stamp.id, c.certificate, stamps[next++]) : null;
    const row = {
      ...stamp,
      ...specialistValues(c.specialist),
      certValidUntil: cert?.validUntil ?? null,
      categoryValidUntil: null,
    };
    people.push(row);
    ctx.audit({
      entity: 'specialist',
      entityId: row.id,
      action: 'create',
      changes: createdChanges(row, ['searchKey']),
    });
    if (cert) {
      certs.push(cert);
      ctx.audit({
        entity: 'specialist_certificate',
        entityId: cert.id,
        action: 'create',
        changes: createdChanges(cert),
      });
    }
  }
  for (let i = 0; i < people.length; i += BATCH)
    ctx.db
      .insert(specialists)
      .values(people.slice(i, i + BATCH))
      .run();
  for (let i = 0; i < certs.length; i += BATCH)
    ctx.db
      .insert(specialistCertificates)
      .values(certs.slice(i, i + BATCH))
      .run();
  const certificates = certs.length;
  ctx.audit({
    entity: 'specialist',
    entityId: '',
    action: 'import',
    changes: {
      file: [null, input.fileName],
      rows: [null, checked.candidates.length],
      certificates: [null, certificates],
    },
  });
  return { specialists: checked.candidates.length, certificates };
}
