import { describeAuditEvent } from './audit-wording';

const names = new Map([
  ['1', 'Settle Community Hydro'],
  ['2', 'Settle Pool Trust'],
  ['3', 'North Yorkshire Council'],
]);
const alys = { displayName: 'Alys Whitfield' };
const event = (action: string, details: object, actor: { displayName: string } | null = alys) => ({
  action,
  details: JSON.stringify(details),
  actor,
});

describe(describeAuditEvent.name, () => {
  it('names the organisations that were invited, accepted, declined, left or were removed', () => {
    expect(describeAuditEvent(event('party.invited', { organisationId: '2', role: 'PARTNER' }), names).text).toBe(
      'Alys Whitfield invited Settle Pool Trust as a partner',
    );
    expect(
      describeAuditEvent(event('party.invited', { organisationId: '3', role: 'COUNTERSIGNATORY' }), names).text,
    ).toBe('Alys Whitfield invited North Yorkshire Council as countersignatory');
    expect(describeAuditEvent(event('party.accepted', { organisationId: '2' }), names).text).toBe(
      'Settle Pool Trust accepted the invitation',
    );
    expect(describeAuditEvent(event('party.declined', { organisationId: '3' }), names).text).toBe(
      'North Yorkshire Council declined the invitation',
    );
    expect(describeAuditEvent(event('party.removed', { organisationId: '2', left: true }), names).text).toBe(
      'Settle Pool Trust left the covenant',
    );
    expect(describeAuditEvent(event('party.removed', { organisationId: '2' }), names).text).toBe(
      'Alys Whitfield removed Settle Pool Trust',
    );
  });

  it('says who started the covenant and for which organisation', () => {
    expect(describeAuditEvent(event('covenant.created', { convenorOrganisationId: '1' }), names).text).toBe(
      'Alys Whitfield started the covenant for Settle Community Hydro',
    );
  });

  it('describes status changes with their reasons', () => {
    expect(describeAuditEvent(event('status.changed', { from: 'DRAFT', to: 'CONSULTATION' }), names)).toEqual({
      text: 'Alys Whitfield opened public consultation',
      detail: null,
    });
    expect(
      describeAuditEvent(
        event('status.changed', { from: 'CONSULTATION', to: 'DRAFT', reason: 'Add the Sunday opening hours.' }),
        names,
      ),
    ).toEqual({
      text: 'Alys Whitfield returned the covenant to draft',
      detail: 'Reason: Add the Sunday opening hours.',
    });
    expect(describeAuditEvent(event('status.changed', { from: 'IN_FORCE', to: 'UNDER_REVIEW' }), names).text).toBe(
      'Alys Whitfield started a review',
    );
  });

  it('counts support and tells comments from replies', () => {
    expect(describeAuditEvent(event('support.added', { supportCount: 1 }), names).detail).toBe(
      '1 person supports it now',
    );
    expect(describeAuditEvent(event('comment.added', { commentId: '9', parentId: '8' }), names).text).toBe(
      'Alys Whitfield replied to a comment',
    );
    expect(describeAuditEvent(event('comment.added', { commentId: '8' }), names).text).toBe('Alys Whitfield commented');
  });

  it('names the party a commitment belongs to, with its title', () => {
    const details = { commitmentId: 'c1', organisationId: '2', title: 'Reopen the pool on Sundays by June' };
    expect(describeAuditEvent(event('commitment.added', details), names)).toEqual({
      text: 'Alys Whitfield added a commitment for Settle Pool Trust',
      detail: 'Reopen the pool on Sundays by June',
    });
    expect(describeAuditEvent(event('commitment.updated', details), names).text).toBe(
      'Alys Whitfield changed a commitment of Settle Pool Trust',
    );
    expect(describeAuditEvent(event('commitment.removed', details), names).text).toBe(
      'Alys Whitfield removed a commitment of Settle Pool Trust',
    );
  });

  it('says who reported progress, on what and how far it got', () => {
    const details = { organisationId: '2', title: 'Sunday swims', progress: 'AT_RISK', percentComplete: 30 };
    expect(describeAuditEvent(event('commitment.progress', details), names)).toEqual({
      text: 'Alys Whitfield reported progress for Settle Pool Trust',
      detail: 'Sunday swims: At risk, 30%',
    });
  });

  it('tells the signing in words: freezing, each signature with its signer, the seal, and signatures that lapsed', () => {
    const hash = 'ab12cd34ef56'.padEnd(64, '0');
    expect(describeAuditEvent(event('version.frozen', { number: 1, contentHash: hash }), names)).toEqual({
      text: 'Alys Whitfield froze the text as version 1 for signature',
      detail: 'Content hash ab12cd34ef56…',
    });
    const signed = event('signature.added', {
      organisationId: '3',
      versionNumber: 1,
      signerName: 'Nadia Bell',
      signerPosition: 'Director of Communities',
      mandate: 'Executive decision ED/2026/31',
      countersignature: true,
    });
    expect(describeAuditEvent(signed, names)).toEqual({
      text: 'Nadia Bell countersigned version 1 for North Yorkshire Council',
      detail: 'Director of Communities · Mandate: Executive decision ED/2026/31',
    });
    expect(describeAuditEvent(event('version.sealed', { number: 2, replacedVersion: 1 }, null), names)).toEqual({
      text: 'The platform sealed version 2',
      detail: 'It replaces version 1.',
    });
    const back = event('status.changed', {
      from: 'OPEN_FOR_SIGNATURE',
      to: 'DRAFT',
      reason: 'Change the date.',
      supersededVersion: 1,
      supersededSignatures: 2,
    });
    expect(describeAuditEvent(back, names).detail).toBe(
      'Reason: Change the date. 2 signatures on version 1 no longer count.',
    );
  });

  it('still reads sensibly for unknown actions, organisations and broken details', () => {
    expect(describeAuditEvent({ action: 'party.merged', details: 'not json', actor: null }, names)).toEqual({
      text: 'Party merged',
      detail: null,
    });
    expect(describeAuditEvent(event('party.accepted', { organisationId: '99' }), names).text).toBe(
      'An organisation accepted the invitation',
    );
  });
  it('tells the story of an amendment, and what an accepted one changed', () => {
    expect(describeAuditEvent(event('amendment.proposed', { amendmentId: 'a', number: 2 }), names).text).toBe(
      'Alys Whitfield proposed amendment 2',
    );
    expect(
      describeAuditEvent(event('amendment.supported', { amendmentId: 'a', number: 2, supportCount: 3 }), names),
    ).toEqual({ text: 'Alys Whitfield supported amendment 2', detail: '3 people support it now' });
    expect(describeAuditEvent(event('amendment.withdrawn', { amendmentId: 'a', number: 2 }), names).text).toBe(
      'Alys Whitfield withdrew amendment 2',
    );
    expect(
      describeAuditEvent(
        event('amendment.accepted', { amendmentId: 'a', number: 2, oldText: 'on Sundays', newText: 'every day' }),
        names,
      ),
    ).toEqual({
      text: 'Alys Whitfield accepted amendment 2 into the text',
      detail: '“on Sundays” now reads “every day”',
    });
    expect(describeAuditEvent(event('amendment.rejected', { amendmentId: 'a' }), names).text).toBe(
      'Alys Whitfield rejected an amendment',
    );
  });

  it('says how someone responded to a section', () => {
    expect(describeAuditEvent(event('section.responded', { sectionId: 's', position: 'DISAGREE' }), names).text).toBe(
      'Alys Whitfield disagreed with a section of the text',
    );
    expect(describeAuditEvent(event('section.responded', { sectionId: 's' }), names).text).toBe(
      'Alys Whitfield responded to a section of the text',
    );
  });

  it('words the commissioner’s casework and disputed deliveries', () => {
    const about = { number: 3, title: 'Reopen the footbridge', organisationId: '2' };
    expect(describeAuditEvent(event('delivery.disputed', about), names)).toEqual({
      text: 'Alys Whitfield disputed that Settle Pool Trust delivered a commitment',
      detail: 'Reopen the footbridge',
    });
    expect(describeAuditEvent(event('dispute.answered', about), names).text).toBe(
      'Alys Whitfield answered a dispute for Settle Pool Trust',
    );
    expect(describeAuditEvent(event('escalation.raised', { ...about, subjectType: 'COMMITMENT' }), names).text).toBe(
      'Alys Whitfield escalated a commitment to the Community Power Commissioner (case 3)',
    );
    expect(
      describeAuditEvent(
        event('escalation.response-requested', { ...about, organisationId: 'elsewhere', dueOn: '2027-01-04' }),
        names,
      ),
    ).toEqual({ text: 'The commissioner asked an organisation to respond to case 3', detail: 'By 4 January 2027' });
    expect(describeAuditEvent(event('escalation.responded', about), names).text).toBe(
      'Alys Whitfield responded to case 3 for Settle Pool Trust',
    );
    expect(describeAuditEvent(event('escalation.concluded', about), names).text).toBe(
      'The commissioner published findings on case 3',
    );
    expect(describeAuditEvent(event('escalation.dismissed', about), names).text).toBe(
      'The commissioner dismissed case 3',
    );
  });
});
