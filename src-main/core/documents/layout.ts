import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

// The A4 layout the office's documents share (case documents, the specialist's card, the
// certificate expiry list): the akimat's header in the document's language, the title with
// number and date, labelled rows, tables, and signature blocks. DejaVu Sans is embedded so the
// Kazakh letters print on any workstation.

const requireHere = createRequire(import.meta.url);
const FONT = requireHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = requireHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export const dmy = (iso: string | null | undefined) =>
  iso ? iso.slice(0, 10).split('-').reverse().join('.') : '';

/** Tiyn as tenge for print: "1 250,00" (space groups and a decimal comma, as kk and ru write). */
export const tenge = (tiyn: number) =>
  (tiyn / 100)
    .toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .replace(/[\u00a0\u202f]/g, ' ');

/** Month names for a document's title ("ноябрь 2026"), in each language. */
export const MONTH_NAMES = {
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  ru: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

export interface Header {
  akimat: string;
  office: string;
  title: string;
  /** "№ 2026-00012 от 03.12.2026" */
  numberLine: string;
  author: string;
}

export class OfficeDocument {
  readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;

  constructor(h: Header, opts: { layout?: 'portrait' | 'landscape' } = {}) {
    this.doc = new PDFDocument({
      size: 'A4',
      layout: opts.layout ?? 'portrait',
      margins: { top: 48, bottom: 56, left: 60, right: 56 },
      info: { Title: `${h.title} ${h.numberLine}`, Author: h.author, Creator: 'Qamqor' },
    });
    const doc = this.doc;
    doc.registerFont('body', FONT);
    doc.registerFont('bold', FONT_BOLD);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    this.done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    if (h.akimat) doc.font('bold').fontSize(10).text(h.akimat, { align: 'center' });
    if (h.office) doc.font('body').fontSize(10).text(h.office, { align: 'center' });
    doc.moveDown(1).font('bold').fontSize(13).text(h.title.toUpperCase(), { align: 'center' });
    doc.font('body').fontSize(10.5).text(h.numberLine, { align: 'center' }).moveDown(0.8);
  }

  heading(text: string) {
    this.doc
      .moveDown(0.5)
      .font('bold')
      .fontSize(11)
      .fillColor('#0b5d57')
      .text(text)
      .fillColor('black')
      .moveDown(0.15);
  }

  row(label: string, value: string | null | undefined) {
    if (value === null || value === undefined || value === '') return;
    this.doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('body').text(value);
  }

  line(text: string) {
    this.doc.font('body').fontSize(10).text(text);
  }

  para(text: string) {
    this.doc.moveDown(0.3).font('body').fontSize(10).text(text, { align: 'justify' });
  }

  /** Numbered lines ("1. …"). */
  list(items: readonly string[], empty: string) {
    if (items.length === 0) this.line(empty);
    items.forEach((t, i) => {
      this.line(`${i + 1}. ${t}`);
    });
  }

  /** Signature blocks: role, a line to sign on, the name under it. */
  signatures(blocks: readonly { role: string; name: string }[], signWord: string) {
    const doc = this.doc;
    doc.moveDown(1.5);
    for (const b of blocks) {
      if (doc.y > doc.page.height - 120) doc.addPage();
      const y = doc.y;
      doc.font('body').fontSize(10).text(b.role, 60, y, { width: 200 });
      doc.text('_______________________', 280, y, { width: 150 });
      doc.text(b.name, 440, y, { width: 110 });
      doc
        .fontSize(7.5)
        .fillColor('#555')
        .text(`(${signWord})`, 310, doc.y, { width: 100 })
        .fillColor('black');
      doc.x = 60;
      doc.moveDown(1.2);
    }
  }

  /**
   * A table with a bold header row, repeated on every new page. `widths` are fractions of the
   * printable width; long cells wrap and the row takes the tallest cell's height.
   */
  table(headers: readonly string[], widths: readonly number[], rows: readonly (readonly string[])[]) {
    const doc = this.doc;
    const left = doc.page.margins.left;
    const full = doc.page.width - left - doc.page.margins.right;
    const cols = widths.map((w) => w * full);
    const draw = (cells: readonly string[], font: 'body' | 'bold') => {
      doc.font(font).fontSize(8.5);
      const heights = cells.map((c, i) => doc.heightOfString(c, { width: (cols[i] ?? 0) - 6 }));
      const h = Math.max(12, ...heights) + 4;
      if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        if (font === 'body') draw(headers, 'bold');
      }
      const y = doc.y;
      let x = left;
      cells.forEach((c, i) => {
        doc.text(c, x + 3, y + 2, { width: (cols[i] ?? 0) - 6 });
        x += cols[i] ?? 0;
      });
      doc
        .moveTo(left, y + h)
        .lineTo(left + full, y + h)
        .lineWidth(0.4)
        .strokeColor(font === 'bold' ? '#333' : '#bbb')
        .stroke();
      doc.x = left;
      doc.y = y + h;
    };
    doc.moveDown(0.3);
    draw(headers, 'bold');
    for (const r of rows) draw(r, 'body');
    doc.moveDown(0.5);
  }

  footer(text: string) {
    this.doc.moveDown(1).font('body').fontSize(8).fillColor('#555').text(text, 60).fillColor('black');
  }

  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}

/** The header's akimat and office in the document's language (kk, or ru for ru and en). */
export function officeHeader(
  office: { akimatKk: string; akimatRu: string; nameKk: string; nameRu: string },
  locale: string,
): Pick<Header, 'akimat' | 'office' | 'author'> {
  const kk = locale === 'kk';
  return {
    akimat: kk ? office.akimatKk || office.akimatRu : office.akimatRu || office.akimatKk,
    office: kk ? office.nameKk || office.nameRu : office.nameRu || office.nameKk,
    author: kk ? office.nameKk : office.nameRu,
  };
}
