import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { ConfirmRemoval } from '../../../components/ui/ConfirmRemoval';
import { useWithdrawServiceRequest } from '../api/withdraw-service-request';

/** The requester takes its request back while it is unanswered, after saying so twice. */
export function WithdrawRequest({ request }: { request: { id: string; slug: string; requester: { name: string } } }) {
  const [confirming, setConfirming] = useState(false);
  const withdraw = useWithdrawServiceRequest(request.slug);
  return confirming ? (
    <ConfirmRemoval
      className="rights-confirm"
      question={`Withdraw this request for ${request.requester.name}? The public body will no longer be asked to answer it.`}
      confirmLabel="Yes, withdraw it"
      busyLabel="Withdrawing…"
      error={withdraw.error?.message ?? null}
      busy={withdraw.isPending}
      onConfirm={() => withdraw.mutate(request.id)}
      onCancel={() => setConfirming(false)}
    />
  ) : (
    <div className="actions">
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Withdraw the request
      </Button>
    </div>
  );
}
