import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { EmptyState } from '../../../components/ui/EmptyState';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { QueryError } from '../../../components/ui/QueryError';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../../../lib/viewer';
import { useVerificationRequests } from '../api/verification-requests';
import { ReviewRequest } from '../components/ReviewRequest';
import '../identity.css';

/** Stewards review, oldest first, the organisations asking to be verified by a domain. */
export function StewardsPage() {
  usePageTitle('Organisations awaiting verification');
  const viewer = useViewer();
  const isSteward = !!viewer.data?.isSteward;
  const requests = useVerificationRequests(isSteward);
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  // The reviewed request leaves the list with the button that had focus: focus goes to what happened.
  useEffect(() => {
    if (message) status.current?.focus();
  }, [message]);

  const header = (
    <PageHeader
      title="Organisations awaiting verification"
      lead={
        <p>
          Check that each domain belongs to the organisation (its official website, a public register such as the list
          of councils on GOV.UK or the NHS organisation data service), then approve or reject with a public note.
        </p>
      }
    />
  );

  if (!isSteward) {
    return (
      <div className="stack">
        {header}
        <Alert tone="info" title="Only platform stewards review verification">
          <p>
            Stewards are appointed by the people who run this platform, on its command line. To have your organisation
            verified, an admin asks for it on the organisation’s page.
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <div className="stack">
      {header}
      <p role="status" aria-live="polite" className="stewards-status" ref={status} tabIndex={-1}>
        {message}
      </p>
      {requests.isPending ? (
        <Loading label="Loading the requests…" />
      ) : requests.isError ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <EmptyState title="No organisations are waiting for review" headingLevel={2}>
          <p>New requests appear here, oldest first.</p>
        </EmptyState>
      ) : (
        <ol className="review-requests">
          {requests.data.map((request) => (
            <ReviewRequest key={request.id} request={request} onReviewed={setMessage} />
          ))}
        </ol>
      )}
    </div>
  );
}
