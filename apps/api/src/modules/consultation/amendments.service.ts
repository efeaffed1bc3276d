/**
 * Amendments: replacement wording for an anchored passage of a covenant's
 * text. Accepting one writes the new wording into the live text in the same
 * transaction that records the decision and its audit entry.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PAGE_PATHS, pagePath, type AmendmentStatus } from '@covenant/domain';
import { In, Repository } from 'typeorm';
import { DocumentEdits } from '../../collab/document-edits';
import { locate, passageText, replacePassage, sameWords } from '../../collab/document';
import type { Viewer } from '../../core/auth/viewer';
import { groupInOrder } from '../../core/database/by-ids';
import { badInput, conflict, notVisibleError } from '../../core/errors/app-error';
import { CovenantWork, type CovenantChange } from '../covenants/covenant-work';
import { ConsultationLimits } from './consultation-limits';
import { AmendmentEntity } from './amendment.entity';
import { AmendmentSupportEntity } from './amendment-support.entity';
import type { AmendmentInput } from './consultation.input';

export interface AmendmentSupport {
  supportCount: number;
  viewerSupports: boolean;
}

@Injectable()
export class AmendmentsService {
  constructor(
    @InjectRepository(AmendmentEntity) private readonly amendments: Repository<AmendmentEntity>,
    @InjectRepository(AmendmentSupportEntity) private readonly supports: Repository<AmendmentSupportEntity>,
    private readonly work: CovenantWork,
    private readonly edits: DocumentEdits,
    private readonly limits: ConsultationLimits,
  ) {}

  /** Each covenant's amendments by number, limited to some statuses when given. */
  async ofCovenants(
    covenantIds: readonly string[],
    statuses: readonly AmendmentStatus[] | null,
  ): Promise<AmendmentEntity[][]> {
    const rows = await this.amendments.find({
      where: { covenantId: In([...covenantIds]), ...(statuses ? { status: In([...statuses]) } : {}) },
      order: { number: 'ASC' },
    });
    return groupInOrder(rows, (row) => row.covenantId, covenantIds);
  }

  /** Each amendment's support: how many, and whether `viewerId` is among them, in one statement. */
  async supportOf(viewerId: string | null, amendmentIds: readonly string[]): Promise<AmendmentSupport[]> {
    const rows = await this.supports
      .createQueryBuilder('s')
      .select('s.amendment_id', 'amendmentId')
      .addSelect('COUNT(*)::int', 'supportCount')
      .addSelect('COALESCE(bool_or(s.user_id = :viewerId), false)', 'viewerSupports')
      .where('s.amendment_id IN (:...ids)', { ids: [...amendmentIds], viewerId })
      .groupBy('s.amendment_id')
      .getRawMany<{ amendmentId: string } & AmendmentSupport>();
    const support = new Map(rows.map((row) => [row.amendmentId, row]));
    return amendmentIds.map((id) => {
      const row = support.get(id);
      return { supportCount: row?.supportCount ?? 0, viewerSupports: row?.viewerSupports ?? false };
    });
  }

  async propose(viewer: Viewer, input: AmendmentInput): Promise<AmendmentEntity> {
    return this.limits.within('propose-amendment', viewer, () =>
      this.work.change(input.covenantId, viewer, async (change) => {
        change.require('proposeAmendment');
        const found = await this.edits.read(change.tx, input.covenantId, (doc) => {
          const passage = locate(doc, input.anchor);
          return passage ? passageText(passage) : null;
        });
        if (found === null) {
          throw badInput('The selected passage could not be found in the text: select it again.', {
            anchor: 'Not a passage of this text.',
          });
        }
        if (!sameWords(found, input.quote)) {
          throw badInput('The quote does not match the selected passage: select it again.', {
            quote: 'Does not match the text at the anchor.',
          });
        }
        const last = await change.manager.findOne(AmendmentEntity, {
          where: { covenantId: input.covenantId },
          order: { number: 'DESC' },
          select: { number: true },
        });
        const amendment = await change.manager.save(
          change.manager.create(AmendmentEntity, {
            covenantId: input.covenantId,
            number: (last?.number ?? 0) + 1,
            authorId: viewer.userId,
            quote: input.quote,
            anchor: input.anchor,
            proposedText: input.proposedText,
            reason: input.reason ?? null,
            status: 'PROPOSED',
          }),
        );
        await change.audit('amendment.proposed', { amendmentId: amendment.id, number: amendment.number });
        change.emit('amendment.changed', { amendmentId: amendment.id, status: amendment.status });
        return amendment;
      }),
    );
  }

  /** Idempotent: a second support from the same person changes nothing. */
  support(viewer: Viewer, amendmentId: string): Promise<AmendmentEntity> {
    return this.onAmendment(viewer, amendmentId, async (change, amendment) => {
      change.require('supportAmendment', { amendment: this.facts(viewer, amendment) });
      const inserted = await change.manager
        .createQueryBuilder()
        .insert()
        .into(AmendmentSupportEntity)
        .values({ amendmentId, userId: viewer.userId })
        .orIgnore()
        .execute();
      if (inserted.raw.length) {
        const supportCount = await change.manager.countBy(AmendmentSupportEntity, { amendmentId });
        await change.audit('amendment.supported', { amendmentId, number: amendment.number, supportCount });
        change.emit('amendment.changed', { amendmentId, status: amendment.status });
      }
      return amendment;
    });
  }

  withdraw(viewer: Viewer, amendmentId: string): Promise<AmendmentEntity> {
    return this.onAmendment(viewer, amendmentId, async (change, amendment) => {
      change.require('withdrawAmendment', { amendment: this.facts(viewer, amendment) });
      amendment.status = 'WITHDRAWN';
      const saved = await change.manager.save(amendment);
      await change.audit('amendment.withdrawn', { amendmentId, number: amendment.number });
      change.emit('amendment.changed', { amendmentId, status: saved.status });
      return saved;
    });
  }

  /**
   * Accepting replaces the anchored passage in the live text with the
   * proposed wording, marked as this amendment's; when the passage no longer
   * reads as quoted nothing changes and the answer is CONFLICT.
   */
  decide(viewer: Viewer, amendmentId: string, accept: boolean, note: string): Promise<AmendmentEntity> {
    return this.onAmendment(viewer, amendmentId, async (change, amendment) => {
      change.require('decideAmendment', { amendment: this.facts(viewer, amendment) });
      if (accept) {
        const replaced = await this.edits.change(change.tx, amendment.covenantId, (doc) => {
          const passage = locate(doc, amendment.anchor);
          const current = passage ? passageText(passage) : null;
          if (!passage || current === null || !sameWords(current, amendment.quote)) return null;
          replacePassage(doc, passage, amendment.proposedText.replace(/\s+/g, ' '), {
            amendment: { number: amendment.number },
          });
          return current;
        });
        if (replaced === null) {
          throw conflict(
            `The passage no longer reads as amendment ${amendment.number} quotes it: the text has changed since. Reject it, or ask for a new amendment on the current wording.`,
          );
        }
        await change.audit('amendment.accepted', {
          amendmentId,
          number: amendment.number,
          oldText: replaced,
          newText: amendment.proposedText,
        });
      } else {
        await change.audit('amendment.rejected', { amendmentId, number: amendment.number });
      }
      Object.assign(amendment, {
        status: accept ? 'ACCEPTED' : 'REJECTED',
        decisionNote: note,
        decidedById: viewer.userId,
        decidedAt: new Date(),
      });
      const saved = await change.manager.save(amendment);
      change.emit('amendment.changed', { amendmentId, status: saved.status });
      const { title, slug } = change.covenant;
      await change.notifyUsers([amendment.authorId], {
        kind: accept ? 'amendment.accepted' : 'amendment.rejected',
        title: `Your amendment ${amendment.number} was ${accept ? 'accepted' : 'not accepted'}: ${title}`,
        body: accept
          ? `Your amendment ${amendment.number} to "${title}" is now part of the text. The convenor's note: ${note}`
          : `Your amendment ${amendment.number} to "${title}" was rejected. The convenor's note: ${note}`,
        link: `${pagePath(PAGE_PATHS.consultation, { slug })}#amendment-${amendment.number}`,
        covenantId: amendment.covenantId,
      });
      return saved;
    });
  }

  /** The amendments accepted since the covenant's last version was frozen (all of them if there is none). */
  async acceptedSince(change: CovenantChange, since: Date | null): Promise<AmendmentEntity[]> {
    const query = change.manager
      .createQueryBuilder(AmendmentEntity, 'a')
      .where("a.covenant_id = :id AND a.status = 'ACCEPTED'", { id: change.covenant.id })
      .orderBy('a.number', 'ASC');
    if (since) query.andWhere('a.decided_at > :since', { since });
    return query.getMany();
  }

  private facts(viewer: Viewer, amendment: AmendmentEntity) {
    return { authorIsViewer: amendment.authorId === viewer.userId, status: amendment.status };
  }

  /** Runs a change to one amendment in its covenant's transaction, with the amendment read under the covenant's lock. */
  private async onAmendment<T>(
    viewer: Viewer,
    amendmentId: string,
    work: (change: CovenantChange, amendment: AmendmentEntity) => Promise<T>,
  ): Promise<T> {
    const found = await this.amendments.findOne({ where: { id: amendmentId }, select: { id: true, covenantId: true } });
    if (!found) throw notVisibleError('amendment');
    return this.work.change(found.covenantId, viewer, async (change) =>
      work(change, await change.manager.findOneByOrFail(AmendmentEntity, { id: amendmentId })),
    );
  }
}
