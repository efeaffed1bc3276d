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
  onDone?: () => void;
}

export function CommentForm({ covenantId, slug, parent, onDone }: CommentFormProps) {
  const add = useAddComment(slug);
  const [body, setBody] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const [posted, setPosted] = useState(false);
  const field = useRef<HTMLDivElement>(null);
  const server = formErrors(add.error, ['body'] as const);

  // A reply form opens where the reader asked for it, ready to type.
  useEffect(() => {
    if (parent) field.current?.querySelector('textarea')?.focus();
  }, [parent]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPosted(false);
    if (!body.trim()) {
      setClientError(parent ? 'Write your reply.' : 'Write your comment.');
      return;
    }
    setClientError(null);
    add.mutate(
      { covenantId, body: body.trim(), parentId: parent?.id ?? null },
      {
        onSuccess: () => {
          setBody('');
          setPosted(true);
          onDone?.();
        },
      },
    );
  };

  return (
    <form className={parent ? 'comment-form comment-form--reply' : 'comment-form'} onSubmit={submit} noValidate>
      {!parent && posted ? <Alert tone="success" title="Your comment is posted." /> : null}
      {server.message && !server.fields.body ? <Alert tone="error" title={server.message} /> : null}
      <div ref={field}>
        <TextArea
          label={parent ? `Your reply to ${parent.authorName}` : 'Your comment'}
          name="body"
          rows={parent ? 3 : 4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={clientError ?? server.fields.body}
          hint={parent ? undefined : 'Everyone who can read the covenant can read comments, with your name.'}
        />
      </div>
      <div className="actions">
        <Button type="submit" className="button--small" busy={add.isPending} busyLabel="Posting…">
          {parent ? 'Post reply' : 'Post comment'}
        </Button>
        {parent ? (
          <Button variant="quiet" className="button--small" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
