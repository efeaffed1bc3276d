import { Link } from 'react-router-dom';
import type { EscalationStatus } from '../../gql/graphql';
import { formatDay } from '../../lib/dates';
import { caseStanding, casePath } from './escalation-words';
import './escalations.css';

export interface EscalationSummary {
  id: string;
  number: number;
  status: EscalationStatus;
  responseDueOn?: string | null;
  responseOverdue: boolean;
  findings?: string | null;
  createdAt: string;
  respondent?: { name: string } | null;
}

/** The cases about one subject, each linking to its place on the commissioner's list. */
export function EscalationList({ escalations, title }: { escalations: readonly EscalationSummary[]; title: string }) {
  if (!escalations.length) return null;
  return (
    <div className="escalation-list">
      <h3>{title}</h3>
      <ul>
        {escalations.map((escalation) => (
          <li key={escalation.id}>
            <Link to={casePath(escalation.number)}>Case {escalation.number}</Link>, raised{' '}
            {formatDay(escalation.createdAt)}: {caseStanding(escalation)}
            {escalation.status === 'CONCLUDED' && escalation.findings ? (
              <p className="escalation-list__findings">
                <strong>Findings:</strong> {escalation.findings}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
