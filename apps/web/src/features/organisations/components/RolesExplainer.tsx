import { MEMBER_ROLES, MEMBER_ROLE_LABELS } from '@covenant/domain';
import { ROLE_DESCRIPTIONS } from '../options';

export function RolesExplainer() {
  return (
    <details className="disclosure">
      <summary>What the roles mean</summary>
      <dl className="roles">
        {MEMBER_ROLES.map((role) => (
          <div key={role} className="roles__item">
            <dt>{MEMBER_ROLE_LABELS[role]}</dt>
            <dd>
              A {MEMBER_ROLE_LABELS[role].toLowerCase()} {ROLE_DESCRIPTIONS[role]}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
