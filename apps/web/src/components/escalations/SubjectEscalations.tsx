import type { EscalationSubject } from '../../gql/graphql';
import { EscalateForm } from './EscalateForm';
import { EscalationList } from './EscalationList';
import { useSubjectEscalations } from './escalations-api';

export interface SubjectEscalationsProps {
  subjectType: EscalationSubject;
  subjectId: string;
  subjectName: string;
  /** Whether the rules let it be escalated now; its cases show either way. */
  escalatable?: boolean;
}

/** A subject page's section on the commissioner: its cases, and the form to raise one. */
export function SubjectEscalations({
  subjectType,
  subjectId,
  subjectName,
  escalatable = true,
}: SubjectEscalationsProps) {
  const cases = useSubjectEscalations({ subjectType, subjectId });
  const escalations = cases.data ?? [];
  if (!escalatable && !escalations.length) return null;
  return (
    <section className="section stack" aria-labelledby={`commissioner-${subjectId}`}>
      <h2 id={`commissioner-${subjectId}`}>The Community Power Commissioner</h2>
      <EscalationList escalations={escalations} title="Cases before the commissioner" />
      {escalatable ? <EscalateForm subjectType={subjectType} subjectId={subjectId} subjectName={subjectName} /> : null}
    </section>
  );
}
