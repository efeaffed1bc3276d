import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Select } from '../../../components/ui/Select';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useForm } from '../../../lib/use-form';
import { useRequestEscalationResponse } from '../api/escalations';
import { useRespondentSearch } from '../api/organisation-search';

type Field = 'organisationId' | 'dueOn';
const FIELDS: readonly Field[] = ['organisationId', 'dueOn'];

/** YYYY-MM-DD, `days` from today where the browser is. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The commissioner asks an organisation to respond to a case by a day; 28 days ahead unless changed. */
export function RequestResponseForm({
  escalation,
}: {
  escalation: { id: string; number: number; respondent?: { name: string } | null };
}) {
  const ask = useRequestEscalationResponse();
  const form = useForm({
    mutation: ask,
    fields: FIELDS,
    initialValues: { search: '', organisationId: '', dueOn: dayFromToday(28) },
    validate: ({ organisationId, dueOn }) => {
      const problems: FieldErrors<Field> = {};
      if (!organisationId) problems.organisationId = 'Search for the organisation, then choose it from the list.';
      if (!dueOn) problems.dueOn = 'Give the day the response is due.';
      else if (dueOn <= dayFromToday(0)) problems.dueOn = 'Give a day after today.';
      return problems;
    },
    submit: ({ organisationId, dueOn }, { notify }) =>
      ask.mutate(
        { escalationId: escalation.id, organisationId, dueOn },
        { onSuccess: () => notify('Asked. Its admins have been told, and will be reminded a week before the day.') },
      ),
  });
  const term = useDebouncedValue(form.values.search).trim();
  const results = useRespondentSearch(term);
  const options = (results.data ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }));
  const id = `ask-${escalation.id}`;
  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby={id}>
      <h4 id={id}>
        {escalation.respondent
          ? `Ask again: another organisation, or another day, for case ${escalation.number}`
          : `Ask an organisation to respond to case ${escalation.number}`}
      </h4>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextField
        label="Find the organisation"
        type="search"
        name={`${id}-search`}
        autoComplete="off"
        hint="Type part of its name."
        value={form.values.search}
        onChange={(event) =>
          form.setValues((current) => ({ ...current, search: event.target.value, organisationId: '' }))
        }
      />
      <Select
        label="Organisation asked to respond"
        required
        placeholder={
          !term
            ? 'Search above first'
            : results.isFetching && !options.length
              ? 'Searching…'
              : options.length
                ? `Choose one of ${options.length}`
                : 'No organisations found'
        }
        options={options}
        {...form.field('organisationId')}
      />
      <TextField label="Respond by" type="date" required min={dayFromToday(1)} {...form.field('dueOn')} />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Asking…">
          Ask for a response
        </Button>
      </FormActions>
    </form>
  );
}
