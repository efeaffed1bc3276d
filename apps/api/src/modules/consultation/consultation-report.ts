/** What a covenant's consultation report holds: the same record whether it is read as CSV or as PDF. */
import type { AmendmentStatus, ResponsePosition } from '@covenant/domain';
import { csvTable } from '../../core/web/csv';

export interface ReportSection {
  id: string;
  title: string;
  agree: number;
  disagree: number;
  unsure: number;
}

export interface ReportResponse {
  id: string;
  sectionId: string;
  sectionTitle: string;
  position: ResponsePosition;
  author: string;
  comment: string | null;
  createdAt: Date;
}

export interface ReportAmendment {
  id: string;
  number: number;
  /** The section its passage lies in, where the passage can still be found. */
  sectionId: string | null;
  sectionTitle: string | null;
  status: AmendmentStatus;
  quote: string;
  proposedText: string;
  reason: string | null;
  supportCount: number;
  author: string;
  createdAt: Date;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
}

export interface ReportComment {
  id: string;
  sectionId: string | null;
  sectionTitle: string | null;
  author: string;
  quote: string | null;
  body: string;
  resolved: boolean;
  createdAt: Date;
}

export interface ConsultationReport {
  covenant: { title: string; slug: string; statusLabel: string; neighbourhoodName: string };
  generatedAt: Date;
  sections: ReportSection[];
  responses: ReportResponse[];
  amendments: ReportAmendment[];
  comments: ReportComment[];
}

/** The CSV's columns (contract/http.md), in order. */
export const CSV_COLUMNS = [
  'kind',
  'id',
  'sectionId',
  'sectionTitle',
  'position',
  'amendmentStatus',
  'supportCount',
  'author',
  'text',
  'createdAt',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** One row per section response (newest first), amendment (by number) and comment (oldest first). */
export function consultationCsv(report: ConsultationReport): string {
  const rows: CsvRow[] = [
    ...report.responses.map((response): CsvRow => ({
      kind: 'response',
      id: response.id,
      sectionId: response.sectionId,
      sectionTitle: response.sectionTitle,
      position: response.position,
      amendmentStatus: null,
      supportCount: null,
      author: response.author,
      text: response.comment,
      createdAt: response.createdAt.toISOString(),
    })),
    ...report.amendments.map((amendment): CsvRow => ({
      kind: 'amendment',
      id: amendment.id,
      sectionId: amendment.sectionId,
      sectionTitle: amendment.sectionTitle,
      position: null,
      amendmentStatus: amendment.status,
      supportCount: amendment.supportCount,
      author: amendment.author,
      text: `Replace “${amendment.quote}” with “${amendment.proposedText}”${amendment.reason ? `. Reason: ${amendment.reason}` : ''}`,
      createdAt: amendment.createdAt.toISOString(),
    })),
    ...report.comments.map((comment): CsvRow => ({
      kind: 'comment',
      id: comment.id,
      sectionId: comment.sectionId,
      sectionTitle: comment.sectionTitle,
      position: null,
      amendmentStatus: null,
      supportCount: null,
      author: comment.author,
      text: comment.body,
      createdAt: comment.createdAt.toISOString(),
    })),
  ];
  return csvTable(CSV_COLUMNS, rows);
}
