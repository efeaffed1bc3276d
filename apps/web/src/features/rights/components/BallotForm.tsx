import { formatPounds } from '@covenant/domain';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { useForm } from '../../../lib/use-form';
import { useCastBallot } from '../api/cast-ballot';
import { ballotChanged, ballotTotal } from '../ballot';
import type { Budget } from './types';

/**
 * An approval ballot: tick every project you would like funded. The running total of their costs is said
 * as it changes; going over the budget is allowed, since the count decides which approved projects fit.
 */
export function BallotForm({ budget }: { budget: Budget }) {
  const cast = useCastBallot(budget.covenant.slug);
  const form = useForm({
    mutation: cast,
    initialValues: () => ({ ticked: budget.viewerBallot }),
    validate: ({ ticked }) => (ticked.length === 0 ? { ticked: 'Tick at least one project you would fund.' } : {}),
    submit: ({ ticked }, { notify }) =>
      cast.mutate(
        { budgetId: budget.id, projectIds: ticked },
        { onSuccess: () => notify('Your ballot is saved. You can change it until voting closes.') },
      ),
  });
  const ticked = new Set(form.values.ticked);
  const total = ballotTotal(budget.projects, ticked, budget.amount);
  const saved = budget.projects.filter((project) => budget.viewerBallot.includes(project.id));
  const toggle = (id: string, on: boolean) =>
    form.setValue('ticked', on ? [...form.values.ticked, id] : form.values.ticked.filter((other) => other !== id));
  const share = Math.min(100, (total.total / budget.amount) * 100);

  return (
    <form className="form form--panel ballot" onSubmit={form.onSubmit} noValidate aria-labelledby="ballot-title">
      <h3 id="ballot-title">{saved.length > 0 ? 'Your ballot' : 'Cast your ballot'}</h3>
      <p>
        Tick every project you would like the {formatPounds(budget.amount)} to pay for, as many as you like. Only the
        totals are published.
      </p>
      {form.notice ? <Alert tone="success" title={form.notice} /> : null}
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      {saved.length > 0 ? (
        <p className="ballot__saved">
          <span className="commitment__label">Your saved ballot: </span>
          {saved.map((project) => project.title).join('; ')}.
        </p>
      ) : null}
      <fieldset className={form.errors.ticked ? 'fieldset field--invalid' : 'fieldset'}>
        <legend className="fieldset__legend">The projects</legend>
        {form.errors.ticked ? (
          <p className="field__error" id="ballot-error">
            <span className="visually-hidden">Error: </span>
            {form.errors.ticked}
          </p>
        ) : null}
        <ul className="ballot__choices">
          {budget.projects.map((project) => (
            <li key={project.id}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={ticked.has(project.id)}
                  aria-describedby={form.errors.ticked ? 'ballot-error' : undefined}
                  onChange={(event) => toggle(project.id, event.target.checked)}
                />
                <span>
                  <span className="choice__label">
                    {project.title}: {formatPounds(project.cost)}
                  </span>
                  {project.description ? <span className="choice__hint">{project.description}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={total.over ? 'ballot__total ballot__total--over' : 'ballot__total'}>
        <span className="ballot__meter" aria-hidden="true">
          <span className="ballot__meter-fill" style={{ width: `${share}%` }} />
        </span>
        <div role="status" aria-live="polite">
          <p className="ballot__sum">{total.text}</p>
          {total.over ? (
            <p>
              That is more than the budget, which is fine: you approve every project you tick, and the count decides
              which of them fit.
            </p>
          ) : null}
        </div>
      </div>
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Saving…">
          {saved.length > 0 ? 'Replace ballot' : 'Cast ballot'}
        </Button>
        {saved.length > 0 && ballotChanged(budget.viewerBallot, ticked) ? (
          <span className="muted">Your ticks differ from your saved ballot until you replace it.</span>
        ) : null}
      </FormActions>
    </form>
  );
}
