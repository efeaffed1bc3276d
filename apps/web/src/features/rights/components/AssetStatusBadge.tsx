import { ASSET_STATUS_LABELS } from '@covenant/domain';
import type { AssetStatus } from '../../../gql/graphql';
import { modifier } from '../modifier';

/** An asset's standing with the council as a coloured label; the words carry the meaning. */
export function AssetStatusBadge({ status }: { status: AssetStatus }) {
  return <span className={`badge badge--asset-${modifier(status)}`}>{ASSET_STATUS_LABELS[status]}</span>;
}
