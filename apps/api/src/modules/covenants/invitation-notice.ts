import { PARTY_ROLE_LABELS, pagePath, PAGE_PATHS, type PartyRole } from '@covenant/domain';
import type { NotificationContent } from '../notifications/notifications.service';

/** What the invited organisation's admins are told. */
export function invitationNotice(
  covenant: { id: string; slug: string; title: string },
  neighbourhood: { name: string },
  convenor: { name: string },
  role: PartyRole,
): NotificationContent {
  return {
    kind: 'party.invited',
    title: `Invitation: ${covenant.title}`,
    body:
      `${convenor.name} invites your organisation to the community covenant "${covenant.title}" for ` +
      `${neighbourhood.name}, as ${PARTY_ROLE_LABELS[role].toLowerCase()}. Accept or decline on your home page; ` +
      'you can read the draft first.',
    link: pagePath(PAGE_PATHS.covenant, { slug: covenant.slug }),
    covenantId: covenant.id,
  };
}
