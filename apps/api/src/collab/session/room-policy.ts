/**
 * Who may follow a covenant's live document and who may change it: the
 * shared policy's `readWorkingDraft` and `edit`, asked at join, at each step 1
 * and whenever a right may have changed.
 */
import { decide } from '@covenant/domain';
import type { CollabRole } from '@covenant/collab-protocol';
import { AppError, notVisibleError } from '../../core/errors/app-error';
import type { CovenantFacts } from '../../modules/covenants/covenant-access';

export interface RoomAccess {
  role: CollabRole;
  /** Why the socket may not edit, in the policy's words ('' for an editor). */
  refusal: string;
}

/** The socket's role in the room; throws why it may not be in the room at all. */
export function roomAccess(facts: CovenantFacts | null): RoomAccess {
  if (!facts) throw notVisibleError('covenant');
  const draft = decide('readWorkingDraft', facts.covenant, facts.viewer);
  if (!draft.allowed) throw new AppError(draft.code, draft.reason);
  const edit = decide('edit', facts.covenant, facts.viewer);
  return edit.allowed ? { role: 'editor', refusal: '' } : { role: 'viewer', refusal: edit.reason };
}
