/**
 * The audit trail in words: "Settle Pool Trust accepted the invitation" rather
 * than `party.accepted {"organisationId": …}`. Organisations are named from the
 * covenant's parties; anything unexpected still reads sensibly.
 */
import { COMMITMENT_PROGRESS_LABELS, formatLondonDay, type CommitmentProgress } from '@covenant/domain';

export interface AuditEventLike {
  action: string;
  details: string;
  actor?: { displayName: string } | null;
}

export interface AuditWording {
  text: string;
  /** A reason or other detail worth reading, shown under the sentence. */
  detail: string | null;
}

const ROLE_PHRASES: Record<string, string> = {
  CONVENOR: 'convenor',
  PARTNER: 'a partner',
  COUNTERSIGNATORY: 'countersignatory',
};

const STATUS_PHRASES: Record<string, string> = {
  DRAFT: 'draft',
  CONSULTATION: 'public consultation',
  OPEN_FOR_SIGNATURE: 'open for signature',
  IN_FORCE: 'in force',
  UNDER_REVIEW: 'under review',
  ENDED: 'ended',
  WITHDRAWN: 'withdrawn',
};

function parseDetails(details: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(details);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function statusPhrase(status: unknown): string {
  const key = text(status) ?? '';
  return STATUS_PHRASES[key] ?? key.toLowerCase().replace(/_/g, ' ');
}

function version(number: unknown): string {
  return typeof number === 'number' ? `version ${number}` : 'a version';
}

function escalationCase(number: unknown): string {
  return typeof number === 'number' ? `case ${number}` : 'a case';
}

function amendment(number: unknown): string {
  return typeof number === 'number' ? `amendment ${number}` : 'an amendment';
}

const RESPONSE_PHRASES: Record<string, string> = {
  AGREE: 'agreed with a section of the text',
  DISAGREE: 'disagreed with a section of the text',
  UNSURE: 'was unsure about a section of the text',
};

/** `version.frozen` → "Version frozen". */
function humanise(action: string): string {
  const words = action.replace(/[._]/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Something changed';
}

function statusChange(who: string, from: string | null, to: string | null): string {
  switch (to) {
    case 'CONSULTATION':
      return `${who} opened public consultation`;
    case 'OPEN_FOR_SIGNATURE':
      return `${who} opened the covenant for signature`;
    case 'IN_FORCE':
      return 'The covenant came into force';
    case 'UNDER_REVIEW':
      return from === 'IN_FORCE' ? `${who} started a review` : `${who} returned the revision to draft`;
    case 'DRAFT':
      return `${who} returned the covenant to draft`;
    case 'ENDED':
      return `${who} ended the covenant`;
    case 'WITHDRAWN':
      return `${who} withdrew the covenant`;
    default:
      return `${who} moved the covenant from ${statusPhrase(from)} to ${statusPhrase(to)}`;
  }
}

export function describeAuditEvent(
  event: AuditEventLike,
  organisationNames: ReadonlyMap<string, string>,
): AuditWording {
  const details = parseDetails(event.details);
  const who = event.actor?.displayName ?? 'The platform';
  const organisationId = text(details.organisationId);
  const organisation = (organisationId && organisationNames.get(organisationId)) ?? 'An organisation';
  const role = ROLE_PHRASES[text(details.role) ?? ''] ?? 'a party';
  const reason = text(details.reason);

  switch (event.action) {
    case 'covenant.created': {
      const convenorId = text(details.convenorOrganisationId);
      const convenor = convenorId ? organisationNames.get(convenorId) : undefined;
      return { text: `${who} started the covenant${convenor ? ` for ${convenor}` : ''}`, detail: null };
    }
    case 'party.invited':
      return { text: `${who} invited ${organisation} as ${role}`, detail: null };
    case 'party.accepted':
      return { text: `${organisation} accepted the invitation`, detail: null };
    case 'party.declined':
      return { text: `${organisation} declined the invitation`, detail: null };
    case 'party.removed':
      return {
        text: details.left === true ? `${organisation} left the covenant` : `${who} removed ${organisation}`,
        detail: null,
      };
    case 'status.changed': {
      const superseded = typeof details.supersededSignatures === 'number' ? details.supersededSignatures : 0;
      const notes = [
        reason ? `Reason: ${reason}` : null,
        superseded
          ? `${superseded} ${superseded === 1 ? 'signature' : 'signatures'} on ${version(details.supersededVersion)} no longer ${superseded === 1 ? 'counts' : 'count'}.`
          : null,
      ].filter(Boolean);
      return { text: statusChange(who, text(details.from), text(details.to)), detail: notes.join(' ') || null };
    }
    case 'version.frozen': {
      const hash = text(details.contentHash);
      return {
        text: `${who} froze the text as ${version(details.number)} for signature`,
        detail: hash ? `Content hash ${hash.slice(0, 12)}…` : null,
      };
    }
    case 'signature.added': {
      const signer = text(details.signerName) ?? who;
      const verb = details.countersignature === true ? 'countersigned' : 'signed';
      const position = text(details.signerPosition);
      const mandate = text(details.mandate);
      return {
        text: `${signer} ${verb} ${version(details.versionNumber)} for ${organisation}`,
        detail: [position, mandate && `Mandate: ${mandate}`].filter(Boolean).join(' · ') || null,
      };
    }
    case 'version.sealed':
      return {
        text: `The platform sealed ${version(details.number)}`,
        detail: typeof details.replacedVersion === 'number' ? `It replaces ${version(details.replacedVersion)}.` : null,
      };
    case 'support.added': {
      const count = typeof details.supportCount === 'number' ? details.supportCount : null;
      return {
        text: `${who} added their support`,
        detail: count === null ? null : `${count} ${count === 1 ? 'person supports' : 'people support'} it now`,
      };
    }
    case 'comment.added':
      return { text: details.parentId ? `${who} replied to a comment` : `${who} commented`, detail: null };
    case 'comment.resolved':
      return { text: `${who} resolved a comment`, detail: null };
    case 'amendment.proposed':
      return { text: `${who} proposed ${amendment(details.number)}`, detail: null };
    case 'amendment.supported': {
      const count = typeof details.supportCount === 'number' ? details.supportCount : null;
      return {
        text: `${who} supported ${amendment(details.number)}`,
        detail: count === null ? null : `${count} ${count === 1 ? 'person supports' : 'people support'} it now`,
      };
    }
    case 'amendment.withdrawn':
      return { text: `${who} withdrew ${amendment(details.number)}`, detail: null };
    case 'amendment.accepted': {
      const before = text(details.oldText);
      const after = text(details.newText);
      return {
        text: `${who} accepted ${amendment(details.number)} into the text`,
        detail: before && after ? `“${before}” now reads “${after}”` : null,
      };
    }
    case 'amendment.rejected':
      return { text: `${who} rejected ${amendment(details.number)}`, detail: null };
    case 'section.responded':
      return {
        text: `${who} ${RESPONSE_PHRASES[text(details.position) ?? ''] ?? 'responded to a section of the text'}`,
        detail: null,
      };
    case 'commitment.added':
      return { text: `${who} added a commitment for ${organisation}`, detail: text(details.title) };
    case 'commitment.updated':
      return { text: `${who} changed a commitment of ${organisation}`, detail: text(details.title) };
    case 'commitment.removed':
      return { text: `${who} removed a commitment of ${organisation}`, detail: text(details.title) };
    case 'commitment.progress': {
      const progress = COMMITMENT_PROGRESS_LABELS[text(details.progress) as CommitmentProgress] ?? null;
      const title = text(details.title);
      return {
        text: `${who} reported progress for ${organisation}`,
        detail:
          [title, progress && `${progress}, ${String(details.percentComplete ?? 0)}%`].filter(Boolean).join(': ') ||
          null,
      };
    }
    case 'delivery.disputed':
      return { text: `${who} disputed that ${organisation} delivered a commitment`, detail: text(details.title) };
    case 'dispute.answered':
      return { text: `${who} answered a dispute for ${organisation}`, detail: text(details.title) };
    case 'escalation.raised':
      return {
        text: `${who} escalated ${details.subjectType === 'COMMITMENT' ? 'a commitment' : 'the covenant'} to the Community Power Commissioner (${escalationCase(details.number)})`,
        detail: text(details.title),
      };
    case 'escalation.response-requested':
      return {
        // The respondent need not be a party, so it may have no name here.
        text: `The commissioner asked ${(organisationId && organisationNames.get(organisationId)) ?? 'an organisation'} to respond to ${escalationCase(details.number)}`,
        detail: text(details.dueOn) && `By ${formatLondonDay(text(details.dueOn)!)}`,
      };
    case 'escalation.responded':
      return {
        text: `${who} responded to ${escalationCase(details.number)} for ${(organisationId && organisationNames.get(organisationId)) ?? 'an organisation'}`,
        detail: null,
      };
    case 'escalation.concluded':
      return { text: `The commissioner published findings on ${escalationCase(details.number)}`, detail: null };
    case 'escalation.dismissed':
      return { text: `The commissioner dismissed ${escalationCase(details.number)}`, detail: null };
    default:
      return { text: event.actor ? `${humanise(event.action)} by ${who}` : humanise(event.action), detail: reason };
  }
}
