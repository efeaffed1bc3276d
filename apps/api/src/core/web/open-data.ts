/**
 * Open data (contract/http.md) under the Open Government Licence: said in a
 * comment line before a CSV's header and in a JSON file's `licence` key. The
 * national files are written batch by batch as the client reads them, so a
 * download of the whole country takes the same memory as one of a village.
 */
import type { Response } from 'express';
import { csvLine, type CsvValue } from './csv';

export const OPEN_DATA_LICENCE = 'Open Government Licence v3.0';
export const OPEN_DATA_LICENCE_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
export const CSV_LICENCE_LINE = `# ${OPEN_DATA_LICENCE}: ${OPEN_DATA_LICENCE_URL}\r\n`;
export const JSON_LICENCE = `${OPEN_DATA_LICENCE} (${OPEN_DATA_LICENCE_URL})`;

export type OpenDataFormat = 'csv' | 'json';

export interface OpenDataFile<C extends string> {
  /** The file's name without its extension. */
  name: string;
  columns: readonly C[];
  /** The rows, a batch at a time; the next batch is read only once the client has taken the last. */
  batches: AsyncIterable<Record<C, CsvValue>[]>;
  generatedAt: Date;
}

/** Once the client has taken what was written, or has gone. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

/** False once the client has gone: there is no one left to write to. */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(chunk)) await drained(res);
  return !res.destroyed;
}

/** Writes the file; a failure once it has begun cuts the download short, so no client takes it for whole. */
export async function sendOpenData<C extends string>(
  res: Response,
  format: OpenDataFormat,
  file: OpenDataFile<C>,
): Promise<void> {
  try {
    await writeOpenData(res, format, file);
  } catch (error) {
    // Ended normally, a cut-short file would look whole; destroyed, the client sees it fail. Nest logs the error.
    if (res.headersSent) res.destroy();
    throw error;
  }
}

async function writeOpenData<C extends string>(
  res: Response,
  format: OpenDataFormat,
  file: OpenDataFile<C>,
): Promise<void> {
  res.setHeader('cache-control', 'no-store');
  if (format === 'csv') {
    res.type('text/csv; charset=utf-8').attachment(`${file.name}.csv`);
    if (!(await write(res, `${CSV_LICENCE_LINE}${file.columns.join(',')}\r\n`))) return;
    for await (const batch of file.batches) {
      if (!(await write(res, batch.map((row) => csvLine(file.columns, row)).join('')))) return;
    }
  } else {
    res.type('application/json; charset=utf-8');
    const head = `{"licence":${JSON.stringify(JSON_LICENCE)},"generatedAt":"${file.generatedAt.toISOString()}","rows":[`;
    if (!(await write(res, head))) return;
    let first = true;
    for await (const batch of file.batches) {
      if (!batch.length) continue;
      const rows = batch.map((row) => JSON.stringify(row)).join(',');
      if (!(await write(res, first ? rows : `,${rows}`))) return;
      first = false;
    }
    if (!(await write(res, ']}'))) return;
  }
  res.end();
}
