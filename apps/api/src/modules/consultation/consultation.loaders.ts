/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Section } from '../../collab/document';
import { DocumentsService } from '../../collab/documents.service';
import { LoaderRegistry } from '../../core/graphql/loaders';
import { pagedLoader, type PagedKey } from '../../core/graphql/paged-loader';
import type { AmendmentEntity } from './amendment.entity';
import { AmendmentsService, type AmendmentSupport } from './amendments.service';
import type { SectionResponseEntity } from './section-response.entity';
import { SectionResponsesService, type ResponsePage, type SectionFigures } from './section-responses.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    /** Every amendment of each covenant, by number. */
    amendments: DataLoader<string, AmendmentEntity[]>;
    /** How many support each amendment, and whether the viewer does. */
    amendmentSupport: DataLoader<string, AmendmentSupport>;
    /** Each covenant's sections, from its stored text. */
    sections: DataLoader<string, Section[]>;
    /** Each covenant's figures per section, with the viewer's own response. */
    sectionFigures: DataLoader<string, SectionFigures[]>;
    sectionResponsePage: DataLoader<PagedKey<ResponsePage>, SectionResponseEntity[], string>;
  }
}

@Injectable()
export class ConsultationLoaders {
  constructor(
    registry: LoaderRegistry,
    amendments: AmendmentsService,
    responses: SectionResponsesService,
    documents: DocumentsService,
  ) {
    registry.register((viewerId) => ({
      amendments: new DataLoader((ids) => amendments.ofCovenants(ids, null)),
      amendmentSupport: new DataLoader((ids) => amendments.supportOf(viewerId, ids)),
      sections: new DataLoader((ids) => documents.sectionsOf(ids)),
      sectionFigures: new DataLoader((ids) => responses.figuresOf(viewerId, ids)),
      sectionResponsePage: pagedLoader((ids, page: ResponsePage) => responses.pagesOfCovenants(ids, page)),
    }));
  }
}
