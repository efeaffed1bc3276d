import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useDecideAmendment } from '../api/decide-amendment';
import type { Amendment } from './covenant';
import { PanelForm } from './PanelForm';

const MAX_NOTE = 2000;

export interface DecideAmendmentFormProps {
  amendment: Pick<Amendment, 'id' | 'number'>;
  slug: string;
  /** Once decided, or on cancelling. */
  onDone: () => void;
}

/**
 * The convenor accepts an amendment, and the server puts its wording into the
 * text for everyone, or rejects it; either way with a note saying why.
 */
export function DecideAmendmentForm({ amendment, slug, onDone }: DecideAmendmentFormProps) {
  const decide = useDecideAmendment(slug);
  const [choice, setChoice] = useState<'accept' | 'reject' | null>(null);
  const validate = ({ note }: { note: string }): FieldErrors<'note'> => {
    if (!note.trim()) return { note: 'Write a note saying why. Everyone reading the consultation sees it.' };
    if (note.trim().length > MAX_NOTE) return { note: 'Keep the note to 2,000 characters.' };
    return {};
  };
  const submitAs =
    (accept: boolean) =>
    ({ note }: { note: string }) => {
      setChoice(accept ? 'accept' : 'reject');
      decide.mutate({ amendmentId: amendment.id, accept, note: note.trim() }, { onSuccess: onDone });
    };
  // The form submits as an acceptance; rejecting is its other button, with the same check of the note.
  const form = useForm({
    mutation: decide,
    fields: ['note'],
    initialValues: { note: '' },
    validate,
    submit: submitAs(true),
  });

  return (
    <PanelForm
      className="decide-form"
      level="h5"
      title={`Decide on amendment ${amendment.number}`}
      onSubmit={form.onSubmit}
      onClose={onDone}
    >
      {form.message ? <Alert tone="error" title={form.message} /> : null}
      <TextArea
        label="Note on your decision"
        rows={3}
        maxLength={MAX_NOTE}
        {...form.field('note')}
        hint="Why you accept or reject it. It is shown with the amendment and in the consultation report."
      />
      <p className="muted">Accepting puts the new wording into the text at once, for everyone reading or editing it.</p>
      <div className="actions">
        <Button
          type="submit"
          className="button--small"
          busy={form.pending && choice === 'accept'}
          busyLabel="Accepting…"
          disabled={form.pending}
        >
          Accept and amend the text
        </Button>
        <Button
          variant="danger"
          className="button--small"
          busy={form.pending && choice === 'reject'}
          busyLabel="Rejecting…"
          disabled={form.pending}
          onClick={form.handleSubmit({ validate, submit: submitAs(false) })}
        >
          Reject
        </Button>
        <Button variant="quiet" className="button--small" onClick={onDone} disabled={form.pending}>
          Cancel
        </Button>
      </div>
    </PanelForm>
  );
}
