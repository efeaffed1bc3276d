import { collectsSupport } from '@covenant/domain';
import { Link, useLocation } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { signInPath } from '../../../lib/auth-links';
import { useSupportCovenant } from '../api/support-covenant';
import type { Covenant } from './covenant';

/** Residents add their support once; asking again changes nothing, so the page simply says they support it. */
export function SupportPanel({ covenant, signedIn }: { covenant: Covenant; signedIn: boolean }) {
  const support = useSupportCovenant(covenant.slug);
  const location = useLocation();
  const open = collectsSupport(covenant);
  if (!open && covenant.supportCount === 0) return null;

  return (
    <section className="support-panel" aria-labelledby="support-title">
      <h2 id="support-title" className="support-panel__title">
        Support
      </h2>
      {covenant.supportCount === 0 ? (
        <p className="support-panel__count">No one has added their support yet.</p>
      ) : (
        <p className="support-panel__count">
          <span className="support-panel__number">{covenant.supportCount}</span>{' '}
          {covenant.supportCount === 1 ? 'person supports' : 'people support'} this covenant
        </p>
      )}
      {covenant.viewerSupports ? (
        <Alert tone="success" title="You support this covenant" />
      ) : covenant.viewerCan.support ? (
        <>
          <Button busy={support.isPending} busyLabel="Adding your support…" onClick={() => support.mutate(covenant.id)}>
            Support this covenant
          </Button>
          {support.error ? <Alert tone="error" title={support.error.message} /> : null}
        </>
      ) : open && !signedIn ? (
        <p>
          <Link to={signInPath(location.pathname)}>Sign in</Link> to add your support.
        </p>
      ) : null}
    </section>
  );
}
