/**
 * CSV as spreadsheets and councils' systems read it (RFC 4180): a header row,
 * CRLF line ends, quoted cells where needed, and text that would run as a
 * formula kept as text.
 */
export type CsvValue = string | number | boolean | null;

/** Spreadsheets run a cell that starts like a formula; a leading apostrophe keeps such text as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row as a CSV line, CRLF included: for a file written a row at a time. */
export function csvLine<C extends string>(columns: readonly C[], row: Record<C, CsvValue>): string {
  return `${columns.map((column) => cell(row[column])).join(',')}\r\n`;
}

export function csvTable<C extends string>(columns: readonly C[], rows: readonly Record<C, CsvValue>[]): string {
  return `${columns.join(',')}\r\n${rows.map((row) => csvLine(columns, row)).join('')}`;
}
