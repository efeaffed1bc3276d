import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useProposeAmendment } from '../api/propose-amendment';

type AmendmentField = 'proposedText' | 'reason';
const FIELDS: readonly AmendmentField[] = ['proposedText', 'reason'];
const MAX_WORDING = 5000;
const MAX_REASON = 2000;

export interface AmendmentFormProps {
  covenantId: string;
  slug: string;
  /** The passage as read when it was selected, and its anchor in the shared document. */
  passage: { quote: string; anchor: string };
  onDone: () => void;
  onProposed?: (number: number) => void;
}

/** New wording for a passage of the text, starting from the passage itself, with the reason for it. */
export function AmendmentForm({ covenantId, slug, passage, onDone, onProposed }: AmendmentFormProps) {
  const propose = useProposeAmendment(slug);
  const form = useForm({
    mutation: propose,
    fields: FIELDS,
    initialValues: { proposedText: passage.quote, reason: '' },
    validate: ({ proposedText, reason }) => {
      const problems: FieldErrors<AmendmentField> = {};
      const wording = proposedText.trim();
      if (!wording) problems.proposedText = 'Write the new wording for this passage.';
      else if (wording.length > MAX_WORDING) problems.proposedText = 'Keep the new wording to 5,000 characters.';
      else if (wording.replace(/\s+/g, ' ') === passage.quote.replace(/\s+/g, ' ')) {
        problems.proposedText = 'Change the wording: it still reads as the passage does now.';
      }
      if (reason.trim().length > MAX_REASON) problems.reason = 'Keep the reason to 2,000 characters.';
      return problems;
    },
    submit: ({ proposedText, reason }) =>
      propose.mutate(
        {
          covenantId,
          quote: passage.quote,
          anchor: passage.anchor,
          proposedText: proposedText.trim(),
          reason: reason.trim() || null,
        },
        {
          onSuccess: (amendment) => {
            onDone();
            onProposed?.(amendment.number);
          },
        },
      ),
  });
  const field = useRef<HTMLDivElement>(null);

  // The form opens where the reader asked for it, ready to rewrite the passage.
  useEffect(() => field.current?.querySelector('textarea')?.focus(), []);

  return (
    <form className="comment-form comment-form--reply" onSubmit={form.onSubmit} noValidate>
      {form.message ? <Alert tone="error" title={form.message} /> : null}
      <div ref={field}>
        <TextArea
          label="New wording"
          rows={4}
          maxLength={MAX_WORDING}
          {...form.field('proposedText')}
          hint="It replaces the passage quoted above. Line breaks become spaces."
        />
      </div>
      <TextArea label="Why" rows={3} optional maxLength={MAX_REASON} {...form.field('reason')} />
      <p className="muted amendment-form__note">
        Everyone who can read the covenant sees your amendment, with your name. The convenor decides whether it goes
        into the text.
      </p>
      <div className="actions">
        <Button type="submit" className="button--small" busy={form.pending} busyLabel="Proposing…">
          Propose amendment
        </Button>
        <Button variant="quiet" className="button--small" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
