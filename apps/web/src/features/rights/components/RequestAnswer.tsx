import { SERVICE_REQUEST_STATUS_LABELS } from '@covenant/domain';
import { formatDateTime } from '../../../lib/dates';
import type { ServiceRequest } from './types';

/** The public body's answer, or what is still awaited. */
export function RequestAnswer({ request }: { request: ServiceRequest }) {
  let body;
  if (request.response && request.respondedAt) {
    body = (
      <>
        <p className="request-answer__meta">
          <strong>{SERVICE_REQUEST_STATUS_LABELS[request.status]}</strong> by {request.publicBody.name} on{' '}
          <time dateTime={request.respondedAt}>{formatDateTime(request.respondedAt)}</time>
        </p>
        <p className="long-text">{request.response}</p>
      </>
    );
  } else if (request.status === 'WITHDRAWN') {
    body = <p className="muted">{request.requester.name} withdrew the request before it was answered.</p>;
  } else {
    body = (
      <p className={request.overdue ? 'request-due--overdue' : 'muted'}>
        {request.overdue
          ? `${request.publicBody.name} has not answered, and the answer is overdue.`
          : `${request.publicBody.name} has not answered yet.`}
      </p>
    );
  }
  return (
    <section className="section" aria-labelledby="answer-title">
      <h2 id="answer-title">The answer</h2>
      {body}
    </section>
  );
}
