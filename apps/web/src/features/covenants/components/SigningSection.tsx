import {
  formatLondonDay,
  organisationProof,
  signerProof,
  PAGE_PATHS,
  pagePath,
  PARTY_ROLE_LABELS,
  VERSION_STATUS_LABELS,
  versionPdfPath,
} from '@covenant/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { VerificationBadge } from '../../../components/ui/VerificationBadge';
import { formatDateTime } from '../../../lib/dates';
import { shortHash, signingRows, type SigningState } from '../signing-rows';
import type { Covenant } from './covenant';
import { SignatureForm } from './SignatureForm';

const WAITING: Record<Exclude<SigningState, 'signed'>, string> = {
  awaiting: 'Awaiting signature',
  'countersigns-last': 'Countersigns once every other party has signed',
  'countersignature-due': 'Ready to countersign',
};

/**
 * The version open for signature, or in force: its hash, who has signed and
 * who is awaited in order, and the form for a signatory whose turn it is.
 */
export function SigningSection({
  covenant,
  viewer,
}: {
  covenant: Covenant;
  viewer: { id: string; name: string; emailVerified: boolean } | null;
}) {
  const version = covenant.currentVersion;
  const [signing, setSigning] = useState<'sign' | 'countersign' | null>(null);
  if (!version) return null;
  const open = version.status === 'OPEN';
  const rows = signingRows(covenant.parties, version.signatures);
  const nameOf = (partyId: string) =>
    covenant.parties.find((party) => party.id === partyId)?.organisation.name ?? 'A party';
  const { sign, countersign, signParties } = covenant.viewerCan;
  const councilRow = rows.find((row) => row.party.role === 'COUNTERSIGNATORY');
  // A member who cannot sign is told who can; someone who may sign needs no such pointer.
  const mayActFor = (party: { id: string; role: string }) =>
    signParties.includes(party.id) || (party.role === 'COUNTERSIGNATORY' && countersign);
  // A member of a party who has not confirmed their address is told why nothing here is theirs to sign yet.
  const mustConfirmEmail =
    open &&
    !!viewer &&
    !viewer.emailVerified &&
    covenant.parties.some((party) => party.organisation.members.some((member) => member.user.id === viewer.id));
  const formParties =
    signing === 'countersign' && councilRow
      ? [{ id: councilRow.party.id, name: councilRow.party.organisation.name }]
      : signParties.map((id) => ({ id, name: nameOf(id) }));

  return (
    <section className="section signing" aria-labelledby="signing-title">
      <h2 id="signing-title">{open ? `Signing version ${version.number}` : `Signed: version ${version.number}`}</h2>
      <p>
        {open
          ? 'The text above, the parties and their commitments are frozen as this version. Each party’s signatory signs it; the council countersigns last.'
          : `${VERSION_STATUS_LABELS[version.status]}${version.inForceFrom ? ` since ${formatLondonDay(version.inForceFrom)}` : ''}. Every party signed this exact text.`}
      </p>
      <dl className="signing__facts">
        <div>
          <dt>Content hash</dt>
          <dd>
            <code className="hash" title={version.contentHash}>
              {shortHash(version.contentHash)}
            </code>
            <details className="signing__hash">
              <summary>Show the full hash</summary>
              <code className="hash hash--full">{version.contentHash}</code>
            </details>
          </dd>
        </div>
        <div>
          <dt>Frozen</dt>
          <dd>{formatDateTime(version.frozenAt)}</dd>
        </div>
      </dl>
      <p className="actions">
        <a className="button button--quiet button--small" href={versionPdfPath(covenant.slug, version.number)} download>
          Download the PDF of version {version.number}
        </a>
        <Link className="button button--quiet button--small" to={pagePath(PAGE_PATHS.verify, { slug: covenant.slug })}>
          Verify this covenant
        </Link>
      </p>
      <ol className="signing__parties" aria-label="Signatures, in the order the parties sign">
        {rows.map((row) => (
          <li key={row.party.id} className={`signing__party signing__party--${row.state}`}>
            <div className="signing__who">
              <strong>{row.party.organisation.name}</strong>{' '}
              <span className="party__role">{PARTY_ROLE_LABELS[row.party.role]}</span>{' '}
              <VerificationBadge verification={row.party.organisation.verification} />
            </div>
            {row.signature ? (
              <>
                <p className="signing__signature">
                  <span className="tag tag--signed">{row.signature.countersignature ? 'Countersigned' : 'Signed'}</span>{' '}
                  by {row.signature.signerName}, {row.signature.signerPosition}, on{' '}
                  {formatDateTime(row.signature.signedAt)}
                  {row.signature.mandate ? <span className="muted"> · Mandate: {row.signature.mandate}</span> : null}
                </p>
                <p className="signing__proof muted">
                  When signing: organisation{' '}
                  {organisationProof(row.signature.organisationVerified, row.party.organisation.verification.domains)},
                  signed {signerProof(row.signature.signerDomain)}.
                </p>
              </>
            ) : (
              <p className="signing__waiting">
                <span className="tag">{WAITING[row.state as Exclude<SigningState, 'signed'>]}</span>
                {open && row.signatories.length && !mayActFor(row.party) ? (
                  <span className="muted">
                    {' '}
                    Who can sign for {row.party.organisation.name}: {row.signatories.join(', ')}.
                  </span>
                ) : null}
              </p>
            )}
          </li>
        ))}
      </ol>
      {mustConfirmEmail ? (
        <Alert tone="info" title="Confirm your e-mail address to sign">
          <p>
            Signing needs an address that is proved to be yours. Open the link we e-mailed you, or send a new one from
            the notice at the top of the page.
          </p>
        </Alert>
      ) : null}
      {open && (sign || countersign) && !signing ? (
        <div className="actions">
          {sign ? (
            <Button onClick={() => setSigning('sign')}>
              {signParties.length === 1 ? `Sign for ${nameOf(signParties[0])}` : 'Sign'}
            </Button>
          ) : null}
          {countersign && councilRow ? (
            <Button onClick={() => setSigning('countersign')}>
              Countersign for {councilRow.party.organisation.name}
            </Button>
          ) : null}
        </div>
      ) : null}
      {open && signing ? (
        <SignatureForm
          key={signing}
          kind={signing}
          covenantId={covenant.id}
          slug={covenant.slug}
          version={version}
          parties={formParties}
          signerName={viewer?.name ?? ''}
          onDone={() => setSigning(null)}
        />
      ) : null}
    </section>
  );
}
