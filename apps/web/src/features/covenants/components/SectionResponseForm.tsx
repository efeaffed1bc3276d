import { RESPONSE_POSITION_LABELS, RESPONSE_POSITIONS, type ResponsePosition } from '@covenant/domain';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/TextArea';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useRespondToSection } from '../api/respond-to-section';
import type { CovenantSection } from './covenant';

type ResponseField = 'position' | 'comment';
const FIELDS: readonly ResponseField[] = ['position', 'comment'];
const MAX_COMMENT = 2000;

export interface SectionResponseFormProps {
  covenantId: string;
  slug: string;
  section: Pick<CovenantSection, 'id' | 'title' | 'viewerResponse'>;
}

/**
 * The viewer's say on one section: agree, disagree or unsure, with a comment.
 * Once given it is summed up in a line, and may be changed: a new response
 * replaces the earlier one.
 */
export function SectionResponseForm({ covenantId, slug, section }: SectionResponseFormProps) {
  const [editing, setEditing] = useState(!section.viewerResponse);
  /** How the form last closed: the summary then takes focus, so the reader carries on from it. */
  const [closed, setClosed] = useState<'recorded' | 'cancelled' | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const id = useId();
  const title = (
    <h4 id={`${id}-title`} className="response-form__title">
      Your response<span className="visually-hidden"> to “{section.title}”</span>
    </h4>
  );

  useEffect(() => {
    if (closed) summary.current?.focus();
  }, [closed]);
  const close = (how: 'recorded' | 'cancelled') => {
    setEditing(false);
    setClosed(how);
  };

  if (!editing && section.viewerResponse) {
    return (
      <div
        ref={summary}
        className="response-form response-form--answered"
        role="group"
        aria-labelledby={`${id}-title`}
        tabIndex={-1}
      >
        {title}
        {closed === 'recorded' ? <Alert tone="success" title="Thank you: your response is recorded." /> : null}
        <p className="response-form__current">
          You said: <strong>{RESPONSE_POSITION_LABELS[section.viewerResponse]}</strong>.
        </p>
        <Button
          variant="secondary"
          className="button--small"
          onClick={() => {
            setClosed(null);
            setEditing(true);
          }}
        >
          Change my response<span className="visually-hidden"> to “{section.title}”</span>
        </Button>
      </div>
    );
  }

  return (
    <ResponseForm
      covenantId={covenantId}
      slug={slug}
      section={section}
      title={title}
      titleId={`${id}-title`}
      onRecorded={() => close('recorded')}
      onCancel={section.viewerResponse ? () => close('cancelled') : undefined}
    />
  );
}

interface ResponseFormProps extends SectionResponseFormProps {
  title: ReactNode;
  titleId: string;
  onRecorded: () => void;
  /** Offered when changing a response already given. */
  onCancel?: () => void;
}

function ResponseForm({ covenantId, slug, section, title, titleId, onRecorded, onCancel }: ResponseFormProps) {
  const respond = useRespondToSection(slug);
  const form = useForm({
    mutation: respond,
    fields: FIELDS,
    initialValues: { position: (section.viewerResponse ?? '') as ResponsePosition | '', comment: '' },
    validate: ({ position, comment }) => {
      const problems: FieldErrors<ResponseField> = {};
      if (!position) problems.position = 'Choose whether you agree, disagree or are unsure.';
      if (comment.trim().length > MAX_COMMENT) problems.comment = 'Keep your comment to 2,000 characters.';
      return problems;
    },
    submit: ({ position, comment }) => {
      // The check above makes sure a position is chosen.
      if (!position) return;
      respond.mutate(
        { covenantId, sectionId: section.id, position, comment: comment.trim() || null },
        { onSuccess: onRecorded },
      );
    },
  });
  const id = useId();
  const { values, errors } = form;

  return (
    <form className="response-form" onSubmit={form.onSubmit} noValidate aria-labelledby={titleId}>
      {title}
      {form.message ? <Alert tone="error" title={form.message} /> : null}
      <fieldset className={errors.position ? 'fieldset field--invalid' : 'fieldset'}>
        <legend className="fieldset__legend">Do you agree with this section?</legend>
        {errors.position ? (
          <p className="field__error" id={`${id}-position-error`}>
            <span className="visually-hidden">Error: </span>
            {errors.position}
          </p>
        ) : null}
        <div className="choices choices--inline">
          {RESPONSE_POSITIONS.map((position) => (
            <label key={position} className="choice">
              <input
                type="radio"
                name={`${id}-position`}
                value={position}
                checked={values.position === position}
                aria-describedby={errors.position ? `${id}-position-error` : undefined}
                onChange={() => form.setValue('position', position)}
              />
              <span className="choice__label">{RESPONSE_POSITION_LABELS[position]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea
        label="Comment"
        optional
        rows={2}
        maxLength={MAX_COMMENT}
        {...form.field('comment')}
        hint={
          section.viewerResponse
            ? 'Shown with your name. Your new response replaces the one you gave, comment included.'
            : 'Shown with your name and response.'
        }
      />
      <div className="actions">
        <Button type="submit" className="button--small" busy={form.pending} busyLabel="Sending…">
          {section.viewerResponse ? 'Change my response' : 'Send my response'}
        </Button>
        {onCancel ? (
          <Button variant="quiet" className="button--small" onClick={onCancel} disabled={form.pending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
