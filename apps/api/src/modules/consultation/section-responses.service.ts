/**
 * Residents' responses to the sections of a covenant's text (its level-2
 * headings): one per person per section, a second replacing the first, and
 * each section's figures.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ResponsePosition } from '@covenant/domain';
import { Repository, type EntityManager } from 'typeorm';
import { DocumentEdits } from '../../collab/document-edits';
import { readSections, type Section } from '../../collab/document';
import type { Viewer } from '../../core/auth/viewer';
import { groupInOrder } from '../../core/database/by-ids';
import { createdAtOf } from '../../core/database/keyset';
import { badInput } from '../../core/errors/app-error';
import { CovenantWork } from '../covenants/covenant-work';
import { ConsultationLimits } from './consultation-limits';
import type { RespondToSectionArgs } from './consultation.input';
import { SectionResponseEntity } from './section-response.entity';

export interface SectionFigures {
  sectionId: string;
  agree: number;
  disagree: number;
  unsure: number;
  viewerResponse: ResponsePosition | null;
}

export interface ResponsePage {
  sectionId: string | null;
  first: number;
  after: string | null;
}

export interface SectionWithFigures extends Section, Omit<SectionFigures, 'sectionId'> {}

const NO_FIGURES = { agree: 0, disagree: 0, unsure: 0, viewerResponse: null };

/** Each section with its figures, in the text's order. */
export function withFigures(sections: Section[], figures: SectionFigures[]): SectionWithFigures[] {
  const bySection = new Map(figures.map(({ sectionId, ...counts }) => [sectionId, counts]));
  return sections.map((section) => ({ ...section, ...(bySection.get(section.id) ?? NO_FIGURES) }));
}

@Injectable()
export class SectionResponsesService {
  constructor(
    @InjectRepository(SectionResponseEntity) private readonly responses: Repository<SectionResponseEntity>,
    private readonly work: CovenantWork,
    private readonly edits: DocumentEdits,
    private readonly limits: ConsultationLimits,
  ) {}

  /** Each covenant's figures per section that has responses, with the viewer's own, in one statement. */
  figuresOf(viewerId: string | null, covenantIds: readonly string[]): Promise<SectionFigures[][]> {
    return this.figuresWith(this.responses, viewerId, covenantIds);
  }

  private async figuresWith(
    responses: Repository<SectionResponseEntity>,
    viewerId: string | null,
    covenantIds: readonly string[],
  ): Promise<SectionFigures[][]> {
    const rows = await responses
      .createQueryBuilder('r')
      .select('r.covenant_id', 'covenantId')
      .addSelect('r.section_id', 'sectionId')
      .addSelect(`COUNT(*) FILTER (WHERE r.position = 'AGREE')::int`, 'agree')
      .addSelect(`COUNT(*) FILTER (WHERE r.position = 'DISAGREE')::int`, 'disagree')
      .addSelect(`COUNT(*) FILTER (WHERE r.position = 'UNSURE')::int`, 'unsure')
      .addSelect('(array_agg(r.position::text) FILTER (WHERE r.author_id = :viewerId))[1]', 'viewerResponse')
      .where('r.covenant_id IN (:...ids)', { ids: [...covenantIds], viewerId })
      .groupBy('r.covenant_id')
      .addGroupBy('r.section_id')
      .getRawMany<SectionFigures & { covenantId: string }>();
    return groupInOrder(rows, (row) => row.covenantId, covenantIds);
  }

  /** A page of each covenant's responses, newest first, then by id, after the response `after`. */
  async pagesOfCovenants(covenantIds: readonly string[], page: ResponsePage): Promise<SectionResponseEntity[][]> {
    const params: Record<string, unknown> = { ids: [...covenantIds], first: page.first, sectionId: page.sectionId };
    let keyset = '';
    if (page.after) {
      const afterAt = await createdAtOf(this.responses, page.after, covenantIds);
      keyset = 'AND (x.created_at < :afterAt OR (x.created_at = :afterAt AND x.id < :after))';
      Object.assign(params, { afterAt, after: page.after });
    }
    const rows = await this.responses
      .createQueryBuilder('r')
      .where(
        `r.id IN (SELECT l.id FROM unnest(CAST(:ids AS uuid[])) k(id) CROSS JOIN LATERAL (
          SELECT x.id FROM section_responses x WHERE x.covenant_id = k.id
          ${page.sectionId === null ? '' : 'AND x.section_id = :sectionId'} ${keyset}
          ORDER BY x.created_at DESC, x.id DESC LIMIT :first) l)`,
        params,
      )
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
    return groupInOrder(rows, (row) => row.covenantId, covenantIds);
  }

  /** Every response of a covenant, newest first: the consultation report's rows. */
  all(covenantId: string): Promise<SectionResponseEntity[]> {
    return this.responses.find({ where: { covenantId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Records the viewer's response to a section of the text as it now stands, replacing any earlier one. */
  async respond(viewer: Viewer, args: RespondToSectionArgs): Promise<SectionWithFigures> {
    return this.limits.within('respond-to-section', viewer, () =>
      this.work.change(args.covenantId, viewer, async (change) => {
        change.require('respond');
        const sections = (await this.edits.read(change.tx, args.covenantId, (_, body) => readSections(body))) ?? [];
        const section = sections.find((candidate) => candidate.id === args.sectionId);
        if (!section)
          throw badInput('That is not a section of this covenant.', { sectionId: 'Not a section of the text.' });
        await change.manager.query(
          `INSERT INTO section_responses (covenant_id, section_id, section_title, author_id, position, comment)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (covenant_id, section_id, author_id) DO UPDATE
           SET section_title = EXCLUDED.section_title, position = EXCLUDED.position,
               comment = EXCLUDED.comment, created_at = now()`,
          [args.covenantId, section.id, section.title, viewer.userId, args.position, args.comment ?? null],
        );
        await change.audit('section.responded', { sectionId: section.id, position: args.position });
        change.emit('response.changed', { sectionId: section.id });
        const figures = await this.figuresIn(change.manager, viewer.userId, args.covenantId);
        return withFigures([section], figures)[0];
      }),
    );
  }

  private async figuresIn(manager: EntityManager, viewerId: string, covenantId: string): Promise<SectionFigures[]> {
    const [figures] = await this.figuresWith(manager.getRepository(SectionResponseEntity), viewerId, [covenantId]);
    return figures;
  }
}
