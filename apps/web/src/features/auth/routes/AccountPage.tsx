import { PageHeader } from '../../../components/ui/PageHeader';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { ChangeEmailForm } from '../components/ChangeEmailForm';

/** The signed-in person's own account: who they are to the platform, and their address. */
export function AccountPage() {
  usePageTitle('Your account');
  const viewer = useViewer();
  const me = viewer.data;
  if (!me) return null;
  return (
    <div className="narrow stack">
      <PageHeader title="Your account" />
      <dl className="facts">
        <div className="facts__item">
          <dt>Name</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div className="facts__item">
          <dt>E-mail address</dt>
          <dd>
            {me.email}{' '}
            <span className={`verification-badge verification-badge--${me.emailVerified ? 'verified' : 'unverified'}`}>
              {me.emailVerified ? 'Confirmed' : 'Not confirmed yet'}
            </span>
          </dd>
        </div>
      </dl>
      <ChangeEmailForm />
    </div>
  );
}
