import {
  PAGE_PATHS,
  pagePath,
  parseCanonicalContent,
  PARTY_ROLE_LABELS,
  SIGNATURE_STATUS_LABELS,
  signatureInWords,
} from '@covenant/domain';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/dates';
import type { FrozenVersion } from './types';
import { TableScroll } from '../../../components/ui/TableScroll';

/** The domains each party was verified by when the version was frozen, by party id (none for the first layout). */
function frozenDomains(version: FrozenVersion): Map<string, string[]> {
  try {
    const { parties } = parseCanonicalContent(version.canonicalContent);
    return new Map(parties.map((party) => [party.partyId, party.verification?.domains ?? []]));
  } catch {
    return new Map();
  }
}

/** Who signed a version, for whom and when, in the order they signed, superseded signatures included. */
export function SignaturesTable({ version }: { version: FrozenVersion }) {
  if (!version.signatures.length) return <p className="muted">No one has signed this version.</p>;
  const domains = frozenDomains(version);
  const valid = version.signatures.filter((signature) => signature.status === 'VALID');
  return (
    <>
      {valid.length ? (
        <ul className="verification-signers">
          {valid.map((signature) => (
            <li key={signature.id}>
              {signatureInWords({
                signerName: signature.signerName,
                organisationName: signature.party.organisation.name,
                organisationVerified: signature.organisationVerified,
                organisationDomains: domains.get(signature.party.id) ?? [],
                signerDomain: signature.signerDomain,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <TableScroll label={`Signatures on version ${version.number}`}>
        <table className="verification-signatures">
          <caption>Signatures on version {version.number}, in the order they were made</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Role</th>
              <th scope="col">Signed by</th>
              <th scope="col">Mandate</th>
              <th scope="col">Signed at</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {version.signatures.map((signature) => (
              <tr key={signature.id}>
                <th scope="row">
                  <Link to={pagePath(PAGE_PATHS.organisation, { slug: signature.party.organisation.slug })}>
                    {signature.party.organisation.name}
                  </Link>
                </th>
                <td>{PARTY_ROLE_LABELS[signature.party.role]}</td>
                <td>
                  <span className="verification-signatures__name">{signature.signerName}</span>{' '}
                  <span className="verification-signatures__position">{signature.signerPosition}</span>
                </td>
                <td>{signature.mandate ?? <span className="muted">None given</span>}</td>
                <td>
                  <time dateTime={signature.signedAt}>{formatDateTime(signature.signedAt)}</time>
                </td>
                <td>
                  <span className="verification-signatures__tags">
                    <span>{SIGNATURE_STATUS_LABELS[signature.status]}</span>{' '}
                    {signature.countersignature ? <span className="tag">Countersignature</span> : null}{' '}
                    {/* What the record itself shows; verifyCovenant also compares with the recomputed hash. */}
                    {signature.contentHash !== version.contentHash ? (
                      <span className="tag verification-tag--problem">Hash differs from the version</span>
                    ) : null}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
