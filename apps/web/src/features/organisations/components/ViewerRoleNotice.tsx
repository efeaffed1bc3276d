import type { MemberRole } from '@covenant/domain';
import { Alert } from '../../../components/ui/Alert';

const WHAT_YOU_CAN_DO: Record<MemberRole, string> = {
  ADMIN: 'You can add members, change their roles and accept invitations to covenants.',
  SIGNATORY: 'You can co-draft covenants and sign them on the organisation’s behalf.',
  MEMBER: 'You can co-draft the covenants the organisation is party to.',
};

const ARTICLE: Record<MemberRole, string> = { ADMIN: 'an admin', SIGNATORY: 'a signatory', MEMBER: 'a member' };

export function ViewerRoleNotice({ role }: { role: MemberRole }) {
  return (
    <Alert tone="info" title={`You are ${ARTICLE[role]} here`}>
      <p>{WHAT_YOU_CAN_DO[role]}</p>
    </Alert>
  );
}
