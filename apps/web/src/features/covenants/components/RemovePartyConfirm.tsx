import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
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
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  const name = party.organisation.name;

  return (
    <div className="inline-confirm">
      <p ref={question} tabIndex={-1} className="inline-confirm__question">
        {leaving
          ? `Take ${name} out of “${covenantTitle}”? It will no longer be a party.`
          : party.status === 'INVITED'
            ? `Withdraw the invitation to ${name}?`
            : `Remove ${name} from “${covenantTitle}”?`}
      </p>
      {remove.error ? <Alert tone="error" title={remove.error.message} /> : null}
      <div className="actions">
        <Button
          variant="danger"
          className="button--small"
          busy={remove.isPending}
          busyLabel="Removing…"
          onClick={() => remove.mutate(party.id, { onSuccess: onDone })}
        >
          {leaving ? 'Yes, leave' : 'Yes, remove'}
        </Button>
        <Button variant="quiet" className="button--small" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
