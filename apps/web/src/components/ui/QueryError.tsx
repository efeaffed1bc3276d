import { Alert } from './Alert';
import { Button } from './Button';

export interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A page or section that could not load, with a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <Alert tone="error" title="This could not be loaded">
      <p>{message}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </Alert>
  );
}
