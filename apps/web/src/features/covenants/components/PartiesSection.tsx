import { PAGE_PATHS, pagePath, PARTY_ROLE_LABELS, PARTY_STATUS_LABELS } from '@covenant/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { VerificationBadge } from '../../../components/ui/VerificationBadge';
import { Button } from '../../../components/ui/Button';
import { arrangeParties } from '../covenant-parties';
import type { Covenant, Party } from './covenant';
import { InvitePartyForm } from './InvitePartyForm';
import { RemovePartyConfirm } from './RemovePartyConfirm';

export interface PartiesSectionProps {
  covenant: Covenant;
  /** Organisations the viewer is an admin of, marked as theirs. */
  adminOf: ReadonlySet<string>;
}

function PartyItem({ party, covenant, isOwn }: { party: Party; covenant: Covenant; isOwn: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const name = party.organisation.name;
  const past = party.status === 'DECLINED' || party.status === 'REMOVED';
  const { remove, leave } = party.viewerCan;
  return (
    <li className={['party', past ? 'party--past' : null].filter(Boolean).join(' ')}>
      <div className="party__main">
        <Link className="party__name" to={pagePath(PAGE_PATHS.organisation, { slug: party.organisation.slug })}>
          {name}
        </Link>
        <span className="party__role">{PARTY_ROLE_LABELS[party.role]}</span>
        <VerificationBadge verification={party.organisation.verification} />
        {party.status !== 'ACCEPTED' ? (
          <span className={`tag tag--${party.status.toLowerCase()}`}>{PARTY_STATUS_LABELS[party.status]}</span>
        ) : null}
        {isOwn ? <span className="tag">Yours</span> : null}
      </div>
      {remove ? (
        confirming ? (
          <RemovePartyConfirm
            party={party}
            slug={covenant.slug}
            covenantTitle={covenant.title}
            leaving={leave}
            onDone={() => setConfirming(false)}
          />
        ) : (
          <Button variant="quiet" className="button--small" onClick={() => setConfirming(true)}>
            {leave ? 'Leave' : 'Remove'}
            <span className="visually-hidden"> {name}</span>
          </Button>
        )
      ) : null}
    </li>
  );
}

export function PartiesSection({ covenant, adminOf }: PartiesSectionProps) {
  const { current, past } = arrangeParties(covenant.parties);
  const canInvite = covenant.viewerCan.invite;
  return (
    <section className="section" aria-labelledby="parties-title">
      <h2 id="parties-title">Parties</h2>
      <ul className="party-list">
        {current.map((party) => (
          <PartyItem key={party.id} party={party} covenant={covenant} isOwn={adminOf.has(party.organisation.id)} />
        ))}
      </ul>
      {past.length > 0 ? (
        <details className="disclosure past-parties">
          <summary>Past parties ({past.length})</summary>
          <ul className="party-list">
            {past.map((party) => (
              <PartyItem key={party.id} party={party} covenant={covenant} isOwn={false} />
            ))}
          </ul>
        </details>
      ) : null}
      {canInvite ? <InvitePartyForm covenant={covenant} /> : null}
    </section>
  );
}
