/**
 * Gathers a covenant's consultation report for whoever may read its
 * consultation (null for anyone else, who is told it does not exist).
 */
import { Injectable } from '@nestjs/common';
import { COVENANT_STATUS_LABELS } from '@covenant/domain';
import { DocumentsService } from '../../collab/documents.service';
import type { Viewer } from '../../core/auth/viewer';
import { CommentsService } from '../comments/comments.service';
import { allowed } from '../covenants/covenant-access';
import { CovenantAccessService } from '../covenants/covenant-access.service';
import { CovenantsService } from '../covenants/covenants.service';
import { NeighbourhoodsService } from '../neighbourhoods/neighbourhoods.service';
import { UsersService } from '../users/users.service';
import { AmendmentsService } from './amendments.service';
import type { ConsultationReport } from './consultation-report';
import { SectionResponsesService, withFigures } from './section-responses.service';

@Injectable()
export class ConsultationReportService {
  constructor(
    private readonly covenants: CovenantsService,
    private readonly access: CovenantAccessService,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly documents: DocumentsService,
    private readonly amendments: AmendmentsService,
    private readonly responses: SectionResponsesService,
    private readonly comments: CommentsService,
    private readonly users: UsersService,
  ) {}

  async report(slug: string, viewer: Viewer | null): Promise<ConsultationReport | null> {
    const covenant = await this.covenants.findBySlug(slug);
    const facts = covenant ? await this.access.factsFor(covenant.id, viewer) : null;
    // During a revision, people outside the parties see none of its consultation: it quotes the working draft.
    if (!covenant || !facts || !allowed('readWorkingDraft', facts)) return null;
    const [[neighbourhood], [amendments], [figures], responses, [comments]] = await Promise.all([
      this.neighbourhoods.findByIds([covenant.neighbourhoodId]),
      this.amendments.ofCovenants([covenant.id], null),
      this.responses.figuresOf(null, [covenant.id]),
      this.responses.all(covenant.id),
      this.comments.ofCovenants([covenant.id]),
    ]);
    const [support, { sections, places }] = await Promise.all([
      amendments.length
        ? this.amendments.supportOf(
            null,
            amendments.map((a) => a.id),
          )
        : [],
      this.documents.placesOf(covenant.id, [...amendments.map((a) => a.anchor), ...comments.map((c) => c.anchor)]),
    ]);
    const people = new Set([
      ...amendments.flatMap((a) => (a.decidedById ? [a.authorId, a.decidedById] : [a.authorId])),
      ...responses.map((r) => r.authorId),
      ...comments.map((c) => c.authorId),
    ]);
    const users = await this.users.findByIds([...people]);
    const names = new Map(users.flatMap((user) => (user ? [[user.id, user.displayName] as const] : [])));
    const nameOf = (id: string) => names.get(id) ?? 'A former user';
    const titles = new Map(sections.map((section) => [section.id, section.title]));
    return {
      covenant: {
        title: covenant.title,
        slug: covenant.slug,
        statusLabel: COVENANT_STATUS_LABELS[covenant.status],
        neighbourhoodName: neighbourhood?.name ?? 'the neighbourhood',
      },
      generatedAt: new Date(),
      sections: withFigures(sections, figures).map(({ id, title, agree, disagree, unsure }) => ({
        id,
        title,
        agree,
        disagree,
        unsure,
      })),
      responses: responses.map((response) => ({
        id: response.id,
        sectionId: response.sectionId,
        sectionTitle: titles.get(response.sectionId) ?? response.sectionTitle,
        position: response.position,
        author: nameOf(response.authorId),
        comment: response.comment,
        createdAt: response.createdAt,
      })),
      amendments: amendments.map((amendment, index) => ({
        id: amendment.id,
        number: amendment.number,
        sectionId: places[index]?.id ?? null,
        sectionTitle: places[index]?.title ?? null,
        status: amendment.status,
        quote: amendment.quote,
        proposedText: amendment.proposedText,
        reason: amendment.reason,
        supportCount: support[index]?.supportCount ?? 0,
        author: nameOf(amendment.authorId),
        createdAt: amendment.createdAt,
        decisionNote: amendment.decisionNote,
        decidedBy: amendment.decidedById ? nameOf(amendment.decidedById) : null,
        decidedAt: amendment.decidedAt,
      })),
      comments: comments.map((comment, index) => {
        const place = places[amendments.length + index];
        return {
          id: comment.id,
          sectionId: place?.id ?? null,
          sectionTitle: place?.title ?? null,
          author: nameOf(comment.authorId),
          quote: comment.quote,
          body: comment.body,
          resolved: comment.resolvedAt !== null,
          createdAt: comment.createdAt,
        };
      }),
    };
  }
}
