import { lifecycleSteps, type CovenantStatus, type Visibility } from '@covenant/domain';
import type { VersionStatus } from '../../../gql/graphql';
import { lifecycleFacts } from '../covenant-parties';

const STATE_WORDS = { done: 'done', current: 'current step', upcoming: 'still to come' } as const;

/** Where the covenant has been, where it is and what comes next, as an ordered list. */
export function StatusTimeline({
  status,
  visibility,
  versions,
}: {
  status: CovenantStatus;
  visibility: Visibility;
  versions: readonly { status: VersionStatus }[];
}) {
  const steps = lifecycleSteps({ status, visibility, ...lifecycleFacts(versions) });
  return (
    <section className="section" aria-labelledby="status-title">
      <h2 id="status-title" className="visually-hidden">
        Status
      </h2>
      <ol className="timeline" aria-label="Where this covenant is">
        {steps.map((step, index) => (
          <li
            key={`${step.status}-${index}`}
            className={`timeline__step timeline__step--${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="timeline__marker" aria-hidden="true">
              {step.state === 'done' ? '✓' : index + 1}
            </span>
            <span className="timeline__label">{step.label}</span>
            <span className="visually-hidden"> ({STATE_WORDS[step.state]})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
