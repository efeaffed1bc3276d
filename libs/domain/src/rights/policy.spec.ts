import { disposalClock } from './asset-clock';
import {
  assetPermissions,
  decideNominateAsset,
  decideNomination,
  decideRecordDisposal,
  decideRequestToBid,
  decideRespondToServiceRequest,
  decideSubmitServiceRequest,
  decideWithdrawServiceRequest,
  type AssetFacts,
  type RightsOrganisation,
  type RightsViewer,
} from './policy';

const group: RightsOrganisation = {
  id: 'g',
  name: 'Settle Pool Trust',
  kind: 'VOLUNTARY_ORGANISATION',
  verified: false,
};
const council: RightsOrganisation = {
  id: 'c',
  name: 'North Yorkshire Council',
  kind: 'LOCAL_AUTHORITY',
  verified: true,
};
const housing: RightsOrganisation = { id: 'h', name: 'Dales River Homes', kind: 'HOUSING_PROVIDER', verified: true };

const viewer = (memberships: RightsViewer['memberships'] = [], emailVerified = true): RightsViewer => ({
  signedIn: true,
  emailVerified,
  memberships,
});
const groupAdmin = viewer([{ organisationId: 'g', role: 'ADMIN', organisationKind: 'VOLUNTARY_ORGANISATION' }]);
const groupMember = viewer([{ organisationId: 'g', role: 'MEMBER', organisationKind: 'VOLUNTARY_ORGANISATION' }]);
const councilAdmin = viewer([{ organisationId: 'c', role: 'ADMIN', organisationKind: 'LOCAL_AUTHORITY' }]);
const anonymous: RightsViewer = { signedIn: false, emailVerified: false, memberships: [] };
const code = (decision: { allowed: boolean; code?: string }) => (decision.allowed ? 'OK' : decision.code);

const asset = (fields: Partial<AssetFacts> = {}): AssetFacts => ({
  status: 'LISTED',
  council: { id: 'c', name: council.name },
  disposal: null,
  ...fields,
});

describe('the community rights’ rules', () => {
  it('lets only a community organisation’s admin, with a confirmed address, nominate', () => {
    expect(code(decideNominateAsset(groupAdmin, group))).toBe('OK');
    expect(code(decideNominateAsset(anonymous, group))).toBe('UNAUTHENTICATED');
    expect(code(decideNominateAsset(groupMember, group))).toBe('FORBIDDEN');
    expect(code(decideNominateAsset(councilAdmin, council))).toBe('FORBIDDEN');
    expect(code(decideNominateAsset({ ...groupAdmin, emailVerified: false }, group))).toBe('FORBIDDEN');
  });

  it('lets the neighbourhood’s council decide a nomination once', () => {
    expect(code(decideNomination(councilAdmin, asset({ status: 'NOMINATED' })))).toBe('OK');
    expect(code(decideNomination(groupAdmin, asset({ status: 'NOMINATED' })))).toBe('FORBIDDEN');
    expect(code(decideNomination(councilAdmin, asset({ status: 'LISTED' })))).toBe('CONFLICT');
    expect(code(decideNomination(councilAdmin, asset({ status: 'NOMINATED', council: null })))).toBe('CONFLICT');
  });

  it('records one notice of disposal at a time, of a listed asset', () => {
    const running = { clock: disposalClock('2027-03-20', false), hasBidder: false };
    expect(code(decideRecordDisposal(councilAdmin, asset()))).toBe('OK');
    expect(code(decideRecordDisposal(councilAdmin, asset({ status: 'NOT_LISTED' })))).toBe('CONFLICT');
    expect(code(decideRecordDisposal(councilAdmin, asset({ disposal: running })))).toBe('CONFLICT');
  });

  it('takes one request to bid, within the interim moratorium', () => {
    const clock = disposalClock('2027-03-20', false);
    const noticed = asset({ disposal: { clock, hasBidder: false } });
    expect(code(decideRequestToBid(groupAdmin, noticed, '2027-04-30', group))).toBe('OK');
    expect(code(decideRequestToBid(groupAdmin, noticed, '2027-05-01', group))).toBe('CONFLICT');
    expect(code(decideRequestToBid(groupAdmin, asset(), '2027-04-01', group))).toBe('CONFLICT');
    expect(code(decideRequestToBid(groupAdmin, asset({ disposal: { clock, hasBidder: true } }), '2027-04-01'))).toBe(
      'CONFLICT',
    );
    expect(code(decideRequestToBid(councilAdmin, noticed, '2027-04-01', council))).toBe('FORBIDDEN');
    expect(assetPermissions(groupAdmin, noticed, '2027-04-01')).toEqual({
      decide: false,
      recordDisposal: false,
      requestToBid: true,
    });
  });

  it('sends a service request only to a verified public body, answered or withdrawn once', () => {
    expect(code(decideSubmitServiceRequest(groupAdmin, group, council))).toBe('OK');
    expect(code(decideSubmitServiceRequest(groupAdmin, group, housing))).toBe('BAD_USER_INPUT');
    expect(code(decideSubmitServiceRequest(groupAdmin, group, { ...council, verified: false }))).toBe('CONFLICT');
    expect(code(decideSubmitServiceRequest(councilAdmin, council, council))).toBe('FORBIDDEN');
    const request = {
      requesterId: 'g',
      requesterName: group.name,
      publicBodyId: 'c',
      publicBodyName: council.name,
      status: 'SUBMITTED' as const,
    };
    expect(code(decideRespondToServiceRequest(councilAdmin, request))).toBe('OK');
    expect(code(decideRespondToServiceRequest(groupAdmin, request))).toBe('FORBIDDEN');
    expect(code(decideRespondToServiceRequest(councilAdmin, { ...request, status: 'REFUSED' }))).toBe('CONFLICT');
    expect(code(decideWithdrawServiceRequest(groupAdmin, request))).toBe('OK');
    expect(code(decideWithdrawServiceRequest(councilAdmin, request))).toBe('FORBIDDEN');
    expect(code(decideWithdrawServiceRequest(groupAdmin, { ...request, status: 'WITHDRAWN' }))).toBe('CONFLICT');
  });
});
