import { ButtonLink } from '../../../components/ui/ButtonLink';
import { EmptyState } from '../../../components/ui/EmptyState';

export function AlreadySignedIn({ name, next }: { name: string; next: string }) {
  return (
    <EmptyState
      title={`You are signed in as ${name}`}
      headingLevel={2}
      actions={<ButtonLink to={next}>Continue</ButtonLink>}
    >
      <p>To use another account, sign out first.</p>
    </EmptyState>
  );
}
