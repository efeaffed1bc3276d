import { Button } from '../../../components/ui/Button';
import type { useResolveComment } from '../api/resolve-comment';

export interface ResolveCommentButtonProps {
  resolve: ReturnType<typeof useResolveComment>;
  commentId: string;
  author: string;
}

export function ResolveCommentButton({ resolve, commentId, author }: ResolveCommentButtonProps) {
  return (
    <Button
      variant="quiet"
      className="button--small"
      busy={resolve.isPending}
      busyLabel="Resolving…"
      onClick={() => resolve.mutate(commentId)}
    >
      Resolve<span className="visually-hidden"> {author}’s comment</span>
    </Button>
  );
}
