import { formatLondonDay, PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { formatDay } from '../../../lib/dates';
import type { Asset } from './types';

const isWebAddress = (text: string) => /^https?:\/\//.test(text);

function Decision({ asset }: { asset: Asset }) {
  if (asset.status === 'NOMINATED') {
    return <>Awaited: the council should decide by {formatLondonDay(asset.decisionDueOn)}.</>;
  }
  // A listing that has run its term reads REMOVED, but the council's decision was to list it.
  const outcome = asset.status === 'NOT_LISTED' ? 'Not listed' : 'Listed';
  return (
    <>
      {asset.decidedOn ? <p>{`${outcome} on ${formatLondonDay(asset.decidedOn)}.`}</p> : null}
      {asset.decisionReason ? <p className="asset-facts__reason">{asset.decisionReason}</p> : null}
    </>
  );
}

/** The rules by their source; their name too where the source does not already say it. */
function RuleSetSource({ name, source }: { name: string; source: string }) {
  if (source.includes(name)) return <>{source}</>;
  return (
    <>
      {name} <span className="muted">({source})</span>
    </>
  );
}

/** What the asset is, who nominated it, what the council decided and under which rules. */
export function AssetFacts({ asset }: { asset: Asset }) {
  return (
    <dl className="facts">
      <div className="facts__item">
        <dt>Address</dt>
        <dd className="asset-facts__address">{asset.address}</dd>
      </div>
      {asset.ownerName ? (
        <div className="facts__item">
          <dt>Owner</dt>
          <dd>{asset.ownerName}</dd>
        </div>
      ) : null}
      <div className="facts__item">
        <dt>Nominated by</dt>
        <dd>
          <Link to={pagePath(PAGE_PATHS.organisation, { slug: asset.nominatedBy.slug })}>{asset.nominatedBy.name}</Link>{' '}
          on {formatDay(asset.nominatedAt)}
        </dd>
      </div>
      <div className="facts__item">
        <dt>The council’s decision</dt>
        <dd>
          <Decision asset={asset} />
        </dd>
      </div>
      {asset.listedUntil ? (
        <div className="facts__item">
          <dt>Listed until</dt>
          <dd>{formatLondonDay(asset.listedUntil)}</dd>
        </div>
      ) : null}
      <div className="facts__item">
        <dt>Rules</dt>
        <dd>
          {isWebAddress(asset.ruleSet.source) ? (
            <a href={asset.ruleSet.source} rel="noopener noreferrer">
              {asset.ruleSet.name}
            </a>
          ) : (
            <RuleSetSource name={asset.ruleSet.name} source={asset.ruleSet.source} />
          )}
        </dd>
      </div>
    </dl>
  );
}
