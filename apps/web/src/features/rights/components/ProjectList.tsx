import { formatPounds } from '@covenant/domain';
import type { BudgetProject } from './types';

/** The projects proposed so far, with what each would cost and who proposed it. */
export function ProjectList({ projects }: { projects: readonly BudgetProject[] }) {
  if (projects.length === 0) return <p className="muted">No project has been proposed yet.</p>;
  return (
    <ul className="card-list">
      {projects.map((project) => (
        <li key={project.id} className="card">
          <div className="card__heading">
            <h3 className="card__title budget-project__title">{project.title}</h3>
            <span className="budget-project__cost">{formatPounds(project.cost)}</span>
          </div>
          {project.description ? <p className="long-text">{project.description}</p> : null}
          <p className="card__meta">Proposed by {project.proposedBy.displayName}</p>
        </li>
      ))}
    </ul>
  );
}
