import { VERSION_STATUS_LABELS, versionPdfPath } from '@covenant/domain';
import { formatDateTime, formatDay } from '../../../lib/dates';
import { SignaturesTable } from './SignaturesTable';
import type { FrozenVersion } from './types';

const SEAL_KEYS_PATH = '/.well-known/covenant-seal-keys.json';

/** A hash or seal is long and unbroken: shown in full in a block that wraps, since a reader may compare it. */
function LongValue({ value }: { value: string }) {
  return <code className="verification-value">{value}</code>;
}

function inForce(version: FrozenVersion) {
  if (version.inForceFrom) return <time dateTime={version.inForceFrom}>{formatDay(version.inForceFrom)}</time>;
  return version.status === 'SUPERSEDED' ? 'Never: it was superseded before it was complete' : 'Not yet';
}

function seal(version: FrozenVersion) {
  if (version.seal) {
    return (
      <>
        <LongValue value={version.seal} />
        <p>
          {version.sealKeyId ? (
            <>
              Made with the key <code className="code">{version.sealKeyId}</code>
            </>
          ) : (
            'Made before seals named their key: it is checked against every key'
          )}{' '}
          (see <a href={SEAL_KEYS_PATH}>every key the platform has used</a>).
        </p>
      </>
    );
  }
  if (version.complete) return <span className="tag verification-tag--problem">Missing, although it is complete</span>;
  if (version.status === 'SUPERSEDED') return 'None: it was superseded before it was complete';
  return 'None yet: the platform seals a version once every party has signed and the council has countersigned';
}

/** One frozen version: what identifies its text, its seal, its PDF and everyone who signed it. */
export function VersionRecord({ slug, version }: { slug: string; version: FrozenVersion }) {
  const titleId = `version-${version.number}-title`;
  return (
    <section className="verification-version" aria-labelledby={titleId}>
      <h3 id={titleId}>Version {version.number}</h3>
      <dl className="facts">
        <div className="facts__item">
          <dt>Status</dt>
          <dd>{VERSION_STATUS_LABELS[version.status]}</dd>
        </div>
        <div className="facts__item">
          <dt>Frozen</dt>
          <dd>
            <time dateTime={version.frozenAt}>{formatDateTime(version.frozenAt)}</time>
          </dd>
        </div>
        <div className="facts__item">
          <dt>In force from</dt>
          <dd>{inForce(version)}</dd>
        </div>
        <div className="facts__item">
          <dt>Content hash (SHA-256)</dt>
          <dd>
            <p>
              Begins <code className="code">{version.contentHash.slice(0, 12)}</code>; in full:
            </p>
            <LongValue value={version.contentHash} />
          </dd>
        </div>
        <div className="facts__item">
          <dt>Platform seal (Ed25519, base64)</dt>
          <dd>{seal(version)}</dd>
        </div>
      </dl>
      <p>
        <a href={versionPdfPath(slug, version.number)}>
          {version.complete ? 'Download the signed PDF' : 'Download the PDF'}
          <span className="visually-hidden"> of version {version.number}</span>
        </a>
      </p>
      <SignaturesTable version={version} />
    </section>
  );
}
