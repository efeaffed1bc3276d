import { useViewer } from '../../../lib/viewer';
import { communityOrganisations } from '../community-organisations';
import { DecideNominationForm } from './DecideNominationForm';
import { RecordDisposalForm } from './RecordDisposalForm';
import { RequestToBidForm } from './RequestToBidForm';
import type { Asset } from './types';

/** The forms this viewer may use on the asset now; none for most readers. */
export function AssetActions({
  asset,
  today,
  onDone,
}: {
  asset: Asset;
  today: string;
  onDone: (message: string) => void;
}) {
  const viewer = useViewer();
  const { decide, recordDisposal, requestToBid } = asset.viewerCan;
  const organisations = viewer.data ? communityOrganisations(viewer.data) : [];
  /** The sale a community organisation of the viewer's may ask to bid in. */
  const bidFor = requestToBid && organisations.length > 0 ? asset.disposal : null;
  if (!decide && !recordDisposal && !bidFor) return null;

  return (
    <section className="section" aria-labelledby="act-title">
      <h2 id="act-title">Act on this asset</h2>
      {decide ? <DecideNominationForm asset={asset} today={today} onDone={onDone} /> : null}
      {recordDisposal ? <RecordDisposalForm asset={asset} today={today} onDone={onDone} /> : null}
      {bidFor ? (
        <RequestToBidForm
          asset={asset}
          interimEndsOn={bidFor.interimEndsOn}
          organisations={organisations}
          onDone={onDone}
        />
      ) : null}
    </section>
  );
}
