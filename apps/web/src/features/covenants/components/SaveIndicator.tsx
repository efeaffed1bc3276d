import type { SaveStatus } from '../collab/sync-state';

export function SaveIndicator({ status }: { status: SaveStatus }) {
  return (
    <p className={`save-indicator save-indicator--${status.kind}`} role="status" aria-live="polite">
      <span className="save-indicator__dot" aria-hidden="true" />
      {status.label}
    </p>
  );
}
