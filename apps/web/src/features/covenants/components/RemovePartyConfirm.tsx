import { ConfirmRemoval } from '../../../components/ui/ConfirmRemoval';
import { useRemoveParty } from '../api/remove-party';
import type { Party } from './covenant';

export interface RemovePartyConfirmProps {
  party: Party;
  slug: string;
  covenantTitle: string;
  leaving: boolean;
  onDone: () => void;
}

export function RemovePartyConfirm({ party, slug, covenantTitle, leaving, onDone }: RemovePartyConfirmProps) {
  const remove = useRemoveParty(slug);
  const name = party.organisation.name;
  const question = leaving
    ? `Take ${name} out of “${covenantTitle}”? It will no longer be a party.`
    : party.status === 'INVITED'
      ? `Withdraw the invitation to ${name}?`
      : `Remove ${name} from “${covenantTitle}”?`;
  return (
    <ConfirmRemoval
      className="inline-confirm"
      question={question}
      confirmLabel={leaving ? 'Yes, leave' : 'Yes, remove'}
      error={remove.error?.message ?? null}
      busy={remove.isPending}
      onConfirm={() => remove.mutate(party.id, { onSuccess: onDone })}
      onCancel={onDone}
    />
  );
}
