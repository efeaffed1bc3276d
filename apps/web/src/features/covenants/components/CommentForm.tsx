import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import { formErrors } from '../../../lib/form-errors';
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
  const [body, setBody] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const [posted, setPosted] = useState(false);
  const field = useRef<HTMLDivElement>(null);
  const server = formErrors(add.error, ['body'] as const);

  // A reply form opens where the reader asked for it, ready to type.
  useEffect(() => {
    if (parent || passage) field.current?.querySelector('textarea')?.focus();
  }, [parent, passage]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPosted(false);
    if (!body.trim()) {
      setClientError(parent ? 'Write your reply.' : 'Write your comment.');
      return;
    }
    setClientError(null);
    add.mutate(
      { covenantId, body: body.trim(), parentId: parent?.id ?? null, quote: passage?.quote, anchor: passage?.anchor },
      {
        onSuccess: () => {
          setBody('');
          setPosted(true);
          onDone?.();
        },
      },
    );
  };

  const nested = parent || passage;
  const label = parent
    ? `Your reply to ${parent.authorName}`
    : passage
      ? 'Your comment on this passage'
      : 'Your comment';
  return (
    <form className={nested ? 'comment-form comment-form--reply' : 'comment-form'} onSubmit={submit} noValidate>
      {!nested && posted ? <Alert tone="success" title="Your comment is posted." /> : null}
      {server.message && !server.fields.body ? <Alert tone="error" title={server.message} /> : null}
      <div ref={field}>
        <TextArea
          label={label}
          name="body"
          rows={nested ? 3 : 4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={clientError ?? server.fields.body}
          hint={nested ? undefined : 'Everyone who can read the covenant can read comments, with your name.'}
        />
      </div>
      <div className="actions">
        <Button type="submit" className="button--small" busy={add.isPending} busyLabel="Posting…">
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
