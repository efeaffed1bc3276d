import { PAGE_PATHS, pagePath, PARTY_ROLE_LABELS } from '@covenant/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { QueryError } from '../../../components/ui/QueryError';
import type { PendingInvitationsQuery } from '../../../gql/graphql';
import { formatDay } from '../../../lib/dates';
import { usePendingInvitations } from '../api/pending-invitations';
import { useRespondToInvitation } from '../api/respond-to-invitation';

type Invitation = PendingInvitationsQuery['pendingInvitations'][number];

interface InvitationCardProps {
  invitation: Invitation;
  respond: ReturnType<typeof useRespondToInvitation>;
  onAnswered: (message: string) => void;
}

function InvitationCard({ invitation, respond, onAnswered }: InvitationCardProps) {
  const { covenant, organisation } = invitation;
  const answering = respond.isPending && respond.variables?.partyId === invitation.id;
  const failed = respond.isError && respond.variables?.partyId === invitation.id;
  const answer = (accept: boolean) =>
    respond.mutate(
      { partyId: invitation.id, accept },
      {
        onSuccess: () =>
          onAnswered(
            accept
              ? `${organisation.name} is now a party to “${covenant.title}”.`
              : `${organisation.name} declined “${covenant.title}”.`,
          ),
      },
    );
  const titleId = `invitation-${invitation.id}`;
  return (
    <li className="card invitation" aria-labelledby={titleId}>
      <p className="card__meta">
        For {organisation.name}, as {PARTY_ROLE_LABELS[invitation.role].toLowerCase()} · {covenant.neighbourhood.name}
      </p>
      <h3 id={titleId} className="invitation__title">
        {covenant.title}
      </h3>
      {covenant.summary ? <p className="card__text">{covenant.summary}</p> : null}
      <p className="card__meta">Invited {formatDay(invitation.invitedAt)}</p>
      {failed && respond.error ? <Alert tone="error" title={respond.error.message} /> : null}
      <div className="actions">
        <Link to={pagePath(PAGE_PATHS.covenant, { slug: covenant.slug })}>
          Read the covenant<span className="visually-hidden"> “{covenant.title}”</span> first
        </Link>
        <Button
          className="button--small"
          busy={answering && respond.variables?.accept === true}
          busyLabel="Accepting…"
          disabled={respond.isPending}
          onClick={() => answer(true)}
        >
          Accept<span className="visually-hidden"> for {organisation.name}</span>
        </Button>
        <Button
          variant="quiet"
          className="button--small"
          busy={answering && respond.variables?.accept === false}
          busyLabel="Declining…"
          disabled={respond.isPending}
          onClick={() => answer(false)}
        >
          Decline<span className="visually-hidden"> for {organisation.name}</span>
        </Button>
      </div>
    </li>
  );
}

/** Covenants waiting for an answer from organisations the viewer is an admin of; nothing shows when there are none. */
export function InvitationsSection() {
  const invitations = usePendingInvitations(true);
  // One mutation for the section, so its outcome is still reported after the answered card leaves the list.
  const respond = useRespondToInvitation();
  const [answered, setAnswered] = useState<string | null>(null);
  const list = invitations.data ?? [];
  if (invitations.isPending || (list.length === 0 && !answered && !invitations.isError)) return null;

  return (
    <section className="section invitations" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations waiting for you</h2>
      {answered ? <Alert tone="success" title={answered} /> : null}
      {invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : list.length > 0 ? (
        <ul className="card-list">
          {list.map((invitation) => (
            <InvitationCard key={invitation.id} invitation={invitation} respond={respond} onAnswered={setAnswered} />
          ))}
        </ul>
      ) : (
        <p className="muted">No more invitations to answer.</p>
      )}
    </section>
  );
}
