/** Reading a PDF back page by page, and rendering a page to an image, for tests of what a document prints. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pdfParse from 'pdf-parse';

/** Where rendered pages are written, to be looked at after a run. */
export const PDF_RESULTS = join(__dirname, '../../../../test-results/pdf');

interface TextItem {
  str: string;
  transform: number[];
}
interface PageData {
  pageNumber: number;
  getTextContent(): Promise<{ items: TextItem[] }>;
}

/** The text of each page, with a line break wherever the baseline moves, as pdf-parse joins it by default. */
export async function pdfPages(pdf: Buffer): Promise<{ pages: string[]; title: string }> {
  const pages: string[] = [];
  const { info } = await pdfParse(pdf, {
    version: 'v2.0.550',
    pagerender: async (page: PageData) => {
      const { items } = await page.getTextContent();
      pages[page.pageNumber - 1] = items
        .map((item, index) => (index > 0 && item.transform[5] !== items[index - 1].transform[5] ? '\n' : '') + item.str)
        .join('');
      return '';
    },
  });
  return { pages, title: (info as { Title: string }).Title };
}

/** Renders one page of the PDF to `<name>.png` in the results folder and answers its size in bytes. */
export function renderPage(pdf: Buffer, name: string, page: number): number {
  if (spawnSync('pdftoppm', ['-v']).error) {
    throw new Error('pdftoppm is missing: install poppler-utils (apt-get install poppler-utils)');
  }
  mkdirSync(PDF_RESULTS, { recursive: true });
  const file = join(PDF_RESULTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  const args = [
    '-png',
    '-r',
    '110',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    join(PDF_RESULTS, name),
  ];
  execFileSync('pdftoppm', args);
  return statSync(join(PDF_RESULTS, `${name}.png`)).size;
}
