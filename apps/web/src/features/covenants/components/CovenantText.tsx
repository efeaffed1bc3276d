import type { CollabRole } from '@covenant/collab-protocol';
import { isEditableStatus } from '@covenant/domain';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { saveStatus } from '../collab/sync-state';
import type { CovenantSync } from '../collab/use-covenant-sync';
import { nestHeadings } from '../covenant-html';
import { OUTSIDE_REVISION } from '../outside-revision';
import type { TextAmendments } from './CovenantEditor';
import type { CovenantComment } from './covenant';
import { PresenceList } from './PresenceList';
import { SaveIndicator } from './SaveIndicator';

// The editor (ProseMirror, TipTap) loads only on a covenant's page.
const CovenantEditor = lazy(() => import('./CovenantEditor').then((module) => ({ default: module.CovenantEditor })));

export interface CovenantTextProps {
  covenantId: string;
  slug: string;
  /** The text as the API rendered it: shown until the live document arrives, or instead of it. */
  html: string;
  status: string;
  /** False for those outside a revision being drafted: `html` is then the version in force. */
  seesWorkingDraft: boolean;
  sync: CovenantSync;
  viewer: { id: string; name: string } | null;
  canComment: boolean;
  comments: CovenantComment[];
  canResolve: (comment: CovenantComment) => boolean;
  /** Where the page is about the consultation: the text is read there, never edited, and may be amended. */
  amendments?: TextAmendments;
}

function readOnlyNote(
  status: string,
  role: CollabRole | undefined,
  seesWorkingDraft: boolean,
  amendments: TextAmendments | undefined,
): string {
  if (!seesWorkingDraft) return OUTSIDE_REVISION.text;
  if (amendments?.canPropose) return 'Select a passage to propose new wording for it';
  if (!isEditableStatus(status)) return 'Read-only while in this status';
  return role === 'viewer' ? 'Members of the parties edit the draft; you can follow it live' : 'Working draft';
}

/** The covenant's text: the shared editor for those who draft it, the live text for everyone else who may read it. */
export function CovenantText(props: CovenantTextProps) {
  const { provider, state } = props.sync;
  const [ready, setReady] = useState(false);
  // Once the live document has arrived the editor stays, offline too: edits go on and sync later.
  useEffect(() => setReady(false), [provider]);
  useEffect(() => {
    if (state.synced) setReady(true);
  }, [state.synced]);

  const live = provider !== null && ready && state.refused === null;
  const status = state.joined?.status ?? props.status;
  const editable = live && !props.amendments && state.joined?.role === 'editor' && isEditableStatus(status);

  return (
    <section className="section covenant-text-section" aria-labelledby="text-title">
      <div className="section__header">
        <h2 id="text-title">The covenant text</h2>
        {editable ? (
          <SaveIndicator status={saveStatus(state)} />
        ) : (
          <span className="muted">
            {readOnlyNote(status, state.joined?.role, props.seesWorkingDraft, props.amendments)}
          </span>
        )}
      </div>
      {props.sync.dropped ? (
        <Alert tone="error" title="Your last change to the text was not saved">
          <p>{props.sync.dropped} The text below is the text as saved.</p>
          <Button variant="secondary" className="button--small" onClick={props.sync.dismissDropped}>
            Dismiss
          </Button>
        </Alert>
      ) : null}
      {live ? (
        <Suspense fallback={<StaticText html={props.html} />}>
          <PresenceList provider={provider} viewerId={props.viewer?.id ?? null} />
          <CovenantEditor
            provider={provider}
            editable={editable}
            covenantId={props.covenantId}
            slug={props.slug}
            viewer={props.viewer}
            canComment={props.canComment}
            comments={props.comments}
            canResolve={props.canResolve}
            amendments={props.amendments}
          />
        </Suspense>
      ) : (
        <StaticText html={props.html} />
      )}
    </section>
  );
}

function StaticText({ html }: { html: string }) {
  if (!html.trim()) return <p className="muted">The text has not been written yet.</p>;
  // The API renders the document to HTML and sanitises it before serving it.
  return (
    <article
      className="prose covenant-text"
      aria-labelledby="text-title"
      dangerouslySetInnerHTML={{ __html: nestHeadings(html) }}
    />
  );
}
