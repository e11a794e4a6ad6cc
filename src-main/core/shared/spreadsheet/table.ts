import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../errors';

// Reading the spreadsheets offices keep today (.xlsx from Excel, .csv from anywhere) into rows of
// text cells, whatever the file: the first non-empty row is the header, every later non-empty row
// is data and keeps its row number as the user sees it in Excel, so a problem can name it.

export interface Table {
  headers: string[];
  /** `row`: the spreadsheet's own row number (1-based, the header included). */
  rows: { row: number; cells: string[] }[];
  /** The workbook's sheets, in order (a CSV has one, named after the file). */
  sheets: string[];
  /** The sheet the rows come from. */
  sheet: string;
}

/** Files larger than this are refused before they are read (a register is far smaller). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export interface ReadOptions {
  maxBytes?: number;
  maxRows?: number;
  /** The sheet to read (by name); the first sheet with data when absent or not in the file. */
  sheet?: string | null;
  /** Called now and then while an .xlsx is read, with the rows read so far. */
  onRows?: (rows: number) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person sees: dates as ISO days, numbers without float noise. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    // Excel stores a day as midnight UTC; the calendar day is what the person typed.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise Windows-1251: what Excel
 * in a Russian or Kazakh Windows writes when it saves "CSV (разделители — точка с запятой)".
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** Rows looked at to find the header: registers often carry a title and a blank line above it. */
const HEADER_SEARCH_ROWS = 20;

function fromMatrix(
  matrix: readonly (readonly string[])[],
  maxRows: number,
  sheets: string[],
  sheet: string,
): Table {
  const lines = matrix
    .map((raw, i) => ({ row: i + 1, cells: raw.map((c) => c.replace(/\s+/g, ' ').trim()) }))
    .filter((l) => l.cells.some((c) => c !== ''));
  // The header is the first of the top rows with the most filled cells (a title has one).
  const filled = (cells: readonly string[]) => cells.filter((c) => c !== '').length;
  const top = lines.slice(0, HEADER_SEARCH_ROWS);
  const widest = Math.max(0, ...top.map((l) => filled(l.cells)));
  const at = top.findIndex((l) => filled(l.cells) === widest);
  // One column is not a register (and a file of stray delimiters is empty).
  if (at < 0 || widest < 2) throw new AppError('IMPORT_EMPTY');
  const header = lines[at]?.cells ?? [];
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width--;
  const rows = lines.slice(at + 1);
  if (rows.length > maxRows) throw tooManyRows(maxRows);
  return { headers: header.slice(0, width), rows, sheets, sheet };
}

const tooManyRows = (max: number) =>
  new AppError('IMPORT_TOO_LARGE', { params: { max: `${max.toLocaleString('ru-RU')}` } });

/**
 * An .xlsx read as a stream, row by row: a 100,000-row register takes a few seconds and a few
 * hundred MB, where loading the whole workbook takes twice the time and five times the memory.
 * Every sheet is listed; the rows of the named one (or the fullest) are kept.
 */
async function readXlsx(
  bytes: Buffer,
  options: Required<Pick<ReadOptions, 'maxRows'>> & ReadOptions,
): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    // Styles are read so that a cell formatted as a date arrives as a date, not its serial.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: string[] = [];
  let chosen: { name: string; matrix: string[][]; filled: number } | null = null;
  // Rows beyond the limit (plus the title rows above a header) are not kept: the file is refused.
  const cap = options.maxRows + HEADER_SEARCH_ROWS + 1;
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string; id?: number };
      const name = ws.name ?? `${sheets.length + 1}`;
      sheets.push(name);
      // Unless one is named, every sheet is read and the one with the most rows kept: a register
      // often sits beside a notes or instructions sheet.
      const wanted = options.sheet ? options.sheet === name : true;
      const matrix: string[][] = [];
      let filled = 0;
      for await (const row of ws) {
        if (!wanted) continue;
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        // Streamed rows skip empty ones; their numbers keep the places Excel shows.
        while (matrix.length < row.number - 1) matrix.push([]);
        matrix.push(cells);
        if (cells.some((c) => c !== '') && ++filled > cap) throw tooManyRows(options.maxRows);
        if (filled % 5000 === 0) options.onRows?.(filled);
      }
      if (wanted && (options.sheet || filled > (chosen?.filled ?? 0))) chosen = { name, matrix, filled };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT_UNREADABLE');
  }
  // A sheet asked for by name that the file does not have (renamed since the dry run).
  if (options.sheet && !sheets.includes(options.sheet))
    throw new AppError('IMPORT_SHEET', { params: { sheet: options.sheet, sheets: sheets.join(', ') } });
  if (!chosen) throw new AppError('IMPORT_EMPTY');
  return fromMatrix(chosen.matrix, options.maxRows, sheets, chosen.name);
}

function readCsv(bytes: Buffer, fileName: string, maxRows: number): Table {
  const text = decodeText(bytes);
  // Papa guesses the delimiter (";" from a Russian-locale Excel, "," elsewhere, or a tab).
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [';', ',', '\t'] });
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw new AppError('IMPORT_UNREADABLE');
  const sheet = fileName.replace(/\.[^.]+$/, '');
  return fromMatrix(parsed.data, maxRows, [sheet], sheet);
}

/**
 * Reads an uploaded .xlsx or .csv; anything else, or a damaged file, is a typed error whose
 * message names the file.
 */
export async function readTable(fileName: string, base64: string, options: ReadOptions = {}): Promise<Table> {
  try {
    return await readAny(fileName, base64, options);
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.code, { params: { ...err.params, file: fileName } });
    throw err;
  }
}

async function readAny(fileName: string, base64: string, options: ReadOptions): Promise<Table> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  // Four base64 characters carry three bytes: a file too large is refused before it is decoded.
  if (base64.length > Math.ceil(maxBytes / 3) * 4 + 4)
    throw new AppError('IMPORT_TOO_LARGE', { params: { max: `${maxBytes / 1024 / 1024} MB` } });
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > maxBytes)
    throw new AppError('IMPORT_TOO_LARGE', { params: { max: `${maxBytes / 1024 / 1024} MB` } });
  const name = fileName.toLowerCase();
  // A real .xlsx is a zip (PK…); a renamed file of another kind is refused, not misread.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (name.endsWith('.xlsx')) {
    if (!zip) throw new AppError('IMPORT_UNREADABLE');
    return readXlsx(bytes, { ...options, maxRows });
  }
  if (name.endsWith('.csv') || name.endsWith('.txt')) {
    if (zip || bytes.includes(0)) throw new AppError('IMPORT_UNREADABLE');
    return readCsv(bytes, fileName, maxRows);
  }
  throw new AppError('IMPORT_EXTENSION');
}
