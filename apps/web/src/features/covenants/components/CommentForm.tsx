import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import { useForm } from '../../../lib/use-form';
import { useAddComment } from '../api/add-comment';

export interface CommentFormProps {
  covenantId: string;
  slug: string;
  /** Replying to this comment; a new thread when absent. */
  parent?: { id: string; authorName: string };
  /** Commenting on a passage of the text: the quote as read and its anchor in the shared document. */
  passage?: { quote: string; anchor: string };
  onDone?: () => void;
}

export function CommentForm({ covenantId, slug, parent, passage, onDone }: CommentFormProps) {
  const add = useAddComment(slug);
  const form = useForm({
    mutation: add,
    fields: ['body'],
    initialValues: { body: '' },
    validate: ({ body }) => (body.trim() ? {} : { body: parent ? 'Write your reply.' : 'Write your comment.' }),
    submit: ({ body }, { reset, notify }) =>
      add.mutate(
        { covenantId, body: body.trim(), parentId: parent?.id ?? null, quote: passage?.quote, anchor: passage?.anchor },
        {
          onSuccess: () => {
            reset();
            notify('Your comment is posted.');
            onDone?.();
          },
        },
      ),
  });
  const field = useRef<HTMLDivElement>(null);

  // A reply form opens where the reader asked for it, ready to type.
  useEffect(() => {
    if (parent || passage) field.current?.querySelector('textarea')?.focus();
  }, [parent, passage]);

  const nested = parent || passage;
  const label = parent
    ? `Your reply to ${parent.authorName}`
    : passage
      ? 'Your comment on this passage'
      : 'Your comment';
  return (
    <form className={nested ? 'comment-form comment-form--reply' : 'comment-form'} onSubmit={form.onSubmit} noValidate>
      {!nested && form.notice ? <Alert tone="success" title={form.notice} /> : null}
      {form.message && !form.serverFields.body ? <Alert tone="error" title={form.message} /> : null}
      <div ref={field}>
        <TextArea
          label={label}
          rows={nested ? 3 : 4}
          {...form.field('body')}
          hint={nested ? undefined : 'Everyone who can read the covenant can read comments, with your name.'}
        />
      </div>
      <div className="actions">
        <Button type="submit" className="button--small" busy={form.pending} busyLabel="Posting…">
          {parent ? 'Post reply' : 'Post comment'}
        </Button>
        {nested ? (
          <Button variant="quiet" className="button--small" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
