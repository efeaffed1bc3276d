import { nestHeadings } from '../covenant-html';

export function CovenantText({ html, status }: { html: string; status: string }) {
  const editable = status === 'DRAFT' || status === 'UNDER_REVIEW';
  return (
    <section className="section" aria-labelledby="text-title">
      <div className="section__header">
        <h2 id="text-title">The covenant text</h2>
        <span className="muted">{editable ? 'Working draft' : 'Read-only while in this status'}</span>
      </div>
      {html.trim() ? (
        // The API renders the live document to HTML and sanitises it before serving it.
        <article
          className="prose covenant-text"
          aria-labelledby="text-title"
          dangerouslySetInnerHTML={{ __html: nestHeadings(html) }}
        />
      ) : (
        <p className="muted">The text has not been written yet.</p>
      )}
    </section>
  );
}
