import { Loading } from '../../../components/ui/Loading';
import { QueryError } from '../../../components/ui/QueryError';
import { useCovenantSections } from '../api/covenant-sections';
import type { Covenant } from './covenant';
import { SectionFigures } from './SectionFigures';
import { SectionResponseForm } from './SectionResponseForm';
import { SectionResponses } from './SectionResponses';

/** Each section of the text (its level 2 headings) with what residents think of it, and the viewer's own say. */
export function SectionsSection({ covenant }: { covenant: Covenant }) {
  const sections = useCovenantSections(covenant.slug);
  const canRespond = covenant.viewerCan.respond;
  const lead =
    covenant.status === 'CONSULTATION'
      ? 'Say whether you agree with each section of the text, and why. You can change your response until the consultation closes.'
      : covenant.status === 'DRAFT' || covenant.status === 'UNDER_REVIEW'
        ? 'Residents say whether they agree with each section of the text while it is in public consultation.'
        : 'What people said about each section of the text during public consultation.';

  return (
    <section className="section" aria-labelledby="sections-title">
      <div className="section__header">
        <h2 id="sections-title">Responses by section</h2>
      </div>
      <p className="section__lead">{lead}</p>
      {sections.isPending ? (
        <Loading label="Loading the sections…" />
      ) : sections.isError ? (
        <QueryError error={sections.error} onRetry={() => void sections.refetch()} />
      ) : sections.data.length === 0 ? (
        <p className="muted">The text has no sections to respond to yet: its sections are the headings marked H2.</p>
      ) : (
        <ol className="consultation-sections">
          {sections.data.map((section) => (
            <li key={section.id} className="consultation-section">
              <section aria-labelledby={`section-${section.id}`}>
                <div className="consultation-section__summary">
                  <h3 id={`section-${section.id}`} className="consultation-section__title">
                    {section.title || 'Untitled section'}
                  </h3>
                  <SectionFigures section={section} />
                </div>
                {canRespond ? (
                  <SectionResponseForm covenantId={covenant.id} slug={covenant.slug} section={section} />
                ) : null}
                <SectionResponses slug={covenant.slug} section={section} />
              </section>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
