import { PAGE_PATHS, STATEMENT_LENGTH } from '@covenant/domain';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { EscalationSubject } from '../../gql/graphql';
import { signInPath } from '../../lib/auth-links';
import type { FieldErrors } from '../../lib/form-errors';
import { useForm } from '../../lib/use-form';
import { useViewer } from '../../lib/viewer';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { FormActions } from '../ui/FormActions';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { TextArea } from '../ui/TextArea';
import { useEscalate } from './escalations-api';
import './escalations.css';
import { casePath, statementProblem } from './escalation-words';

export interface EscalateFormProps {
  subjectType: EscalationSubject;
  subjectId: string;
  /** What is escalated, as the button and heading say it: "this commitment". */
  subjectName: string;
}

/**
 * Escalating to the Community Power Commissioner: a disclosure that opens the
 * reason's form, and then says which case it became, with a link to it.
 */
export function EscalateForm({ subjectType, subjectId, subjectName }: EscalateFormProps) {
  const viewer = useViewer();
  const location = useLocation();
  const escalate = useEscalate();
  const [open, setOpen] = useState(false);
  const [raised, setRaised] = useState<number | null>(null);
  const id = `escalate-${subjectId}`;
  const form = useForm({
    mutation: escalate,
    fields: ['reason'] as const,
    initialValues: { reason: '' },
    validate: ({ reason }) => {
      const problems: FieldErrors<'reason'> = {};
      problems.reason = statementProblem(reason, 'what promise was broken and what you want looked at');
      return problems;
    },
    submit: ({ reason }, { reset }) =>
      escalate.mutate(
        { subjectType, subjectId, reason: reason.trim() },
        {
          onSuccess: (escalation) => {
            reset();
            setOpen(false);
            setRaised(escalation.number);
          },
        },
      ),
  });

  if (raised !== null) {
    return (
      <div role="status">
        <Alert tone="success" title={`Escalated to the commissioner as case ${raised}`}>
          <p>
            The parties concerned have been told. <Link to={casePath(raised)}>Follow case {raised}</Link> on the
            commissioner’s public list.
          </p>
        </Alert>
      </div>
    );
  }
  if (!viewer.data) {
    return (
      <p className="muted">
        <Link to={signInPath(location.pathname + location.search)}>Sign in</Link> to escalate {subjectName} to the{' '}
        <Link to={PAGE_PATHS.commissioner}>Community Power Commissioner</Link>.
      </p>
    );
  }
  return (
    <div className="escalate">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        Escalate {subjectName} to the Community Power Commissioner
      </Button>
      {open ? (
        <form id={id} className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`}>Escalate {subjectName}</h3>
          <p className="muted">
            The commissioner can ask those responsible to answer by a set day, and publishes findings. Your reason is
            public, with your name.
          </p>
          <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
          <TextArea
            label="Why you are escalating it"
            required
            rows={6}
            maxLength={STATEMENT_LENGTH.max}
            hint={`What was promised, what has happened since, and what you want looked at. ${STATEMENT_LENGTH.min} to ${STATEMENT_LENGTH.max.toLocaleString('en-GB')} characters; ${form.values.reason.trim().length.toLocaleString('en-GB')} so far.`}
            {...form.field('reason')}
          />
          <FormActions>
            <Button type="submit" busy={form.pending} busyLabel="Sending…">
              Send to the commissioner
            </Button>
          </FormActions>
        </form>
      ) : null}
    </div>
  );
}
